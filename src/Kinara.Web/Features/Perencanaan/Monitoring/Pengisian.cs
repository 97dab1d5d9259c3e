using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Monitoring;

/// <summary>An active pegawai with the SKP that counts for the year (all SKP fields null: no SKP yet).</summary>
public sealed class PegawaiPengisian
{
    public Guid PegawaiId { get; init; }
    public string Nip { get; init; } = "";
    public string Nama { get; init; } = "";
    public string? GelarDepan { get; init; }
    public string? GelarBelakang { get; init; }
    public Guid? UnitId { get; init; }
    public string? UnitNama { get; init; }
    public string? JabatanNama { get; init; }
    public StatusSkp? Status { get; init; }
    public string? Penilai { get; init; }
    public DateTime? DiajukanPada { get; init; }
    public DateTime? DisetujuiPada { get; init; }
}

/// <summary>
/// "Which SKP counts" for the monitoring: per pegawai, among this year's SKP not replaced by a revision (Digantikan), the
/// latest period; within a period the approved one in force beats a revision still in progress, then the highest revision,
/// then the newest. The domain never gives one pegawai two SKP alike in all of that (periods do not overlap; a revision
/// has a higher number), so each pegawai counts at most once.
/// </summary>
/// <remarks>
/// Written two ways because the database runs them differently (measured with pgbench on a generated 16,000-pegawai Pemda):
/// <list type="bullet">
/// <item><see cref="SkpDihitung"/>, "no other SKP ranks higher" (NOT EXISTS): the database joins it per pegawai, so a unit
/// subtree and the names list read only their own pegawai's SKP (a 350-pegawai perangkat daerah: 2 ms).</item>
/// <item><see cref="PegawaiAktifSeluruhPemda"/>, the first SKP in that order per pegawai (ROW_NUMBER() OVER (PARTITION BY
/// pegawai) = 1, which EF makes of Take(1) on PostgreSQL and SQLite alike): one pass over all the year's SKP, cheaper when
/// it reads them all anyway — the whole-Pemda counts, 25 ms instead of 36 ms — but 11 ms for that small unit.</item>
/// </list>
/// Both must keep the same order: <c>MonitoringKonsistenTests</c> checks that the whole-Pemda row of a unit equals that
/// unit's drill-down.
/// </remarks>
public static class Pengisian
{
    public static IQueryable<Skp> SkpDihitung(KinaraDbContext db, int tahun) =>
        db.Skp.AsNoTracking().Where(s => s.Tahun == tahun && s.Status != StatusSkp.Digantikan && !db.Skp.Any(lain =>
            lain.PegawaiId == s.PegawaiId && lain.Tahun == tahun && lain.Status != StatusSkp.Digantikan && lain.Id != s.Id
            && (lain.PeriodeAwal > s.PeriodeAwal
                || (lain.PeriodeAwal == s.PeriodeAwal
                    && ((lain.Status == StatusSkp.Disetujui && s.Status != StatusSkp.Disetujui)
                        || ((lain.Status == StatusSkp.Disetujui) == (s.Status == StatusSkp.Disetujui)
                            && (lain.Revisi > s.Revisi || (lain.Revisi == s.Revisi && lain.DibuatPada > s.DibuatPada))))))));

