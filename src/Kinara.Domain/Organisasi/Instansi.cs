namespace Kinara.Domain.Organisasi;

/// <summary>A Pemerintah Daerah: the tenant. Every tenant-owned row carries its id.</summary>
public sealed class Instansi : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Short code used in URLs and imports, e.g. "sabangau".</summary>
    public string Kode { get; set; } = "";
    public string Nama { get; set; } = "";
    public JenisPemda Jenis { get; set; } = JenisPemda.Kabupaten;
    /// <summary>Tenant setting: admins must have TOTP two-factor sign-in turned on.</summary>
    public bool Wajib2faAdmin { get; set; }
    /// <summary>Tenant setting: SKP goes through the pengelola kinerja before the penilai (PP 30/2019).</summary>
    public bool ReviuPengelolaKinerja { get; set; }
    /// <summary>
    /// The kepala daerah (Gubernur/Bupati/Wali Kota), e.g. "Bupati Sabangau" and their name: the pejabat penilai of the
    /// top of the position tree (the Sekda), who has no account; shown on that SKP and its documents.
    /// </summary>
    public string? KepalaDaerahJabatan { get; set; }
    public string? KepalaDaerahNama { get; set; }
    public bool Aktif { get; set; } = true;
    public int Versi { get; set; }
}

public enum JenisPemda
{
    Provinsi = 1,
    Kabupaten = 2,
    Kota = 3,
}
