using System.Diagnostics;
using Kinara.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>
/// The SKP as a PDF download. Built in memory (~200 KB, most of it the two embedded fonts; 40–110 ms for a 3-page SKP
/// on the dev machine) and then streamed; without its fonts the server answers with this page's explanation instead
/// of an error page.
/// </summary>
public sealed class PdfModel(KinaraDbContext db, TokenVerifikasi token, TimeProvider clock, PdfSkp pdf, ILogger<PdfModel> logger)
    : DokumenPageModel(db, token, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await SiapkanAsync(id, ct) is { } tolak)
        {
            return tolak;
        }
        var waktu = Stopwatch.StartNew();
        var keluaran = new MemoryStream();
        try
        {
            pdf.Tulis(Dokumen, keluaran);
        }
        catch (HurufTidakTersediaException)
        {
            // Already logged with the paths tried; the user gets the explanation and the alternatives.
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
        logger.LogDebug("SKP {SkpId} PDF: {Bytes} bytes in {Ms} ms", Dokumen.SkpId, keluaran.Length, waktu.ElapsedMilliseconds);
        keluaran.Position = 0;
        return File(keluaran, "application/pdf", Dokumen.NamaBerkas("pdf"));
    }
}
