namespace Kinara.Domain.Organisasi;

/// <summary>How the pejabat penilai of a pegawai was found.</summary>
public enum SumberPenilai
{
    /// <summary>No atasan position above (e.g. the Sekda or a kepala daerah appointee).</summary>
    TidakAda = 0,
    /// <summary>The definitive holder of the atasan position.</summary>
    Definitif = 1,
    /// <summary>The atasan position is vacant; a Plt holds it.</summary>
    Plt = 2,
    /// <summary>The atasan position is vacant; a Plh holds it.</summary>
    Plh = 3,
}

public sealed record PenilaiDitemukan(Guid? PegawaiId, Guid? JabatanId, SumberPenilai Sumber, int LevelDilompati);

/// <summary>
/// Derives the pejabat penilai from the position tree — never a static flag on the pegawai (DESIGN.md §1).
/// Walks up from the pegawai's jabatan: the holder of the atasan position, else its Plt/Plh, else the next position up.
/// </summary>
public static class PejabatPenilai
{
    public static PenilaiDitemukan Tentukan(
        Guid pegawaiId,
        Guid? jabatanId,
        Func<Guid, Guid?> atasanDari,
        Func<Guid, IEnumerable<Guid>> pemegangDefinitif,
        Func<Guid, (Guid PegawaiId, JenisPenugasan Jenis)?> pelaksanaTugas)
    {
        if (jabatanId is null)
        {
            return new PenilaiDitemukan(null, null, SumberPenilai.TidakAda, 0);
        }
        var seen = new HashSet<Guid> { jabatanId.Value };
        var dilompati = 0;
        for (var atasan = atasanDari(jabatanId.Value); atasan is { } a && seen.Add(a); atasan = atasanDari(a), dilompati++)
        {
            var holder = pemegangDefinitif(a).Where(h => h != pegawaiId).Select(h => (Guid?)h).FirstOrDefault();
            if (holder is not null)
            {
                return new PenilaiDitemukan(holder, a, SumberPenilai.Definitif, dilompati);
            }
            if (pelaksanaTugas(a) is { } plt && plt.PegawaiId != pegawaiId)
            {
                return new PenilaiDitemukan(plt.PegawaiId, a,
                    plt.Jenis == JenisPenugasan.Plt ? SumberPenilai.Plt : SumberPenilai.Plh, dilompati);
            }
        }
        return new PenilaiDitemukan(null, null, SumberPenilai.TidakAda, dilompati);
    }
}
