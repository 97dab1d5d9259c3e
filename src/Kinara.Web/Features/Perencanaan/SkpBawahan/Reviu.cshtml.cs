using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpBawahan;

/// <summary>
/// The pengelola kinerja's review queue (PP 30/2019: SKP agreed after review by the pengelola kinerja), used when
/// the tenant switches the review on: forward each SKP to its penilai, or return it (Kembalikan page). Also lists the
/// top-of-tree SKP whose penilai is the kepala daerah, for the pengelola to record that decision.
/// </summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class ReviuModel(KinaraDbContext db) : KinaraPageModel
{
    public sealed record Baris(Guid Id, string Nama, string Nip, string Jabatan, string Unit, string? Penilai, int Tahun, int Revisi, DateTime? DiajukanPada, int Versi);

    public bool ReviuAktif { get; private set; }
    public List<Baris> Daftar { get; private set; } = [];
    /// <summary>Submitted SKP of the top of the tree, waiting for the kepala daerah's decision to be recorded.</summary>
    public List<Baris> KepalaDaerah { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await IsiAsync(ct);

    public async Task<IActionResult> OnPostTeruskanAsync(Guid id, int versi, CancellationToken ct)
    {
        var skp = await db.Skp.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (skp is null)
        {
            return NotFound();
        }
        await IsiAsync(ct);
        if (!ReviuAktif)
        {
            ModelState.AddModelError("", "Reviu pengelola kinerja tidak diaktifkan untuk instansi ini.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        var entry = db.Entry(skp).Property(s => s.Versi);
        entry.OriginalValue = versi;
        entry.IsModified = true;
        try
        {
            skp.TeruskanSetelahReviu();
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex);
        }
        if (await SimpanFormulirAsync(db, ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"SKP diteruskan kepada pejabat penilai ({skp.PejabatPenilaiNama}).";
        return Redirect("/perencanaan/skp-reviu");
    }

    private async Task IsiAsync(CancellationToken ct)
    {
        ReviuAktif = await db.Instansi.AsNoTracking().Where(i => i.Id == InstansiId).Select(i => i.ReviuPengelolaKinerja).FirstOrDefaultAsync(ct);
        Daftar = await (from s in db.Skp.AsNoTracking()
                        where s.Status == StatusSkp.MenungguReviu
                        join p in db.Pegawai.AsNoTracking() on s.PegawaiId equals p.Id
                        orderby s.DiajukanPada
                        select new Baris(s.Id, p.Nama, p.Nip, s.JabatanNama, s.UnitNama, s.PejabatPenilaiNama, s.Tahun, s.Revisi, s.DiajukanPada, s.Versi))
            .Take(500).ToListAsync(ct);
        KepalaDaerah = await (from s in db.Skp.AsNoTracking()
                              where s.Status == StatusSkp.Diajukan && s.PenilaiKepalaDaerah
                              join p in db.Pegawai.AsNoTracking() on s.PegawaiId equals p.Id
                              orderby s.DiajukanPada
                              select new Baris(s.Id, p.Nama, p.Nip, s.JabatanNama, s.UnitNama, s.PejabatPenilaiNama, s.Tahun, s.Revisi, s.DiajukanPada, s.Versi))
            .Take(100).ToListAsync(ct);
    }
}
