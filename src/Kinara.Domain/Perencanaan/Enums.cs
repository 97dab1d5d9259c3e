namespace Kinara.Domain.Perencanaan;

/// <summary>SKP workflow (DOMAIN.md §3.2; names are ours).</summary>
public enum StatusSkp
{
    Draft = 1,
    /// <summary>Submitted; with the tenant's pengelola kinerja review on, waiting for that review first.</summary>
    MenungguReviu = 2,
    Diajukan = 3,
    Dikembalikan = 4,
    Disetujui = 5,
    /// <summary>An approved SKP replaced by a newer approved revision. Kept for comparison.</summary>
    Digantikan = 6,
}

public enum Pendekatan
{
    Kuantitatif = 1,
    Kualitatif = 2,
}

public enum JenisRhk
{
    Utama = 1,
    Tambahan = 2,
}

/// <summary>Aspek of a non-JPT indicator (DOMAIN.md §1.3).</summary>
public enum AspekIndikator
{
    Kuantitas = 1,
    Kualitas = 2,
    Waktu = 3,
    Biaya = 4,
}

/// <summary>How a subordinate's RHK relates to the atasan's RHK it intervenes (DOMAIN.md §1.6).</summary>
public enum JenisCascading
{
    /// <summary>A split or copy of the atasan's indicator, same unit of measure.</summary>
    Langsung = 1,
    /// <summary>A different output that contributes to the atasan's RHK.</summary>
    TidakLangsung = 2,
}

public enum JenisLampiran
{
    DukunganSumberDaya = 1,
    SkemaPertanggungjawaban = 2,
    Konsekuensi = 3,
}
