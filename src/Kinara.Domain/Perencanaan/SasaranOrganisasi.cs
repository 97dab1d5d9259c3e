using Kinara.Domain.Organisasi;

namespace Kinara.Domain.Perencanaan;

/// <summary>Level of an organisational goal in the planning chain RPJMD → Renstra → Perjanjian Kinerja.</summary>
public enum TingkatSasaran
{
    /// <summary>Tujuan of the Pemda's RPJMD (vision/mission).</summary>
    TujuanRpjmd = 1,
    /// <summary>Sasaran strategis of the RPJMD.</summary>
    SasaranRpjmd = 2,
    /// <summary>Sasaran of a perangkat daerah's Renstra.</summary>
    SasaranRenstra = 3,
    /// <summary>Sasaran of the yearly Perjanjian Kinerja of a perangkat daerah.</summary>
    SasaranPk = 4,
}

/// <summary>
/// An organisational goal for a year: the roots of cascading. Pemda level when <see cref="UnitId"/> is null,
/// otherwise a perangkat daerah's. Linked upward through <see cref="IndukId"/>; a JPT's RHK point at one.
/// </summary>
public sealed class SasaranOrganisasi : ITenantOwned, IVersioned
{
    private readonly List<IndikatorKinerjaUtama> _iku = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    public int Tahun { get; private set; }
    public Guid? UnitId { get; private set; }
    public TingkatSasaran Tingkat { get; private set; }
    public string Teks { get; private set; } = "";
    public Guid? IndukId { get; private set; }
    public int Versi { get; set; }
    public IReadOnlyList<IndikatorKinerjaUtama> Iku => _iku;

    private SasaranOrganisasi() { }

    public static SasaranOrganisasi Buat(Guid instansiId, int tahun, Guid? unitId, TingkatSasaran tingkat, string teks, SasaranOrganisasi? induk)
    {
        var s = new SasaranOrganisasi { InstansiId = instansiId, Tahun = tahun, UnitId = unitId, Tingkat = tingkat };
        s.Ubah(teks, induk);
        return s;
    }

    public void Ubah(string teks, SasaranOrganisasi? induk)
    {
        if (string.IsNullOrWhiteSpace(teks))
        {
            throw new DomainRuleException("Uraian tujuan/sasaran wajib diisi.");
        }
        if (induk is not null)
        {
            if (induk.Tingkat >= Tingkat)
            {
                throw new DomainRuleException("Induk harus berada pada tingkat perencanaan di atasnya (RPJMD → Renstra → Perjanjian Kinerja).");
            }
            if (induk.Tahun != Tahun && induk.Tingkat > TingkatSasaran.SasaranRpjmd)
            {
                throw new DomainRuleException("Induk Renstra/Perjanjian Kinerja harus dari tahun yang sama.");
            }
        }
        else if (Tingkat != TingkatSasaran.TujuanRpjmd)
        {
            throw new DomainRuleException("Sasaran harus ditautkan ke tujuan/sasaran di atasnya.");
        }
        Teks = teks.Trim();
        IndukId = induk?.Id;
    }

    public IndikatorKinerjaUtama TambahIku(string teks, decimal? target, string? satuan)
    {
        if (string.IsNullOrWhiteSpace(teks))
        {
            throw new DomainRuleException("Uraian indikator kinerja utama wajib diisi.");
        }
        var iku = new IndikatorKinerjaUtama(Id, teks.Trim(), target, string.IsNullOrWhiteSpace(satuan) ? null : satuan.Trim())
        {
            InstansiId = InstansiId,
            Urutan = _iku.Count == 0 ? 1 : _iku.Max(i => i.Urutan) + 1,
        };
        _iku.Add(iku);
        return iku;
    }

    public void HapusIku(Guid ikuId) => _iku.RemoveAll(i => i.Id == ikuId);
}

/// <summary>An indikator kinerja utama (IKU) of an organisational goal, with its yearly target.</summary>
public sealed class IndikatorKinerjaUtama : ITenantOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    public Guid SasaranId { get; private set; }
    public string Teks { get; private set; } = "";
    public decimal? Target { get; private set; }
    public string? Satuan { get; private set; }
    /// <summary>Order within the goal, as written in the Renstra/PK (1, 2, …); new IKU go last.</summary>
    public int Urutan { get; internal set; }

    private IndikatorKinerjaUtama() { }

    internal IndikatorKinerjaUtama(Guid sasaranId, string teks, decimal? target, string? satuan)
    {
        SasaranId = sasaranId;
        Teks = teks;
        Target = target;
        Satuan = satuan;
    }
}
