using Kinara.Domain.Organisasi;

namespace Kinara.Domain.Perencanaan;

public enum PeranTim
{
    Ketua = 1,
    Anggota = 2,
}

/// <summary>A tim kerja that may cross units; its ketua coordinates the split of RHK in the matriks peran hasil.</summary>
public sealed class TimKerja : ITenantOwned, IVersioned
{
    private readonly List<AnggotaTim> _anggota = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    public int Tahun { get; private set; }
    public string Nama { get; private set; } = "";
    /// <summary>The atasan who formed the team (its matriks peran hasil shows the team as a column group).</summary>
    public Guid PembentukPegawaiId { get; private set; }
    public bool Aktif { get; set; } = true;
    public int Versi { get; set; }
    public IReadOnlyList<AnggotaTim> Anggota => _anggota;

    private TimKerja() { }

    public static TimKerja Bentuk(Guid instansiId, int tahun, string nama, Guid pembentukPegawaiId)
    {
        if (string.IsNullOrWhiteSpace(nama))
        {
            throw new DomainRuleException("Nama tim kerja wajib diisi.");
        }
        return new TimKerja { InstansiId = instansiId, Tahun = tahun, Nama = nama.Trim(), PembentukPegawaiId = pembentukPegawaiId };
    }

    public void TambahAnggota(Guid pegawaiId, PeranTim peran)
    {
        if (_anggota.Any(a => a.PegawaiId == pegawaiId))
        {
            throw new DomainRuleException("Pegawai sudah menjadi anggota tim ini.");
        }
        if (peran == PeranTim.Ketua && _anggota.Any(a => a.Peran == PeranTim.Ketua))
        {
            throw new DomainRuleException("Tim kerja hanya boleh memiliki satu ketua.");
        }
        _anggota.Add(new AnggotaTim(Id, pegawaiId, peran) { InstansiId = InstansiId });
    }

    public void KeluarkanAnggota(Guid pegawaiId) => _anggota.RemoveAll(a => a.PegawaiId == pegawaiId);
}

public sealed class AnggotaTim : ITenantOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    public Guid TimKerjaId { get; private set; }
    public Guid PegawaiId { get; private set; }
    public PeranTim Peran { get; private set; }

    private AnggotaTim() { }

    internal AnggotaTim(Guid timId, Guid pegawaiId, PeranTim peran)
    {
        TimKerjaId = timId;
        PegawaiId = pegawaiId;
        Peran = peran;
    }
}
