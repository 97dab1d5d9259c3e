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
