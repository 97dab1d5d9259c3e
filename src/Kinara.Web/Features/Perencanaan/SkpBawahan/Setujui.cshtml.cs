using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpBawahan;

/// <summary>
/// The pejabat penilai approves a submitted SKP. The domain refuses anyone but the SKP's penilai (403 here) and any
/// other status (422). Approving a revision retires the version it replaces and re-points the bawahan's links to it
/// (<see cref="PersetujuanSkp"/>), in the same save.
/// </summary>
public sealed class SetujuiModel(KinaraDbContext db, TimeProvider clock) : SkpPageModel(db)
{
    public IActionResult OnGet(Guid id) => Redirect($"/perencanaan/skp/{id}");

    public async Task<IActionResult> OnPostAsync(Guid id, int versi, CancellationToken ct)
    {
        // Load without the view check: someone who is not the penilai gets the domain's own answer, as a 403.
        var skp = await Db.Skp.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (skp is null)
        {
            return NotFound();
        }
        if (PegawaiId is not { } saya)
        {
            return Tolak("Akun Anda tidak terhubung dengan data pegawai, sehingga tidak dapat menyetujui SKP.", StatusCodes.Status403Forbidden);
        }
        SkpDiputuskan = skp;
        Sentuh(skp, versi);
        Skp? sebelumnya = null;
        try
        {
            skp.Setujui(saya, clock.GetUtcNow().UtcDateTime);
            sebelumnya = await PersetujuanSkp.SetelahDisetujuiAsync(Db, skp, ct);
        }
        catch (DomainRuleException ex)
        {
            return Tolak(ex.Message, skp.PejabatPenilaiId == saya ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status403Forbidden);
        }
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        var nama = await Db.Pegawai.AsNoTracking().Where(p => p.Id == skp.PegawaiId).Select(p => p.Nama).FirstAsync(ct);
        PesanSukses = sebelumnya is null
            ? $"SKP {nama} tahun {skp.Tahun} disetujui."
            : $"Revisi ke-{skp.Revisi} SKP {nama} disetujui dan menggantikan versi sebelumnya.";
        return Redirect($"/perencanaan/skp-bawahan?tahun={skp.Tahun}");
    }

    public Skp? SkpDiputuskan { get; private set; }
}
