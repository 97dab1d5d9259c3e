using System.Globalization;
using System.Security.Claims;
using System.Text;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>
/// Upload of an import file. The file is checked here (size, real type, zip bomb, header row) so the clerk hears about
/// a wrong file at once; the rows are imported by <see cref="ImporProcessor"/> in the background.
/// </summary>
[Authorize(Policy = Kebijakan.KelolaMasterData)]
// The antiforgery token is checked by hand in OnPostAsync, after the size check: the automatic check would read
// (and buffer) the whole body of an oversized upload before the page could refuse it.
[IgnoreAntiforgeryToken]
public sealed class IndexModel(
    KinaraDbContext db, IFileStorage files, IAntiforgery antiforgery, ImporSignal signal, IOptions<ImporOptions> options,
    TimeProvider clock) : KinaraPageModel
{
    // Multipart boundaries and the other form fields on top of the file itself.
    private const long RuangForm = 64 * 1024;

    public sealed record BarisJob(Guid Id, JenisImpor Jenis, string NamaBerkas, StatusImpor Status, DateTime DibuatPada,
        int BarisDiproses, int Ditambah, int Diubah, int TidakBerubah, int Ditolak);

    public JenisImpor Jenis { get; private set; } = JenisImpor.Pegawai;
    public IReadOnlyList<BarisJob> Terbaru { get; private set; } = [];
    public int BatasMb => options.Value.BatasUnggahMb;

    public async Task OnGetAsync(JenisImpor? jenis, CancellationToken ct)
    {
        Jenis = jenis is { } j && Enum.IsDefined(j) ? j : JenisImpor.Pegawai;
        await MuatTerbaruAsync(ct);
    }

    // No handler parameters: binding any parameter makes MVC read the whole form first, before the size check below.
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var batas = options.Value.BatasUnggahByte;
        if (Request.ContentLength > batas + RuangForm)
        {
            return await TolakAsync(StatusCodes.Status413PayloadTooLarge, TerlaluBesar(Request.ContentLength.Value), ct);
        }
        if (!Request.HasFormContentType)
        {
            return await TolakAsync(StatusCodes.Status415UnsupportedMediaType, "Kirim berkas melalui formulir unggah di halaman ini.", ct);
        }
        // Uploads without a length (chunked) are stopped by the server once they pass the limit.
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max)
        {
            max.MaxRequestBodySize = batas + RuangForm;
        }
        HttpContext.Features.Set<IFormFeature>(new FormFeature(Request, new FormOptions
        {
            MultipartBodyLengthLimit = batas + RuangForm,
            BufferBodyLengthLimit = batas + RuangForm,
        }));

        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || ex is InvalidDataException)
        {
            return await TolakAsync(StatusCodes.Status413PayloadTooLarge, TerlaluBesar(null), ct);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            return await TolakAsync(StatusCodes.Status400BadRequest, "Unggahan terputus sebelum selesai. Periksa koneksi lalu coba lagi.", ct);
        }
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return await TolakAsync(StatusCodes.Status400BadRequest, "Formulir sudah kedaluwarsa. Muat ulang halaman ini lalu unggah berkas lagi.", ct);
        }

        if (!Enum.TryParse<JenisImpor>(form["Jenis"], ignoreCase: true, out var jenis) || !Enum.IsDefined(jenis))
        {
            return await TolakAsync(StatusCodes.Status400BadRequest, "Pilih jenis data yang akan diimpor: unit organisasi, jabatan, atau pegawai.", ct);
        }
        Jenis = jenis;
        var berkas = form.Files.GetFile("Berkas");
        if (berkas is null || berkas.Length == 0)
        {
            return await TolakAsync(StatusCodes.Status400BadRequest, "Pilih berkas .csv atau .xlsx yang akan diimpor.", ct);
        }
        if (berkas.Length > batas)
        {
            return await TolakAsync(StatusCodes.Status413PayloadTooLarge, TerlaluBesar(berkas.Length), ct);
        }
        var nama = Path.GetFileName(berkas.FileName.Replace('\\', '/'));
        nama = nama.Length > 200 ? nama[^200..] : nama;

        // Type sniffing, zip-bomb guard and header row, on the uploaded copy: nothing is stored yet.
        if (BerkasImpor.Periksa(berkas.OpenReadStream, nama, jenis, options.Value) is { } tolak)
        {
            return await TolakAsync(tolak.Status, tolak.Pesan, ct);
        }

        string lokasi;
        await using (var isi = berkas.OpenReadStream())
        {
            lokasi = await files.SaveAsync(InstansiId, "impor", isi, ct);
        }
        var job = new ImporJob
        {
            InstansiId = InstansiId,
            Jenis = jenis,
            NamaBerkas = nama,
            LokasiBerkas = lokasi,
            UkuranBerkas = berkas.Length,
            DibuatOleh = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var uid) ? uid : null,
            DibuatOlehNip = User.Identity?.Name ?? "",
            DibuatPada = clock.GetUtcNow().UtcDateTime,
        };
        db.ImporJob.Add(job);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // No job points at the stored copy: do not leave it behind.
            await files.DeleteAsync(lokasi, CancellationToken.None);
            throw;
        }
        signal.Kirim(job.Id);
        return Redirect($"/organisasi/impor/{job.Id}");
    }

    private string TerlaluBesar(long? ukuran) =>
        (ukuran is { } u ? $"Berkas terlalu besar ({u / 1024.0 / 1024.0:0.#} MB). " : "Berkas terlalu besar. ")
        + $"Batas unggah {BatasMb} MB. Pecah berkas menjadi beberapa bagian (misalnya per perangkat daerah) lalu impor satu per satu.";

    private async Task<IActionResult> TolakAsync(int status, string pesan, CancellationToken ct)
    {
        ModelState.AddModelError("Berkas", pesan);
        await MuatTerbaruAsync(ct);
        return FormInvalid(status);
    }

    private async Task MuatTerbaruAsync(CancellationToken ct) =>
        Terbaru = await db.ImporJob.AsNoTracking()
            .OrderByDescending(j => j.DibuatPada)
            .Take(15)
            .Select(j => new BarisJob(j.Id, j.Jenis, j.NamaBerkas, j.Status, j.DibuatPada, j.BarisDiproses, j.Ditambah, j.Diubah, j.TidakBerubah, j.Ditolak))
            .ToListAsync(ct);

    /// <summary>An empty CSV with the header row, separated by semicolons so Excel with Indonesian settings opens it in columns.</summary>
    public IActionResult OnGetTemplat(JenisImpor jenis)
    {
        if (!Enum.IsDefined(jenis))
        {
            return NotFound();
        }
        var kolom = DaftarKolom.Untuk(jenis);
        var csv = string.Join(';', kolom.Select(k => k.Nama)) + "\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"templat-impor-{jenis.ToString().ToLowerInvariant()}.csv");
    }

    public static string Waktu(DateTime utc) =>
        utc.AddHours(7).ToString("d MMM yyyy HH.mm", CultureInfo.GetCultureInfo("id-ID")) + " WIB";
}
