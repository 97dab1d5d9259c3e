using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;

namespace Kinara.Domain.Tests.Perencanaan;

/// <summary>Direct cascading from the matriks peran hasil (Skp.TurunkanLangsung) and the equal split of a target.</summary>
public sealed class MatriksPeranHasilTests
{
    private static readonly DateTime Now = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);

    private static Skp SkpBaru(JenisJabatan jenis = JenisJabatan.Pelaksana) =>
        Skp.Buat(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Pendekatan.Kuantitatif,
            new PosisiSkp(Guid.NewGuid(), "Staf", jenis, Guid.NewGuid(), "Bidang", Guid.NewGuid(), "Kabid", "198207072008011004"), Now);

    private static (Skp Skp, RencanaHasilKerja Rhk) Atasan(JenisJabatan jenis = JenisJabatan.Administrator)
    {
        var skp = SkpBaru(jenis);
        var rhk = skp.TambahRhk(JenisRhk.Utama, "Terbinanya 100 sekolah dasar");
        var perspektif = jenis == JenisJabatan.Jpt ? "Penerima Layanan" : null;
        skp.TambahIndikator(rhk.Id, jenis == JenisJabatan.Jpt ? null : AspekIndikator.Kuantitas, perspektif, "Jumlah sekolah terbina", 100, null, null, "sekolah");
        skp.TambahIndikator(rhk.Id, jenis == JenisJabatan.Jpt ? null : AspekIndikator.Kualitas, perspektif, "Persentase sekolah terakreditasi", 90, 100, null, "%");
        return (skp, rhk);
    }

    [Fact]
    public void Direct_cascading_copies_the_text_and_indicators_and_links_the_atasan_rhk()
    {
        var (_, rhkAtasan) = Atasan();
        var skp = SkpBaru();

        var rhk = skp.TurunkanLangsung(rhkAtasan, JenisRhk.Utama);

        Assert.Equal(rhkAtasan.Teks, rhk.Teks);
        Assert.Equal(rhkAtasan.Id, rhk.RhkAtasanId);
        Assert.Equal(JenisCascading.Langsung, rhk.Cascading);
        Assert.Equal(["Jumlah sekolah terbina", "Persentase sekolah terakreditasi"], rhk.Indikator.Select(i => i.Teks));
        Assert.Equal([100m, 90m], rhk.Indikator.Select(i => i.Target!.Value));
        Assert.Equal(100m, rhk.Indikator[1].TargetMaks);
        Assert.Equal([AspekIndikator.Kuantitas, AspekIndikator.Kualitas], rhk.Indikator.Select(i => i.Aspek!.Value));
        Assert.NotEqual(rhkAtasan.Indikator[0].Id, rhk.Indikator[0].Id); // copies, not the atasan's rows
    }

    [Fact]
    public void A_split_target_replaces_the_copy_and_a_range_is_split_in_proportion()
    {
        var (_, rhkAtasan) = Atasan();
        var skp = SkpBaru();
        var jumlah = rhkAtasan.Indikator[0];
        var persen = rhkAtasan.Indikator[1];

        var rhk = skp.TurunkanLangsung(rhkAtasan, JenisRhk.Utama, new Dictionary<Guid, decimal> { [jumlah.Id] = 25, [persen.Id] = 45 });

        Assert.Equal(25m, rhk.Indikator[0].Target);
        Assert.Null(rhk.Indikator[0].TargetMaks);
        Assert.Equal(45m, rhk.Indikator[1].Target);
        Assert.Equal(50m, rhk.Indikator[1].TargetMaks); // 90–100 halved
    }

    [Fact]
    public void A_jpt_atasan_indicator_gets_the_aspek_chosen_for_the_bawahan_instead_of_its_perspektif()
    {
        var (_, rhkAtasan) = Atasan(JenisJabatan.Jpt);
        var skp = SkpBaru();

        var rhk = skp.TurunkanLangsung(rhkAtasan, JenisRhk.Utama, aspek: new Dictionary<Guid, AspekIndikator> { [rhkAtasan.Indikator[0].Id] = AspekIndikator.Kuantitas });

        Assert.Equal(AspekIndikator.Kuantitas, rhk.Indikator[0].Aspek);
        Assert.Null(rhk.Indikator[1].Aspek); // left for the pegawai; submission will ask for it
        Assert.All(rhk.Indikator, i => Assert.Null(i.Perspektif));
    }

    [Fact]
    public void Direct_cascading_of_an_rhk_without_indicators_is_refused()
    {
        var atasan = SkpBaru(JenisJabatan.Administrator);
        var kosong = atasan.TambahRhk(JenisRhk.Utama, "RHK tanpa indikator");
        var skp = SkpBaru();

        var ex = Assert.Throws<DomainRuleException>(() => skp.TurunkanLangsung(kosong, JenisRhk.Utama));
        Assert.Contains("belum memiliki indikator", ex.Message);
        Assert.Empty(skp.Rhk);
    }

    [Fact]
    public void Splitting_a_narrative_target_or_an_unknown_indicator_is_refused()
    {
        var atasan = SkpBaru(JenisJabatan.Administrator);
        var rhkAtasan = atasan.TambahRhk(JenisRhk.Utama, "Laporan diterima");
        var naratif = atasan.TambahIndikator(rhkAtasan.Id, AspekIndikator.Kualitas, null, "Mutu laporan", null, null, "Diterima tanpa perbaikan", null);
        var skp = SkpBaru();

        Assert.Contains("tidak memiliki target berupa angka",
            Assert.Throws<DomainRuleException>(() => skp.TurunkanLangsung(rhkAtasan, JenisRhk.Utama, new Dictionary<Guid, decimal> { [naratif.Id] = 1 })).Message);
        Assert.Throws<DomainRuleException>(() => skp.TurunkanLangsung(rhkAtasan, JenisRhk.Utama, new Dictionary<Guid, decimal> { [Guid.NewGuid()] = 1 }));
        Assert.Empty(skp.Rhk);
    }

    [Fact]
    public void Direct_cascading_into_a_submitted_skp_or_a_jpt_skp_is_refused()
    {
        var (_, rhkAtasan) = Atasan();
        var diajukan = SkpBaru();
        diajukan.TurunkanLangsung(rhkAtasan, JenisRhk.Utama);
        diajukan.Ajukan(new PosisiSkp(Guid.NewGuid(), "Staf", JenisJabatan.Pelaksana, null, "", Guid.NewGuid(), "Kabid", "1"), false, Now);

        Assert.Contains("sedang diajukan", Assert.Throws<DomainRuleException>(() => diajukan.TurunkanLangsung(rhkAtasan, JenisRhk.Utama)).Message);
        Assert.Single(diajukan.Rhk);
        Assert.Throws<DomainRuleException>(() => SkpBaru(JenisJabatan.Jpt).TurunkanLangsung(rhkAtasan, JenisRhk.Utama));
    }

    [Fact]
    public void An_rhk_cannot_be_cascaded_into_its_own_skp()
    {
        var (skp, rhk) = Atasan();
        Assert.Throws<DomainRuleException>(() => skp.TurunkanLangsung(rhk, JenisRhk.Utama));
    }

    [Theory]
    [InlineData("100", 4, "25,25,25,25")]
    [InlineData("100", 3, "34,33,33")]
    [InlineData("2", 4, "1,1,0,0")]
    [InlineData("12.5", 2, "6.25,6.25")]
    [InlineData("10", 3, "4,3,3")]
    [InlineData("1.001", 2, "0.501,0.500")]
    [InlineData("0", 2, "0,0")]
    public void An_equal_split_adds_up_to_the_whole_target(string target, int jumlah, string harapan)
    {
        var t = decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture);
        var bagian = Skp.BagiRata(t, jumlah);
        Assert.Equal(harapan.Split(',').Select(x => decimal.Parse(x, System.Globalization.CultureInfo.InvariantCulture)), bagian);
        Assert.Equal(t, bagian.Sum());
    }

    [Fact]
    public void Splitting_among_nobody_or_a_negative_target_is_refused()
    {
        Assert.Throws<DomainRuleException>(() => Skp.BagiRata(10, 0));
        Assert.Throws<DomainRuleException>(() => Skp.BagiRata(-1, 2));
    }
}
