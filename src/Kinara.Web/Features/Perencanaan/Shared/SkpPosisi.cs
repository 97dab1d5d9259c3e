using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Features.Organisasi;

namespace Kinara.Web.Features.Perencanaan.Shared;

/// <summary>Builds the <see cref="PosisiSkp"/> snapshot from the pegawai's current post and the position tree.</summary>
public static class SkpPosisi
{
    /// <summary>
    /// Null when the pegawai has no jabatan: an SKP cannot be written without one. Read from the in-memory position tree
    /// (no query when it is warm), which is evicted on every write to the structure (ADR 0005).
    /// </summary>
    public static async Task<PosisiSkp?> BangunAsync(PosisiService posisi, Guid pegawaiId, CancellationToken ct)
    {
        if (await posisi.StrukturAsync(ct) is not { } s
            || s.CariPegawai(pegawaiId) is not { JabatanId: { } jabatanId } p
            || s.CariJabatan(jabatanId) is not { } j)
        {
            return null;
        }
        var unitId = p.UnitId ?? j.UnitId;
        var unitNama = s.NamaUnit(unitId);
        if (j.AtasanId is null && j.Jenis == JenisJabatan.Jpt)
        {
            // The top of the tree (the Sekda): the pejabat penilai is the kepala daerah, who has no account.
            var nama = string.Join(" — ", new[] { s.Instansi?.KepalaDaerahJabatan, s.Instansi?.KepalaDaerahNama }.Where(x => !string.IsNullOrWhiteSpace(x)));
            return new PosisiSkp(j.Id, j.Nama, j.Jenis, unitNama is null ? null : unitId, unitNama ?? "", null,
                nama.Length > 0 ? nama : "Kepala Daerah", null, PenilaiKepalaDaerah: true);
        }
        var penilai = PosisiService.PejabatPenilai(s, pegawaiId, posisi.HariIni);
        return new PosisiSkp(j.Id, j.Nama, j.Jenis, unitNama is null ? null : unitId, unitNama ?? "", penilai?.PegawaiId, penilai?.Nama, penilai?.Nip);
    }
}
