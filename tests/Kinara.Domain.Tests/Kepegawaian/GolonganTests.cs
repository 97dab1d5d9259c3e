using Kinara.Domain.Kepegawaian;

namespace Kinara.Domain.Tests.Kepegawaian;

public class GolonganTests
{
    public static TheoryData<string, string> PangkatPns => new()
    {
        { "I/a", "Juru Muda" },
        { "I/b", "Juru Muda Tingkat I" },
        { "I/c", "Juru" },
        { "I/d", "Juru Tingkat I" },
        { "II/a", "Pengatur Muda" },
        { "II/b", "Pengatur Muda Tingkat I" },
        { "II/c", "Pengatur" },
        { "II/d", "Pengatur Tingkat I" },
        { "III/a", "Penata Muda" },
        { "III/b", "Penata Muda Tingkat I" },
        { "III/c", "Penata" },
        { "III/d", "Penata Tingkat I" },
        { "IV/a", "Pembina" },
        { "IV/b", "Pembina Tingkat I" },
        { "IV/c", "Pembina Utama Muda" },
        { "IV/d", "Pembina Utama Madya" },
        { "IV/e", "Pembina Utama" },
    };

    [Fact]
    public void There_are_17_PNS_golongan_in_order_from_I_a_to_IV_e()
    {
        Assert.Equal(17, Golongan.Pns.Count);
        Assert.Equal(
            PangkatPns.Select(row => (string)row[0]),
            Golongan.Pns.Select(g => g.Kode));
        Assert.Equal(Enumerable.Range(1, 17), Golongan.Pns.Select(g => g.Urutan));
        Assert.All(Golongan.Pns, g => Assert.False(g.IsPppk));
    }

    [Theory]
    [MemberData(nameof(PangkatPns))]
    public void Every_PNS_golongan_has_its_pangkat(string kode, string pangkat)
    {
        var golongan = Golongan.Parse(kode);

        Assert.Equal(kode, golongan.Kode);
        Assert.Equal(pangkat, golongan.Pangkat);
        Assert.Equal($"{pangkat} ({kode})", golongan.Display);
    }

    [Fact]
    public void There_are_17_PPPK_golongan_I_to_XVII_without_pangkat()
    {
        Assert.Equal(
            ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"],
            Golongan.Pppk.Select(g => g.Kode));
        Assert.Equal(Enumerable.Range(1, 17), Golongan.Pppk.Select(g => g.Urutan));
        Assert.All(Golongan.Pppk, g =>
        {
            Assert.True(g.IsPppk);
            Assert.Null(g.Pangkat);
            Assert.Equal($"Golongan {g.Kode}", g.Display);
        });
    }

    [Theory]
    [InlineData("III/a")]
    [InlineData("III/A")]
    [InlineData("iii/a")]
    [InlineData("III a")]
    [InlineData("III-a")]
    [InlineData("IIIa")]
    [InlineData("3a")]
    [InlineData("3/a")]
    [InlineData("3 A")]
    [InlineData(" III / a ")]
    [InlineData("Gol. III/a")]
    [InlineData("golongan III/a")]
    [InlineData("Penata Muda (III/a)")]
    public void The_common_ways_of_writing_III_a_all_parse_to_the_canonical_golongan(string input)
    {
        Assert.True(Golongan.TryParse(input, out var golongan));
        Assert.Equal("III/a", golongan.Kode);
        Assert.Equal("Penata Muda", golongan.Pangkat);
        Assert.Same(Golongan.Pns[8], golongan);
    }

    [Theory]
    [InlineData("IX")]
    [InlineData("ix")]
    [InlineData(" IX ")]
    [InlineData("Golongan IX")]
    public void A_bare_roman_numeral_parses_as_a_PPPK_golongan(string input)
    {
        Assert.True(Golongan.TryParse(input, out var golongan));
        Assert.Equal("IX", golongan.Kode);
        Assert.True(golongan.IsPppk);
        Assert.Null(golongan.Pangkat);
    }

    [Fact]
    public void I_to_IV_without_a_ruang_are_PPPK_golongan()
    {
        Assert.True(Golongan.Parse("III").IsPppk);
        Assert.False(Golongan.Parse("III/a").IsPppk);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("III/f")]
    [InlineData("I/e")]
    [InlineData("III/e")]
    [InlineData("V/a")]
    [InlineData("5a")]
    [InlineData("XVIII")]
    [InlineData("IIII")]
    [InlineData("9")]
    [InlineData("Penata Muda")]
    [InlineData("abc")]
    public void Anything_else_does_not_parse(string? input)
    {
        Assert.False(Golongan.TryParse(input, out var golongan));
        Assert.Null(golongan);
    }

    [Fact]
    public void Parse_throws_a_domain_rule_exception_for_an_unknown_golongan()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Golongan.Parse("III/f"));

        Assert.Contains("III/f", ex.Message);
    }

    [Fact]
    public void Every_code_and_display_round_trips_through_TryParse()
    {
        foreach (var golongan in Golongan.Pns.Concat(Golongan.Pppk))
        {
            Assert.True(Golongan.TryParse(golongan.Kode, out var fromKode));
            Assert.Same(golongan, fromKode);
            Assert.True(Golongan.TryParse(golongan.Display, out var fromDisplay));
            Assert.Same(golongan, fromDisplay);
            Assert.Equal(golongan.Kode, golongan.ToString());
        }
    }

    [Fact]
    public void Golongan_have_value_equality()
    {
        Assert.Equal(Golongan.Parse("3a"), Golongan.Parse("III/a"));
        Assert.True(Golongan.Parse("iv/e") == Golongan.Pns[^1]);
        Assert.NotEqual(Golongan.Parse("III"), Golongan.Parse("III/a"));
        Assert.NotEqual(Golongan.Parse("IV"), Golongan.Parse("IV/a"));
    }

    [Fact]
    public void Ordering_by_urutan_follows_the_career_ladder()
    {
        var shuffled = new[] { "IV/a", "I/a", "III/d", "II/c", "III/a", "IV/e" }.Select(Golongan.Parse);

        Assert.Equal(
            ["I/a", "II/c", "III/a", "III/d", "IV/a", "IV/e"],
            shuffled.OrderBy(g => g.Urutan).Select(g => g.Kode));
        Assert.True(Golongan.Parse("III/d").Urutan < Golongan.Parse("IV/a").Urutan);
        Assert.True(Golongan.Parse("IX").Urutan < Golongan.Parse("XVII").Urutan);
    }
}
