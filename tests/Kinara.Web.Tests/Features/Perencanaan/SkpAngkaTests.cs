using Kinara.Web.Features.Perencanaan.Shared;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>How the indicator form reads a typed target (Indonesian and phone-keyboard styles).</summary>
public sealed class SkpAngkaTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("1.000,5", 1000.5)]
    [InlineData("1000.5", 1000.5)]
    [InlineData("1.000", 1000)]
    [InlineData("12.500.000", 12500000)]
    [InlineData("2.5", 2.5)]
    [InlineData("0,75", 0.75)]
    [InlineData(" 100 % ", 100)]
    public void Indonesian_and_dot_decimal_numbers_are_read(string teks, double nilai)
    {
        Assert.True(Angka.TryBaca(teks, out var hasil));
        Assert.Equal((decimal)nilai, hasil);
    }

    [Theory]
    [InlineData("dua belas")]
    [InlineData("12 laporan")]
    [InlineData("1,2,3")]
    [InlineData("%")]
    public void Text_is_not_a_number(string teks) => Assert.False(Angka.TryBaca(teks, out _));

    [Fact]
    public void An_empty_target_is_no_number_rather_than_an_error()
    {
        Assert.True(Angka.TryBaca("  ", out var hasil));
        Assert.Null(hasil);
    }

    [Fact]
    public void A_stored_number_is_written_back_so_it_reads_the_same()
    {
        foreach (var d in new[] { 1000.5m, 12m, 0.25m, 1234567.8m })
        {
            Assert.True(Angka.TryBaca(Angka.Tulis(d), out var kembali));
            Assert.Equal(d, kembali);
        }
    }
}
