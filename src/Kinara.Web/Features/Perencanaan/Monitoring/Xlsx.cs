using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;

namespace Kinara.Web.Features.Perencanaan.Monitoring;

/// <summary>Monitoring lists as .xlsx downloads.</summary>
public static class Xlsx
{
    public const string Mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// MiniExcel writes the rows one by one into a temporary file, which is then streamed to the browser and deleted when
    /// the response is done: a list of 15,000 pegawai never sits in memory as a workbook, and no synchronous write
    /// touches the response body (the zip writer needs a seekable stream).
    /// </summary>
    public static async Task<IActionResult> FileAsync(PageModel page, IEnumerable<IDictionary<string, object?>> rows, string sheet, string namaBerkas,
        CancellationToken ct)
    {
        var stream = new FileStream(Path.Combine(Path.GetTempPath(), "kinara-" + Guid.NewGuid().ToString("N") + ".xlsx"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await MiniExcel.SaveAsAsync(stream, rows, sheetName: sheet, excelType: ExcelType.XLSX, cancellationToken: ct);
            stream.Position = 0;
            return page.File(stream, Mime, namaBerkas); // the result disposes the stream, which deletes the file
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>"Dinas Pendidikan" → "dinas-pendidikan", for download names.</summary>
    public static string NamaBerkas(string teks)
    {
        var sb = new StringBuilder();
        foreach (var c in teks.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }
        return sb.ToString().Trim('-') is { Length: > 0 } s ? s[..Math.Min(s.Length, 60)] : "daftar";
    }
}
