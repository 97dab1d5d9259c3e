namespace Kinara.Domain.Organisasi;

/// <summary>Jabatan categories of UU ASN (DOMAIN.md §8.3).</summary>
public enum JenisJabatan
{
    Jpt = 1,
    Administrator = 2,
    Pengawas = 3,
    Pelaksana = 4,
    Fungsional = 5,
}

/// <summary>Kind of unit in the organisation tree.</summary>
public enum JenisUnit
{
    PerangkatDaerah = 1,
    Bidang = 2,
    Seksi = 3,
    Upt = 4,
}
