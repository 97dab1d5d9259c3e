using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Shared;

/// <summary>An RHK of the pejabat penilai that a bawahan's RHK may intervene.</summary>
public sealed record RhkAtasanPilihan(Guid Id, int Urutan, JenisRhk Jenis, string Teks);

/// <summary>The atasan's RHK as seen from a bawahan's SKP: the text of a linked RHK and whether it still counts.</summary>
public sealed record RhkAtasanInfo(Guid Id, string Teks, bool Berlaku);

/// <summary>The cascading link from a bawahan's RHK to the RHK of the pejabat penilai (DOMAIN.md §1.3, §1.6).</summary>
public static class RhkAtasan
{
    private sealed record SkpPilihan(Guid Id, StatusSkp Status, List<RhkAtasanPilihan> Rhk);

    // Compiled (ADR 0008): every RHK form opens it.
    private static readonly Func<KinaraDbContext, Guid, int, DateOnly, DateOnly, CancellationToken, Task<SkpPilihan?>> Pilihan = EF.CompileAsyncQuery(
        (KinaraDbContext db, Guid penilai, int tahun, DateOnly awal, DateOnly akhir, CancellationToken ct) => db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == penilai && s.Tahun == tahun && s.Status != StatusSkp.Digantikan)
            .OrderByDescending(s => s.PeriodeAwal <= akhir && s.PeriodeAkhir >= awal)
            .ThenByDescending(s => s.Revisi).ThenByDescending(s => s.DibuatPada)
            .Select(s => new SkpPilihan(s.Id, s.Status,
                s.Rhk.OrderBy(r => r.Jenis).ThenBy(r => r.Urutan).Select(r => new RhkAtasanPilihan(r.Id, r.Urutan, r.Jenis, r.Teks)).ToList()))
            .FirstOrDefault());

    /// <summary>
    /// The penilai's SKP to pick from: the latest non-replaced version for the same year, preferring one whose
    /// period overlaps this SKP's (a mid-year change of post gives the atasan two SKP in one year). Any status:
    /// a bawahan may draft before the atasan's SKP is approved. One query: the choice and its RHK together.
    /// </summary>
    public static async Task<(Guid SkpId, StatusSkp Status, List<RhkAtasanPilihan> Rhk)?> PilihanAsync(KinaraDbContext db, Skp skp, CancellationToken ct)
    {
        if (skp.PejabatPenilaiId is not { } penilai)
        {
            return null;
        }
        var pilih = await Pilihan(db, penilai, skp.Tahun, skp.PeriodeAwal, skp.PeriodeAkhir, ct);
        return pilih is null ? null : (pilih.Id, pilih.Status, pilih.Rhk);
    }

    private sealed record BarisInfo(Guid Id, string Teks, Guid PegawaiId, int Tahun, StatusSkp Status, bool Ketua);

    // Compiled (ADR 0008): the SKP page runs it on every view, and the EXISTS over tim kerja makes its tree a large one.
    // The tim kerja check rides along as an EXISTS per row (a handful of rows) instead of a query of its own.
    private static readonly Func<KinaraDbContext, List<Guid>, bool, Guid, int, IAsyncEnumerable<BarisInfo>> Info = EF.CompileAsyncQuery(
        (KinaraDbContext db, List<Guid> daftar, bool denganTim, Guid pid, int tahun) =>
            from r in db.Rhk.AsNoTracking()
            where daftar.Contains(r.Id)
            join s in db.Skp.AsNoTracking() on r.SkpId equals s.Id
            select new BarisInfo(r.Id, r.Teks, s.PegawaiId, s.Tahun, s.Status,
                denganTim && s.PegawaiId != pid && db.TimKerja.Any(t => t.Tahun == tahun && t.Aktif
                    && t.Anggota.Any(a => a.PegawaiId == pid)
                    && t.Anggota.Any(a => a.Peran == PeranTim.Ketua && a.PegawaiId == s.PegawaiId))));

    /// <summary>
    /// Texts of the linked atasan RHK (one query). A link counts while the RHK belongs to a non-replaced SKP of
    /// <paramref name="penilaiId"/> for the year; an approved revision of the atasan's SKP leaves old links stale.
    /// With <paramref name="pegawaiId"/>, an RHK of the ketua of an active tim kerja of that year the pegawai belongs
    /// to counts too: the matriks peran hasil lets a ketua assign work to members outside their own line.
    /// </summary>
    public static async Task<Dictionary<Guid, RhkAtasanInfo>> InfoAsync(KinaraDbContext db, IEnumerable<Guid> ids, Guid? penilaiId, int tahun, CancellationToken ct,
        Guid? pegawaiId = null)
    {
        var daftar = ids.Distinct().ToList();
        if (daftar.Count == 0)
        {
            return [];
        }
        var rows = await Info(db, daftar, pegawaiId is not null, pegawaiId ?? Guid.Empty, tahun).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => Buat(r.Id, r.Teks, r.PegawaiId, r.Tahun, r.Status, r.Ketua, penilaiId, tahun));
    }

    /// <summary>
    /// The rule of <see cref="InfoAsync"/> for a linked RHK read elsewhere (the SKP page reads them in its display query):
    /// owned by the penilai, or by a ketua of the pegawai's tim kerja (<paramref name="ketua"/>), in the year, and its SKP not replaced.
    /// </summary>
    public static RhkAtasanInfo Buat(Guid id, string teks, Guid pemilik, int tahunPemilik, StatusSkp statusPemilik, bool ketua, Guid? penilaiId, int tahun) =>
        new(id, teks, (pemilik == penilaiId || ketua) && tahunPemilik == tahun && statusPemilik != StatusSkp.Digantikan);
}
