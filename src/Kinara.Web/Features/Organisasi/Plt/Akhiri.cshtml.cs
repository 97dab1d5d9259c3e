using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Plt;

/// <summary>Ends a Plt/Plh assignment by setting its last day (e.g. when the definitive official is installed).</summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class AkhiriModel(KinaraDbContext db, TimeProvider clock) : KinaraPageModel
{
    public sealed class AkhiriInput
    {
        [Display(Name = "Tanggal selesai")]
        [Required(ErrorMessage = "Tanggal selesai wajib diisi.")]
        public DateOnly? Selesai { get; set; }

        public int Versi { get; set; }
    }

    [BindProperty] public AkhiriInput Input { get; set; } = new();

    public PenugasanPlt Penugasan { get; private set; } = null!;
    public string Jabatan { get; private set; } = "";
    public string Pelaksana { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        Input = new AkhiriInput { Selesai = Penugasan.Selesai ?? clock.HariIni(), Versi = Penugasan.Versi };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        db.Entry(Penugasan).Property(t => t.Versi).OriginalValue = Input.Versi;
        Penugasan.Selesai = Input.Selesai;
        try
        {
            Penugasan.Validasi();
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex, "Input.Selesai");
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleForm();
        }
        PesanSukses = $"Penugasan {Penugasan.Jenis} {Pelaksana} sebagai {Jabatan} berakhir pada {Penugasan.Selesai:d MMMM yyyy}.";
        return Redirect("/organisasi/plt");
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        var penugasan = await db.PenugasanPlt.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (penugasan is null)
        {
            return false;
        }
        Penugasan = penugasan;
        Jabatan = await db.Jabatan.Where(j => j.Id == penugasan.JabatanId).Select(j => j.Nama).FirstAsync(ct);
        var p = await db.Pegawai.Where(x => x.Id == penugasan.PegawaiId).Select(x => new { x.GelarDepan, x.Nama, x.GelarBelakang }).FirstAsync(ct);
        Pelaksana = Domain.Kepegawaian.Pegawai.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang);
        return true;
    }
}
