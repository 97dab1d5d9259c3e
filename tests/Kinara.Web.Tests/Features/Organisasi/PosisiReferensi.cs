using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>
/// PosisiService as it was before the structure moved into memory (commit f786510): one query per step up the tree.
/// Kept as the reference the snapshot-based answers are compared with, pegawai by pegawai, on a random tree.
/// </summary>
public sealed class PosisiReferensi(KinaraDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));

    public async Task<PenilaiInfo?> PejabatPenilaiAsync(Guid pegawaiId, CancellationToken ct = default)
    {
        var p = await db.Pegawai.AsNoTracking().Where(x => x.Id == pegawaiId).Select(x => new { x.Id, x.JabatanId }).FirstOrDefaultAsync(ct);
        if (p?.JabatanId is null)
        {
            return null;
        }
        // Load the chain of atasan positions (a handful of levels) with their holders and active Plt/Plh.
        var atasan = new Dictionary<Guid, Guid?>();
        var holders = new Dictionary<Guid, List<Guid>>();
        var plt = new Dictionary<Guid, (Guid, JenisPenugasan)>();
        Guid? cursor = p.JabatanId;
        for (var depth = 0; cursor is { } id && depth < 32 && !atasan.ContainsKey(id); depth++)
        {
            var up = await db.Jabatan.AsNoTracking().Where(j => j.Id == id).Select(j => j.AtasanJabatanId).FirstOrDefaultAsync(ct);
            atasan[id] = up;
            if (up is { } u)
            {
                holders[u] = await db.Pegawai.AsNoTracking().Where(x => x.JabatanId == u && x.Aktif).OrderBy(x => x.Nip).Select(x => x.Id).Take(2).ToListAsync(ct);
                var today = Today;
                var a = await db.PenugasanPlt.AsNoTracking()
                    .Where(x => x.JabatanId == u && x.Mulai <= today && (x.Selesai == null || x.Selesai >= today)
                                && db.Pegawai.Any(p => p.Id == x.PegawaiId && p.Aktif))
                    .OrderByDescending(x => x.Mulai).Select(x => new { x.PegawaiId, x.Jenis }).FirstOrDefaultAsync(ct);
                if (a is not null)
                {
                    plt[u] = (a.PegawaiId, a.Jenis);
                }
                // The rule stops at the first post up with someone else holding or acting for it: the rest of the chain
                // up to the Sekda is never read, so do not load it (three queries per level on every home page).
                if (holders[u].Any(h => h != pegawaiId) || a is not null && a.PegawaiId != pegawaiId)
                {
                    break;
                }
            }
            cursor = up;
        }
        var found = Domain.Organisasi.PejabatPenilai.Tentukan(pegawaiId, p.JabatanId,
            id => atasan.GetValueOrDefault(id),
            id => holders.GetValueOrDefault(id) ?? [],
            id => plt.TryGetValue(id, out var v) ? v : null);
        if (found.PegawaiId is not { } penilaiId)
        {
            return null;
        }
        var info = await db.Pegawai.AsNoTracking().Where(x => x.Id == penilaiId)
            .Select(x => new { x.Nip, x.GelarDepan, x.Nama, x.GelarBelakang }).FirstAsync(ct);
        var jabatan = await db.Jabatan.AsNoTracking().Where(j => j.Id == found.JabatanId).Select(j => j.Nama).FirstOrDefaultAsync(ct);
        return new PenilaiInfo(penilaiId, info.Nip, Kinara.Domain.Kepegawaian.Pegawai.NamaDenganGelar(info.GelarDepan, info.Nama, info.GelarBelakang),
            jabatan, found.Sumber, found.LevelDilompati);
    }

    /// <summary>
    /// The pegawai this person rates: holders of positions directly under the positions they hold or act for (Plt/Plh),
    /// and, through vacant structural posts without a Plt, the positions under those.
    /// </summary>
    public async Task<List<BawahanInfo>> BawahanAsync(Guid pegawaiId, CancellationToken ct = default)
    {
        var today = Today;
        var own = await db.Pegawai.AsNoTracking().Where(x => x.Id == pegawaiId).Select(x => x.JabatanId).FirstOrDefaultAsync(ct);
        var posts = await db.PenugasanPlt.AsNoTracking()
            .Where(x => x.PegawaiId == pegawaiId && x.Mulai <= today && (x.Selesai == null || x.Selesai >= today))
            .Select(x => x.JabatanId).ToListAsync(ct);
        if (own is { } o)
        {
            posts.Add(o);
        }
        var result = new List<BawahanInfo>();
        var frontier = posts.Distinct().ToList();
        var visited = new HashSet<Guid>(frontier);
        for (var depth = 0; frontier.Count > 0 && depth < 8; depth++)
        {
            var children = await db.Jabatan.AsNoTracking()
                .Where(j => j.AtasanJabatanId != null && frontier.Contains(j.AtasanJabatanId.Value) && j.Aktif)
                .Select(j => new { j.Id, j.Nama, j.Jenis }).ToListAsync(ct);
            if (children.Count == 0)
            {
                break; // no posts below (most pegawai): nothing to look up
            }
            var childIds = children.Select(c => c.Id).ToList();
            var holders = await (from p in db.Pegawai.AsNoTracking()
                                 where p.Aktif && p.JabatanId != null && childIds.Contains(p.JabatanId.Value) && p.Id != pegawaiId
                                 join u in db.Unit.AsNoTracking() on p.UnitId equals u.Id into us
                                 from u in us.DefaultIfEmpty()
                                 select new { p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.JabatanId, Unit = u != null ? u.Nama : null })
                .ToListAsync(ct);
            var acting = await db.PenugasanPlt.AsNoTracking()
                .Where(x => childIds.Contains(x.JabatanId) && x.Mulai <= today && (x.Selesai == null || x.Selesai >= today))
                .Select(x => new { x.JabatanId, x.PegawaiId }).ToListAsync(ct);
            var actingPosts = acting.Select(a => a.JabatanId).ToList();
            var names = children.ToDictionary(c => c.Id, c => c.Nama);
            result.AddRange(holders.Select(h => new BawahanInfo(h.Id, h.Nip,
                Kinara.Domain.Kepegawaian.Pegawai.NamaDenganGelar(h.GelarDepan, h.Nama, h.GelarBelakang), names.GetValueOrDefault(h.JabatanId!.Value), h.Unit)));
            // A Plt who sits directly below the vacant post he acts for cannot rate himself: his penilai is one level up, i.e. this person.
            var pltIds = acting.Where(a => a.PegawaiId != pegawaiId).Select(a => a.PegawaiId).ToList();
            var plts = await (from p in db.Pegawai.AsNoTracking()
                              where pltIds.Contains(p.Id) && p.Aktif && p.JabatanId != null
                              join j in db.Jabatan.AsNoTracking() on p.JabatanId equals j.Id
                              join u in db.Unit.AsNoTracking() on p.UnitId equals u.Id into us
                              from u in us.DefaultIfEmpty()
                              select new { p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, j.AtasanJabatanId, Unit = u != null ? u.Nama : null, JabatanNama = j.Nama })
                .ToListAsync(ct);
            result.AddRange(plts.Where(p => acting.Any(a => a.PegawaiId == p.Id && a.JabatanId == p.AtasanJabatanId) && result.All(r => r.PegawaiId != p.Id))
                .Select(p => new BawahanInfo(p.Id, p.Nip, Kinara.Domain.Kepegawaian.Pegawai.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang), p.JabatanNama, p.Unit)));
            // Vacant structural posts with no Plt/Plh: their bawahan are rated one level up, i.e. by this person.
            var filled = holders.Select(h => h.JabatanId!.Value).Concat(actingPosts).ToHashSet();
            frontier = children.Where(c => c.Jenis is JenisJabatan.Jpt or JenisJabatan.Administrator or JenisJabatan.Pengawas
                                          && !filled.Contains(c.Id) && visited.Add(c.Id)).Select(c => c.Id).ToList();
        }
        return result.OrderBy(b => b.Nama).ToList();
    }
}
