using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>What changed between two versions (revisions) of one pegawai's SKP for one period.</summary>
public sealed class BandingkanModel(KinaraDbContext db) : SkpPageModel(db)
{
    public Skp Lama { get; private set; } = null!;
    public Skp Baru { get; private set; } = null!;
    public List<PerubahanRhk> Rhk { get; private set; } = [];
    public List<Beda> Lainnya { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid otherId, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: false, ct) is { } tolak)
        {
            return tolak;
        }
        var lain = await Db.Skp.Lengkap().AsNoTracking().FirstOrDefaultAsync(s => s.Id == otherId, ct);
        if (lain is null || lain.Id == Skp.Id)
        {
            return NotFound();
        }
        if (lain.PegawaiId != Skp.PegawaiId || lain.PeriodeAwal != Skp.PeriodeAwal || lain.PeriodeAkhir != Skp.PeriodeAkhir)
        {
            ModelState.AddModelError("", "Hanya versi SKP milik pegawai yang sama untuk periode yang sama yang dapat dibandingkan.");
            Lama = Baru = Skp;
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        (Lama, Baru) = Skp.Revisi < lain.Revisi ? (Skp, lain) : (lain, Skp);

        var atasanIds = Lama.Rhk.Concat(Baru.Rhk).Where(r => r.RhkAtasanId is not null).Select(r => r.RhkAtasanId!.Value).Distinct().ToList();
        var atasan = await Db.Rhk.AsNoTracking().Where(r => atasanIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Teks, ct);
        var sasaranIds = Lama.Rhk.Concat(Baru.Rhk).Where(r => r.SasaranOrganisasiId is not null).Select(r => r.SasaranOrganisasiId!.Value).Distinct().ToList();
        var sasaran = await Db.SasaranOrganisasi.AsNoTracking().Where(s => sasaranIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Teks, ct);
        Rhk = SkpPerbandingan.Bandingkan(Lama, Baru,
            a => a is { } x ? atasan.GetValueOrDefault(x, "(tidak ditemukan)") : "",
            s => s is { } x ? sasaran.GetValueOrDefault(x, "(tidak ditemukan)") : "");
        Lainnya = SkpPerbandingan.Lainnya(Lama, Baru);
        return Page();
    }
}
