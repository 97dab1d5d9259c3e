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

    // --- Tim kerja screens (issue 3, item 4) -------------------------------------------------------------------

    /// <summary>The ketua's pegawai id, or null while the team has none.</summary>
    public Guid? KetuaId() => _anggota.FirstOrDefault(a => a.Peran == PeranTim.Ketua)?.PegawaiId;

    public void Ubah(string nama, int tahun)
    {
        if (string.IsNullOrWhiteSpace(nama))
        {
            throw new DomainRuleException("Nama tim kerja wajib diisi.");
        }
        if (tahun is < 2000 or > 2100)
        {
            throw new DomainRuleException("Tahun tim kerja tidak valid.");
        }
        Nama = nama.Trim();
        Tahun = tahun;
    }

    /// <summary>
    /// Makes <paramref name="pegawaiId"/> the ketua: a member is promoted, anyone else joins as ketua; the previous ketua
    /// stays in the team as an ordinary member.
    /// </summary>
    public void TetapkanKetua(Guid pegawaiId)
    {
        foreach (var lama in _anggota.Where(a => a.Peran == PeranTim.Ketua && a.PegawaiId != pegawaiId))
        {
            lama.Peran = PeranTim.Anggota;
        }
        if (_anggota.FirstOrDefault(a => a.PegawaiId == pegawaiId) is { } anggota)
        {
            anggota.Peran = PeranTim.Ketua;
        }
        else
        {
            _anggota.Add(new AnggotaTim(Id, pegawaiId, PeranTim.Ketua) { InstansiId = InstansiId });
        }
    }

    /// <summary>Removes a member; the ketua cannot simply leave: another ketua is appointed first.</summary>
    public void KeluarkanAnggotaBiasa(Guid pegawaiId)
    {
        var anggota = _anggota.FirstOrDefault(a => a.PegawaiId == pegawaiId)
            ?? throw new DomainRuleException("Pegawai tersebut bukan anggota tim ini.");
        if (anggota.Peran == PeranTim.Ketua)
        {
            throw new DomainRuleException("Ketua tim tidak dapat dikeluarkan. Tetapkan ketua lain lebih dulu.");
        }
        _anggota.Remove(anggota);
    }
}

public sealed class AnggotaTim : ITenantOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    public Guid TimKerjaId { get; private set; }
    public Guid PegawaiId { get; private set; }
    public PeranTim Peran { get; internal set; }

    private AnggotaTim() { }

    internal AnggotaTim(Guid timId, Guid pegawaiId, PeranTim peran)
    {
        TimKerjaId = timId;
        PegawaiId = pegawaiId;
        Peran = peran;
    }
}
