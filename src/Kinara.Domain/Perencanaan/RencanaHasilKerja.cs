using Kinara.Domain.Organisasi;

namespace Kinara.Domain.Perencanaan;

/// <summary>An RHK of an SKP. Changed only through <see cref="Skp"/>, which guards the workflow.</summary>
public sealed class RencanaHasilKerja : ITenantOwned
{
    private readonly List<IndikatorKinerja> _indikator = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>Tenant key on every row (DESIGN.md §4); stamped when the row is first saved.</summary>
    public Guid InstansiId { get; set; }
    public Guid SkpId { get; private set; }
    public int Urutan { get; internal set; }
    public JenisRhk Jenis { get; internal set; }
    public string Teks { get; internal set; } = "";
    /// <summary>The atasan's RHK this one intervenes (non-JPT); required for RHK utama at submission.</summary>
    public Guid? RhkAtasanId { get; internal set; }
    public JenisCascading? Cascading { get; internal set; }
    /// <summary>JPT: where the assignment comes from, e.g. "Bupati" (PK / RPJMD).</summary>
    public string? PenugasanDari { get; internal set; }
    /// <summary>JPT: the organisational goal (sasaran / IKU) this RHK carries.</summary>
    public Guid? SasaranOrganisasiId { get; internal set; }
    /// <summary>In a revision: the RHK of the previous version this one was copied from, so bawahan links can follow.</summary>
    public Guid? RhkAsalId { get; internal set; }
    public IReadOnlyList<IndikatorKinerja> Indikator => _indikator;

    private RencanaHasilKerja() { }

    internal RencanaHasilKerja(Guid skpId) => SkpId = skpId;

    internal List<IndikatorKinerja> IndikatorList => _indikator;
}

/// <summary>An indicator of an RHK: per aspek (non-JPT) or per perspektif (JPT), with its target.</summary>
public sealed class IndikatorKinerja : ITenantOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>Tenant key on every row (DESIGN.md §4); stamped when the row is first saved.</summary>
    public Guid InstansiId { get; set; }
    public Guid RhkId { get; private set; }
    public int Urutan { get; internal set; }
    public AspekIndikator? Aspek { get; internal set; }
    /// <summary>JPT: Penerima Layanan, Proses Bisnis, Penguatan Internal, Anggaran (reference list, configurable).</summary>
    public string? Perspektif { get; internal set; }
    public string Teks { get; internal set; } = "";
    /// <summary>Numeric target (pendekatan kuantitatif). A range is allowed: <see cref="TargetMaks"/> above it.</summary>
    public decimal? Target { get; internal set; }
    public decimal? TargetMaks { get; internal set; }
    /// <summary>Narrative target (pendekatan kualitatif) or a note.</summary>
    public string? TargetTeks { get; internal set; }
    public string? Satuan { get; internal set; }

    private IndikatorKinerja() { }

    internal IndikatorKinerja(Guid rhkId) => RhkId = rhkId;

    public string TargetTampil => Target is { } t
        ? (TargetMaks is { } m ? $"{t:0.##} – {m:0.##} {Satuan}" : $"{t:0.##} {Satuan}").Trim()
        : TargetTeks ?? "";
}

/// <summary>One BerAKHLAK aspect of an SKP with the pimpinan's specific expectation.</summary>
public sealed class PerilakuKerja : ITenantOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>Tenant key on every row (DESIGN.md §4); stamped when the row is first saved.</summary>
    public Guid InstansiId { get; set; }
    public Guid SkpId { get; private set; }
    public AspekPerilaku Aspek { get; private set; }
    public string? EkspektasiKhusus { get; internal set; }

    private PerilakuKerja() { }

    internal PerilakuKerja(Guid skpId, AspekPerilaku aspek)
    {
        SkpId = skpId;
        Aspek = aspek;
    }
}

/// <summary>An item of the SKP's lampiran: dukungan sumber daya, skema pertanggungjawaban or konsekuensi.</summary>
public sealed class LampiranSkp : ITenantOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>Tenant key on every row (DESIGN.md §4); stamped when the row is first saved.</summary>
    public Guid InstansiId { get; set; }
    public Guid SkpId { get; private set; }
    public JenisLampiran Jenis { get; private set; }
    public int Urutan { get; private set; }
    public string Teks { get; private set; } = "";

    private LampiranSkp() { }

    internal LampiranSkp(Guid skpId, JenisLampiran jenis, int urutan, string teks)
    {
        SkpId = skpId;
        Jenis = jenis;
        Urutan = urutan;
        Teks = teks;
    }
}
