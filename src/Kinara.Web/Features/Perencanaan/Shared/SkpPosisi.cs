using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Shared;

/// <summary>Builds the <see cref="PosisiSkp"/> snapshot from the pegawai's current post and the position tree.</summary>
public static class SkpPosisi
{
    /// <summary>Null when the pegawai has no jabatan: an SKP cannot be written without one.</summary>
    public static async Task<PosisiSkp?> BangunAsync(KinaraDbContext db, PosisiService posisi, Guid pegawaiId, CancellationToken ct)
    {
        var p = await (from pg in db.Pegawai.AsNoTracking()
                       where pg.Id == pegawaiId
                       join j in db.Jabatan.AsNoTracking() on pg.JabatanId equals j.Id
                       join u in db.Unit.AsNoTracking() on (pg.UnitId ?? j.UnitId) equals (Guid?)u.Id into us
                       from u in us.DefaultIfEmpty()
                       select new { JabatanId = j.Id, JabatanNama = j.Nama, j.Jenis, j.AtasanJabatanId, pg.InstansiId, UnitId = u != null ? (Guid?)u.Id : null, UnitNama = u != null ? u.Nama : "" })
            .FirstOrDefaultAsync(ct);
        if (p is null)
        {
            return null;
        }
        if (p.AtasanJabatanId is null && p.Jenis == JenisJabatan.Jpt)
        {
            // The top of the tree (the Sekda): the pejabat penilai is the kepala daerah, who has no account.
            var kd = await db.Instansi.AsNoTracking().Where(i => i.Id == p.InstansiId).Select(i => new { i.KepalaDaerahJabatan, i.KepalaDaerahNama }).FirstAsync(ct);
            var nama = string.Join(" — ", new[] { kd.KepalaDaerahJabatan, kd.KepalaDaerahNama }.Where(x => !string.IsNullOrWhiteSpace(x)));
            return new PosisiSkp(p.JabatanId, p.JabatanNama, p.Jenis, p.UnitId, p.UnitNama, null,
                nama.Length > 0 ? nama : "Kepala Daerah", null, PenilaiKepalaDaerah: true);
        }
        var penilai = await posisi.PejabatPenilaiAsync(pegawaiId, ct);
        return new PosisiSkp(p.JabatanId, p.JabatanNama, p.Jenis, p.UnitId, p.UnitNama, penilai?.PegawaiId, penilai?.Nama, penilai?.Nip);
    }
}

/// <summary>An RHK of the pejabat penilai that a bawahan's RHK may intervene.</summary>
public sealed record RhkAtasanPilihan(Guid Id, int Urutan, JenisRhk Jenis, string Teks);

/// <summary>The atasan's RHK as seen from a bawahan's SKP: the text of a linked RHK and whether it still counts.</summary>
public sealed record RhkAtasanInfo(Guid Id, string Teks, bool Berlaku);

/// <summary>The cascading link from a bawahan's RHK to the RHK of the pejabat penilai (DOMAIN.md §1.3, §1.6).</summary>
public static class RhkAtasan
{
    /// <summary>
    /// The penilai's SKP to pick from: the latest non-replaced version for the same year, preferring one whose
    /// period overlaps this SKP's (a mid-year change of post gives the atasan two SKP in one year). Any status:
    /// a bawahan may draft before the atasan's SKP is approved.
    /// </summary>
    public static async Task<(Guid SkpId, StatusSkp Status, List<RhkAtasanPilihan> Rhk)?> PilihanAsync(KinaraDbContext db, Skp skp, CancellationToken ct)
    {
        if (skp.PejabatPenilaiId is not { } penilai)
        {
            return null;
        }
        var kandidat = await db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == penilai && s.Tahun == skp.Tahun && s.Status != StatusSkp.Digantikan)
            .Select(s => new { s.Id, s.Status, s.PeriodeAwal, s.PeriodeAkhir, s.Revisi, s.DibuatPada })
            .ToListAsync(ct);
        var pilih = kandidat
            .OrderByDescending(s => s.PeriodeAwal <= skp.PeriodeAkhir && s.PeriodeAkhir >= skp.PeriodeAwal)
            .ThenByDescending(s => s.Revisi).ThenByDescending(s => s.DibuatPada)
            .FirstOrDefault();
        if (pilih is null)
        {
            return null;
        }
        var rhk = await db.Rhk.AsNoTracking().Where(r => r.SkpId == pilih.Id)
            .OrderBy(r => r.Jenis).ThenBy(r => r.Urutan)
            .Select(r => new RhkAtasanPilihan(r.Id, r.Urutan, r.Jenis, r.Teks)).ToListAsync(ct);
        return (pilih.Id, pilih.Status, rhk);
    }

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
        var ketua = pegawaiId is { } pid
            ? await db.TimKerja.AsNoTracking()
                .Where(t => t.Tahun == tahun && t.Aktif && t.Anggota.Any(a => a.PegawaiId == pid))
                .SelectMany(t => t.Anggota).Where(a => a.Peran == PeranTim.Ketua && a.PegawaiId != pid)
                .Select(a => a.PegawaiId).ToListAsync(ct)
            : [];
        var rows = await (from r in db.Rhk.AsNoTracking()
                          where daftar.Contains(r.Id)
                          join s in db.Skp.AsNoTracking() on r.SkpId equals s.Id
                          select new { r.Id, r.Teks, s.PegawaiId, s.Tahun, s.Status }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id,
            r => new RhkAtasanInfo(r.Id, r.Teks, (r.PegawaiId == penilaiId || ketua.Contains(r.PegawaiId)) && r.Tahun == tahun && r.Status != StatusSkp.Digantikan));
    }
}
