namespace Kinara.Domain.Organisasi;

/// <summary>A unit in the organisation tree: perangkat daerah → bidang → seksi, or a UPT (sekolah, puskesmas).</summary>
public sealed class UnitOrganisasi : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    /// <summary>Local code, or SIASN's unor id when imported.</summary>
    public string Kode { get; set; } = "";
    public string Nama { get; set; } = "";
    public JenisUnit Jenis { get; set; }
    public Guid? IndukId { get; private set; }
    public bool Aktif { get; set; } = true;
    public int Versi { get; set; }

    /// <summary>
    /// Moves the unit under <paramref name="indukId"/>. <paramref name="indukDari"/> answers the parent of any unit,
    /// so the whole ancestor chain can be walked: a unit may not become its own ancestor.
    /// </summary>
    public void SetInduk(Guid? indukId, Func<Guid, Guid?> indukDari)
    {
        if (indukId is null)
        {
            IndukId = null;
            return;
        }
        var seen = new HashSet<Guid>();
        for (Guid? cursor = indukId; cursor is { } id; cursor = indukDari(id))
        {
            if (id == Id)
            {
                throw new DomainRuleException(indukId == Id
                    ? "Unit tidak boleh menjadi induk dari dirinya sendiri."
                    : "Unit tidak boleh dipindahkan ke bawah unit turunannya sendiri (akan membentuk lingkaran).");
            }
            if (!seen.Add(id))
            {
                throw new DomainRuleException("Struktur unit induk membentuk lingkaran; perbaiki data unit terlebih dahulu.");
            }
        }
        IndukId = indukId;
    }
}
