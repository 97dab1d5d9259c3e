using Kinara.Domain.Perencanaan;

namespace Kinara.Domain.Tests.Perencanaan;

public sealed class TimKerjaTests
{
    private static TimKerja Tim() => TimKerja.Bentuk(Guid.NewGuid(), 2026, "Tim Stunting", Guid.NewGuid());

    [Fact]
    public void Appointing_a_ketua_adds_them_and_the_previous_ketua_stays_as_member()
    {
        var tim = Tim();
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        tim.TetapkanKetua(a);
        Assert.Equal(a, tim.KetuaId());

        tim.TambahAnggota(b, PeranTim.Anggota);
        tim.TetapkanKetua(b);

        Assert.Equal(b, tim.KetuaId());
        Assert.Equal(2, tim.Anggota.Count);
        Assert.Equal(PeranTim.Anggota, tim.Anggota.Single(x => x.PegawaiId == a).Peran);
        Assert.Single(tim.Anggota, x => x.Peran == PeranTim.Ketua);
    }

    [Fact]
    public void A_member_cannot_be_added_twice()
    {
        var tim = Tim();
        var a = Guid.NewGuid();
        tim.TambahAnggota(a, PeranTim.Anggota);
        Assert.Contains("sudah menjadi anggota", Assert.Throws<DomainRuleException>(() => tim.TambahAnggota(a, PeranTim.Anggota)).Message);
        Assert.Single(tim.Anggota);
    }

    [Fact]
    public void The_ketua_cannot_be_removed_until_another_is_appointed()
    {
        var tim = Tim();
        var (ketua, anggota) = (Guid.NewGuid(), Guid.NewGuid());
        tim.TetapkanKetua(ketua);
        tim.TambahAnggota(anggota, PeranTim.Anggota);

        Assert.Contains("Tetapkan ketua lain", Assert.Throws<DomainRuleException>(() => tim.KeluarkanAnggotaBiasa(ketua)).Message);
        Assert.Throws<DomainRuleException>(() => tim.KeluarkanAnggotaBiasa(Guid.NewGuid()));

        tim.KeluarkanAnggotaBiasa(anggota);
        Assert.Equal([ketua], tim.Anggota.Select(x => x.PegawaiId));
    }

    [Fact]
    public void Renaming_needs_a_name_and_a_sane_year()
    {
        var tim = Tim();
        Assert.Throws<DomainRuleException>(() => tim.Ubah("  ", 2026));
        Assert.Throws<DomainRuleException>(() => tim.Ubah("Tim", 1990));
        tim.Ubah("  Tim Inflasi Daerah ", 2027);
        Assert.Equal(("Tim Inflasi Daerah", 2027), (tim.Nama, tim.Tahun));
    }
}