    /// <summary>Every active pegawai with the status of the SKP that counts (null: none), in the same order as <see cref="SkpDihitung"/>.</summary>
    private static IQueryable<PegawaiStatus> PegawaiAktifSeluruhPemda(KinaraDbContext db, int tahun) =>
        from p in db.Pegawai.AsNoTracking()
        where p.Aktif
        from s in db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == p.Id && s.Tahun == tahun && s.Status != StatusSkp.Digantikan)
            .OrderByDescending(s => s.PeriodeAwal)
            .ThenByDescending(s => s.Status == StatusSkp.Disetujui)
            .ThenByDescending(s => s.Revisi)
            .ThenByDescending(s => s.DibuatPada)
            .ThenByDescending(s => s.Id)
            .Take(1)
            .DefaultIfEmpty()
        select new PegawaiStatus { UnitId = p.UnitId, Status = s == null ? null : s.Status };

    private static IQueryable<PegawaiStatus> PegawaiAktif(KinaraDbContext db, int tahun) =>
        from p in db.Pegawai.AsNoTracking()
        where p.Aktif
        join s in SkpDihitung(db, tahun) on p.Id equals s.PegawaiId into ss
        from s in ss.DefaultIfEmpty()
        select new PegawaiStatus { UnitId = p.UnitId, Status = s == null ? null : s.Status };

    /// <summary>The names list: every active pegawai with jabatan, unit and the SKP that counts.</summary>
    public static IQueryable<PegawaiPengisian> Query(KinaraDbContext db, int tahun) =>
        from p in db.Pegawai.AsNoTracking()
        where p.Aktif
        join s in SkpDihitung(db, tahun) on p.Id equals s.PegawaiId into ss
        from s in ss.DefaultIfEmpty()
        join j in db.Jabatan.AsNoTracking() on p.JabatanId equals j.Id into js
        from j in js.DefaultIfEmpty()
        join u in db.Unit.AsNoTracking() on p.UnitId equals u.Id into us
        from u in us.DefaultIfEmpty()
        select new PegawaiPengisian
        {
            PegawaiId = p.Id,
            Nip = p.Nip,
            Nama = p.Nama,
            GelarDepan = p.GelarDepan,
            GelarBelakang = p.GelarBelakang,
            UnitId = p.UnitId,
            UnitNama = u == null ? null : u.Nama,
            JabatanNama = j == null ? null : j.Nama,
            Status = s == null ? null : s.Status,
            Penilai = s == null ? null : s.PejabatPenilaiNama,
            DiajukanPada = s == null ? null : s.DiajukanPada,
            DisetujuiPada = s == null ? null : s.DisetujuiPada,
        };

    /// <summary>
    /// Counts per (unit, SKP status) in one GROUP BY; <paramref name="unitIds"/> limits it to a subtree (null: the whole Pemda,
    /// read in one pass).
    /// </summary>
    public static async Task<List<(Guid? UnitId, StatusPengisian Status, int Jumlah)>> HitungAsync(
        KinaraDbContext db, int tahun, IReadOnlyCollection<Guid>? unitIds, CancellationToken ct)
    {
        var q = unitIds is null
            ? PegawaiAktifSeluruhPemda(db, tahun)
            : PegawaiAktif(db, tahun).Where(x => x.UnitId != null && unitIds.Contains(x.UnitId.Value));
        var rows = await q.GroupBy(x => new { x.UnitId, x.Status })
            .Select(g => new { g.Key.UnitId, g.Key.Status, Jumlah = g.Count() })
            .ToListAsync(ct);
        return rows.Select(r => (r.UnitId, LabelPengisian.Dari(r.Status), r.Jumlah)).ToList();
    }

    private sealed class PegawaiStatus
    {
        public Guid? UnitId { get; init; }
        public StatusSkp? Status { get; init; }
    }

    public static IQueryable<PegawaiPengisian> DenganStatus(this IQueryable<PegawaiPengisian> q, StatusPengisian status) => status switch
    {
        StatusPengisian.BelumAda => q.Where(x => x.Status == null),
        StatusPengisian.Draf => q.Where(x => x.Status == StatusSkp.Draft),
        StatusPengisian.Diajukan => q.Where(x => x.Status == StatusSkp.Diajukan || x.Status == StatusSkp.MenungguReviu),
        StatusPengisian.Dikembalikan => q.Where(x => x.Status == StatusSkp.Dikembalikan),
        _ => q.Where(x => x.Status == StatusSkp.Disetujui),
    };
}

public static class LingkupUnit
{
    /// <summary>The unit and every unit below it; the set also guards against a corrupt cycle.</summary>
    public static HashSet<Guid> Turunan(Guid akar, ILookup<Guid, UnitRow> anak)
    {
        var hasil = new HashSet<Guid>();
        var antrian = new Queue<Guid>([akar]);
        while (antrian.TryDequeue(out var id))
        {
            if (hasil.Add(id))
            {
                foreach (var c in anak[id])
                {
                    antrian.Enqueue(c.Id);
                }
            }
        }
        return hasil;
    }
}
