namespace Kinara.Domain.Organisasi;

/// <summary>
/// A position in the position tree. Structural posts have one holder; fungsional and pelaksana posts may have many.
/// The pejabat penilai of a pegawai is the holder of the pegawai's jabatan's <see cref="AtasanJabatanId"/>.
/// </summary>
public sealed class Jabatan : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    public string Kode { get; set; } = "";
    public string Nama { get; set; } = "";
    public JenisJabatan Jenis { get; set; }
    /// <summary>Jenjang: Pratama/Madya/Utama for JPT, Ahli Pertama … Penyelia for fungsional, Klerek/Operator/Teknisi for pelaksana.</summary>
    public string? Jenjang { get; set; }
    public int? KelasJabatan { get; set; }
    public Guid? UnitId { get; set; }
    public Guid? AtasanJabatanId { get; private set; }
    public bool Aktif { get; set; } = true;
    public int Versi { get; set; }

    public void SetAtasan(Guid? atasanId, Func<Guid, Guid?> atasanDari)
    {
        if (atasanId is null)
        {
            AtasanJabatanId = null;
            return;
        }
        var seen = new HashSet<Guid>();
        for (Guid? cursor = atasanId; cursor is { } id; cursor = atasanDari(id))
        {
            if (id == Id)
            {
                throw new DomainRuleException(atasanId == Id
                    ? "Jabatan tidak boleh menjadi atasan dirinya sendiri."
                    : "Jabatan atasan tidak boleh berasal dari bawahan jabatan ini (akan membentuk lingkaran).");
            }
            if (!seen.Add(id))
            {
                throw new DomainRuleException("Struktur jabatan atasan membentuk lingkaran; perbaiki data jabatan terlebih dahulu.");
            }
        }
        AtasanJabatanId = atasanId;
    }

    /// <summary>Only structural posts (JPT, administrator, pengawas) are held by one pegawai at a time.</summary>
    public bool IsStruktural => Jenis is JenisJabatan.Jpt or JenisJabatan.Administrator or JenisJabatan.Pengawas;
}
