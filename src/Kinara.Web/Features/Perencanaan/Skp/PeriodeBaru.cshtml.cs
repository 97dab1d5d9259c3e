using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>
/// A change of jabatan or atasan during the year (DOMAIN.md §2: several SKP periods in a year): the approved SKP
/// ends the day before the chosen date and a new draft SKP with the new post and pejabat penilai covers the rest of
/// the year. Only the owner starts it; the old SKP keeps its content and stays the record of the first period.
/// </summary>
public sealed class PeriodeBaruModel(KinaraDbContext db, PosisiService posisiService, TimeProvider clock) : SkpPageModel(db)
{
    [BindProperty]
    [Display(Name = "Tanggal mulai periode baru")]
    [Required(ErrorMessage = "Isi tanggal mulai periode baru, yaitu tanggal Anda mulai menjabat atau berganti atasan.")]
    public DateOnly? Mulai { get; set; }

    [BindProperty] public int Versi { get; set; }

    /// <summary>The post and penilai the new period gets: today's, from the position tree.</summary>
    public PosisiSkp? PosisiBaru { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: false, ct) is { } tolak)
        {
            return tolak;
        }
        if (!Akses.Pemilik)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Versi = Skp.Versi;
        var hariIni = clock.HariIni();
        Mulai = hariIni > Skp.PeriodeAwal && hariIni <= Skp.PeriodeAkhir ? hariIni : null;
        PosisiBaru = await SkpPosisi.BangunAsync(posisiService, Skp.PegawaiId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: true, ct) is { } tolak)
        {
            return tolak;
        }
        if (!Akses.Pemilik)
        {
            return Tolak("Hanya pemilik SKP yang dapat memulai periode SKP baru.", StatusCodes.Status403Forbidden);
        }
        PosisiBaru = await SkpPosisi.BangunAsync(posisiService, Skp.PegawaiId, ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        if (PosisiBaru is null)
        {
            return Tolak("Jabatan Anda saat ini belum ditetapkan, sehingga SKP periode baru belum dapat dibuat. Hubungi admin kepegawaian.",
                StatusCodes.Status422UnprocessableEntity);
        }
        var revisiBerjalan = await Db.Skp.AsNoTracking().AnyAsync(s => s.RevisiDariId == Skp.Id && s.Status != StatusSkp.Digantikan, ct);
        if (revisiBerjalan)
        {
            return Tolak("SKP ini sedang direvisi. Selesaikan revisinya (ajukan hingga disetujui) sebelum memulai periode baru.",
                StatusCodes.Status422UnprocessableEntity);
        }
        var mulai = Mulai!.Value;
        var bentrok = await Db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == Skp.PegawaiId && s.Id != Skp.Id && s.Status != StatusSkp.Digantikan
                        && s.PeriodeAwal <= Skp.PeriodeAkhir && s.PeriodeAkhir >= mulai)
            .Select(s => new { s.PeriodeAwal, s.PeriodeAkhir }).FirstOrDefaultAsync(ct);
        if (bentrok is not null)
        {
            return Tolak($"Sudah ada SKP untuk periode {SkpLabel.Periode(bentrok.PeriodeAwal, bentrok.PeriodeAkhir)}; buka SKP tersebut dari daftar SKP saya.",
                StatusCodes.Status422UnprocessableEntity, nameof(Mulai));
        }
        Sentuh(Skp, Versi);
        Skp baru;
        try
        {
            baru = Skp.MulaiPeriodeBaru(mulai, PosisiBaru, clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex, nameof(Mulai));
        }
        Db.Skp.Add(baru);
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Periode SKP sebelumnya berakhir {SkpLabel.Tanggal(Skp.PeriodeAkhir)}. SKP periode baru mulai {SkpLabel.Tanggal(mulai)} sudah dibuat: tambahkan RHK untuk jabatan Anda sekarang.";
        return Redirect($"/perencanaan/skp/{baru.Id}");
    }
}
