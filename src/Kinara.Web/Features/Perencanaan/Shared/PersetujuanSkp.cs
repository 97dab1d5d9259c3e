using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Shared;

/// <summary>
/// What follows an approval, whoever approved (the penilai on the page or through the API, or the pengelola kinerja
/// recording the kepala daerah's decision): an approved revision retires the version it replaces, and the bawahan
/// whose RHK intervened the replaced version's RHK follow to their copies in the new version — so the cascading
/// chain does not break each time an atasan revises. Everything is tracked, so it lands in the same save and the audit trail.
/// </summary>
public static class PersetujuanSkp
{
    /// <summary>Call after <see cref="Skp.Setujui"/> or <see cref="Skp.SetujuiAtasNamaKepalaDaerah"/>; returns the replaced version, if any.</summary>
    public static async Task<Skp?> SetelahDisetujuiAsync(KinaraDbContext db, Skp skp, CancellationToken ct)
    {
        if (skp.RevisiDariId is not { } lamaId)
        {
            return null;
        }
        var sebelumnya = await db.Skp.FirstOrDefaultAsync(s => s.Id == lamaId, ct);
        if (sebelumnya?.Status != StatusSkp.Disetujui)
        {
            return null;
        }
        sebelumnya.Gantikan();
        await ArahkanUlangBawahanAsync(db, skp.Id, ct);
        return sebelumnya;
    }

    private static async Task ArahkanUlangBawahanAsync(KinaraDbContext db, Guid skpBaruId, CancellationToken ct)
    {
        var peta = await db.Rhk.AsNoTracking()
            .Where(r => r.SkpId == skpBaruId && r.RhkAsalId != null)
            .Select(r => new { Lama = r.RhkAsalId!.Value, Baru = r.Id })
            .ToDictionaryAsync(x => x.Lama, x => x.Baru, ct);
        if (peta.Count == 0)
        {
            return;
        }
        var lama = peta.Keys.ToList();
        var skpBawahanIds = await db.Rhk.AsNoTracking()
            .Where(r => r.RhkAtasanId != null && lama.Contains(r.RhkAtasanId.Value))
            .Select(r => r.SkpId).Distinct().ToListAsync(ct);
        if (skpBawahanIds.Count == 0)
        {
            return;
        }
        var bawahan = await db.Skp.Include(s => s.Rhk)
            .Where(s => skpBawahanIds.Contains(s.Id) && s.Status != StatusSkp.Digantikan)
            .AsSplitQuery().ToListAsync(ct);
        foreach (var s in bawahan)
        {
            if (s.ArahkanUlangRhkAtasan(peta) > 0)
            {
                // A bawahan's form still open on the old link must not save over the new one.
                db.Entry(s).Property(x => x.Versi).IsModified = true;
            }
        }
    }
}
