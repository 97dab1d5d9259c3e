using System.Text;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>One import: progress while it runs (polled by htmx), then the counts and the rejected rows.</summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class DetailModel(KinaraDbContext db) : KinaraPageModel
{
    public const int UkuranHalaman = 50;

    public ImporJob Job { get; private set; } = null!;
    public Paging<ImporGalat>? Galat { get; private set; }

    public bool Berjalan => Job.Status is StatusImpor.Antre or StatusImpor.Berjalan;

    public async Task<IActionResult> OnGetAsync(Guid id, int? hal, CancellationToken ct)
    {
        if (await CariAsync(id, ct) is not { } job)
        {
            return NotFound();
        }
        Job = job;
        if (!Berjalan)
        {
            Galat = await UrutGalat(id).ToPagingAsync(hal, ct, UkuranHalaman);
        }
        return Page();
    }

    /// <summary>The progress fragment htmx polls every second. When the job has finished, the whole page reloads once to show the report.</summary>
    public async Task<IActionResult> OnGetProgresAsync(Guid id, CancellationToken ct)
    {
        if (await CariAsync(id, ct) is not { } job)
        {
            return NotFound();
        }
        Job = job;
        if (!Berjalan && IsHtmx)
        {
            Response.Headers["HX-Refresh"] = "true";
        }
        return Partial("_Progres", this);
    }

    /// <summary>All stored error and warning rows as CSV (semicolon-separated, UTF-8 with BOM, so Excel opens it as columns).</summary>
    public async Task<IActionResult> OnGetLaporanAsync(Guid id, CancellationToken ct)
    {
        if (await CariAsync(id, ct) is not { } job)
        {
            return NotFound();
        }
        var sb = new StringBuilder("baris;kolom;jenis;alasan\r\n");
        await foreach (var g in UrutGalat(id).AsAsyncEnumerable().WithCancellation(ct))
        {
            var (jenis, alasan) = Pisah(g.Alasan);
            sb.Append(g.Baris == 0 ? "" : g.Baris.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';')
              .Append(Sel(g.Kolom)).Append(';').Append(jenis).Append(';').Append(Sel(alasan)).Append("\r\n");
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray();
        var nama = Path.GetFileNameWithoutExtension(job.NamaBerkas);
        return File(bytes, "text/csv; charset=utf-8", $"laporan-galat-{new string(nama.Where(char.IsAsciiLetterOrDigit).Take(40).ToArray())}.csv");
    }

    /// <summary>"Ditolak" or "Peringatan", and the reason without its prefix.</summary>
    public static (string Jenis, string Alasan) Pisah(string alasan) =>
        alasan.StartsWith(KonteksImpor.AwalanPeringatan, StringComparison.Ordinal)
            ? ("Peringatan", alasan[KonteksImpor.AwalanPeringatan.Length..])
            : ("Ditolak", alasan);

    public int Persen => Job.Status == StatusImpor.Selesai ? 100
        : Job.UkuranBerkas <= 0 ? 0 : (int)Math.Clamp(Job.BytesDibaca * 100 / Job.UkuranBerkas, 0, 100);

    private Task<ImporJob?> CariAsync(Guid id, CancellationToken ct) =>
        db.ImporJob.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);

    // The note about entries over the cap has row 0: it goes last.
    private IQueryable<ImporGalat> UrutGalat(Guid id) =>
        db.ImporGalat.AsNoTracking().Where(g => g.ImporJobId == id).OrderBy(g => g.Baris == 0).ThenBy(g => g.Baris).ThenBy(g => g.Id);

    /// <summary>Quotes a CSV cell; a leading = + - @ is defused so a spreadsheet never runs a cell taken from the uploaded file as a formula.</summary>
    private static string Sel(string s)
    {
        if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@')
        {
            s = "'" + s;
        }
        return "\"" + s.Replace("\"", "\"\"") + "\"";
    }
}
