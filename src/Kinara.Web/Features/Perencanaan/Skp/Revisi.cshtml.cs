using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>
/// Starts a revision of an approved SKP: a new draft copy. The approved version stays in force until the
/// revision is approved (then it becomes Digantikan, see the approval page).
/// </summary>
public sealed class RevisiModel(KinaraDbContext db, TimeProvider clock) : SkpPageModel(db)
{
    public IActionResult OnGet(Guid id) => Redirect($"/perencanaan/skp/{id}");

    public async Task<IActionResult> OnPostAsync(Guid id, int versi, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: true, ct) is { } tolak)
        {
            return tolak;
        }
        if (!Akses.Pemilik)
        {
            return Tolak("Hanya pemilik SKP yang dapat membuat revisinya.", StatusCodes.Status403Forbidden);
        }
        if (await SkpAlur.PeriksaRevisiBerjalanAsync(Db, Skp, ct) is { } berjalan)
        {
            return Tolak(berjalan.Pesan, berjalan.Status);
        }
        // Guarded like an edit: two clicks (or two tabs) must not start two revisions.
        Sentuh(Skp, versi);
        Skp baru;
        try
        {
            baru = Skp.BuatRevisi(clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex);
        }
        Db.Skp.Add(baru);
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Revisi ke-{baru.Revisi} dibuat sebagai draf. Ubah yang perlu, lalu ajukan kembali. SKP sebelumnya tetap berlaku sampai revisi ini disetujui.";
        return Redirect($"/perencanaan/skp/{baru.Id}");
    }
}
