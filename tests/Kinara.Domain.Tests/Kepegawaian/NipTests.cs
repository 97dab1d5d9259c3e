using FsCheck;
using FsCheck.Fluent;
using Kinara.Domain.Kepegawaian;

namespace Kinara.Domain.Tests.Kepegawaian;

public class NipTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    private static NipParseResult Parse(string? input, JenisPegawai jenis = JenisPegawai.Pns) =>
        Nip.Parse(input, jenis, Today);

    private static string RejectionOf(string? input, JenisPegawai jenis = JenisPegawai.Pns)
    {
        var result = Parse(input, jenis);
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Empty(result.Warnings);
        return result.Error;
    }

    private static string SingleWarningOf(string input, JenisPegawai jenis = JenisPegawai.Pns)
    {
        var result = Parse(input, jenis);
        Assert.True(result.IsValid, result.Error);
        return Assert.Single(result.Warnings);
    }

    [Fact]
    public void The_example_of_Perka_BKN_22_2007_parses_with_all_its_parts()
    {
        var result = Parse("19660801 198803 1 001");

        Assert.True(result.IsValid);
        Assert.Null(result.Error);
        Assert.Empty(result.Warnings);
        var nip = result.Value;
        Assert.Equal("196608011988031001", nip.Value);
        Assert.Equal("196608011988031001", nip.ToString());
        Assert.Equal("19660801 198803 1 001", nip.Formatted);
        Assert.Equal(new DateOnly(1966, 8, 1), nip.TanggalLahir);
        Assert.Equal(new DateOnly(1988, 3, 1), nip.TmtCpns);
        Assert.Equal(JenisKelamin.Pria, nip.JenisKelamin);
        Assert.Equal("001", nip.NomorUrut);
        Assert.False(nip.IsNiPppk);
    }

    [Fact]
    public void Gender_code_2_is_read_as_wanita_without_the_NIK_plus_40_rule()
    {
        var nip = Parse("198505122010012003").GetValueOrThrow();

        Assert.Equal(JenisKelamin.Wanita, nip.JenisKelamin);
        Assert.Equal(new DateOnly(1985, 5, 12), nip.TanggalLahir);
    }

    [Fact]
    public void A_birth_day_with_the_NIK_plus_40_for_women_is_rejected_as_an_invalid_date()
    {
        Assert.Equal("tanggal lahir 19850552 tidak valid", RejectionOf("198505522010012003"));
    }

    [Theory]
    [InlineData("19660801 198803 1 001")]
    [InlineData("19660801.198803.1.001")]
    [InlineData("19660801-198803-1-001")]
    [InlineData("  196608011988031001  ")]
    [InlineData("1966 0801 1988 0310 01")]
    public void Spaces_dots_and_dashes_are_stripped(string input)
    {
        var result = Parse(input);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal("196608011988031001", result.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" . - ")]
    public void An_empty_NIP_is_rejected_as_required(string? input)
    {
        Assert.Equal("NIP wajib diisi", RejectionOf(input));
    }

    [Fact]
    public void A_NIP_of_17_digits_is_rejected_naming_the_digit_count()
    {
        Assert.Equal("NIP harus 18 digit angka (ditemukan 17 digit)", RejectionOf("19660801 198803 1 01"));
    }

    [Fact]
    public void A_NIP_of_19_digits_is_rejected_naming_the_digit_count()
    {
        Assert.Equal("NIP harus 18 digit angka (ditemukan 19 digit)", RejectionOf("19660801 198803 1 0011"));
    }

    [Fact]
    public void A_NIP_with_a_letter_is_rejected_as_digits_only()
    {
        var error = RejectionOf("19660801 198803 1 0O1");

        Assert.StartsWith("NIP hanya boleh berisi angka", error);
        Assert.Contains("'O'", error);
    }

    [Fact]
    public void Non_ascii_digits_are_rejected_as_digits_only()
    {
        Assert.StartsWith("NIP hanya boleh berisi angka", RejectionOf("١٩٦٦٠٨٠١١٩٨٨٠٣١٠٠١"));
    }

    [Fact]
    public void A_birth_date_of_month_13_is_rejected_naming_the_date()
    {
        Assert.Equal("tanggal lahir 19661301 tidak valid", RejectionOf("19661301 198803 1 001"));
    }

    [Theory]
    [InlineData("19660230 198803 1 001", "19660230")]
    [InlineData("19670229 198803 1 001", "19670229")]
    [InlineData("19660800 198803 1 001", "19660800")]
    [InlineData("00000801 198803 1 001", "00000801")]
    public void A_birth_date_that_is_not_a_calendar_date_is_rejected_naming_the_date(string input, string part)
    {
        Assert.Equal($"tanggal lahir {part} tidak valid", RejectionOf(input));
    }

    [Fact]
    public void A_leap_day_birth_date_is_accepted()
    {
        Assert.Equal(new DateOnly(1968, 2, 29), Parse("19680229 199003 1 001").GetValueOrThrow().TanggalLahir);
    }

    [Theory]
    [InlineData("19660801 198813 1 001", "198813")]
    [InlineData("19660801 198800 1 001", "198800")]
    public void A_TMT_CPNS_month_outside_01_to_12_is_rejected_naming_the_TMT(string input, string part)
    {
        Assert.Equal($"bulan TMT CPNS {part} tidak valid", RejectionOf(input));
    }

    [Fact]
    public void A_TMT_CPNS_year_0000_is_rejected_naming_the_TMT()
    {
        Assert.Equal("tahun TMT CPNS 000003 tidak valid", RejectionOf("19660801 000003 1 001"));
    }

    [Theory]
    [InlineData('0')]
    [InlineData('3')]
    [InlineData('9')]
    public void A_gender_code_other_than_1_or_2_is_rejected_naming_the_code(char code)
    {
        Assert.Equal(
            $"kode jenis kelamin {code} tidak valid (harus 1 atau 2)",
            RejectionOf($"19660801 198803 {code} 001"));
    }

    [Fact]
    public void A_TMT_year_not_after_the_birth_year_is_a_warning_not_a_rejection()
    {
        Assert.Equal("tahun TMT CPNS 1966 tidak setelah tahun lahir 1966", SingleWarningOf("19660801 196612 1 001"));
    }

    [Fact]
    public void An_age_below_18_at_TMT_is_a_warning_not_a_rejection()
    {
        Assert.Equal("usia saat TMT CPNS 16 tahun, di luar 18–35 tahun", SingleWarningOf("19660801 198208 1 001"));
    }

    [Fact]
    public void An_age_above_35_at_TMT_is_a_warning_not_a_rejection()
    {
        Assert.Equal("usia saat TMT CPNS 40 tahun, di luar 18–35 tahun", SingleWarningOf("19660801 200608 1 001"));
    }

    [Theory]
    [InlineData("19660815 198408 1 001")] // turns 18 within the TMT month
    [InlineData("19660815 200208 1 001")] // still 35 on the first of the TMT month
    [InlineData("19660801 200207 1 001")]
    public void The_age_at_TMT_gives_the_benefit_of_the_doubt_within_the_TMT_month(string input)
    {
        var result = Parse(input);

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_TMT_in_the_future_is_a_warning_not_a_rejection()
    {
        Assert.Equal("TMT CPNS 202507 berada di masa depan", SingleWarningOf("20000101 202507 2 001"));
    }

    [Fact]
    public void A_TMT_in_the_current_month_is_not_in_the_future()
    {
        Assert.Empty(Parse("20000101 202506 2 001").Warnings);
    }

    [Fact]
    public void A_birth_date_in_the_future_is_a_warning_not_a_rejection()
    {
        var result = Parse("20300101 205001 1 001");

        Assert.True(result.IsValid);
        Assert.Contains("tanggal lahir 20300101 berada di masa depan", result.Warnings);
        Assert.Contains("TMT CPNS 205001 berada di masa depan", result.Warnings);
    }

    [Fact]
    public void An_age_above_70_is_a_warning_not_a_rejection()
    {
        Assert.Equal("usia saat ini 75 tahun, melebihi 70 tahun", SingleWarningOf("19500101 197501 1 001"));
    }

    [Fact]
    public void Nomor_urut_000_is_a_warning_not_a_rejection()
    {
        Assert.Equal("nomor urut 000 tidak lazim (biasanya mulai dari 001)", SingleWarningOf("19660801 198803 1 000"));
    }

    [Fact]
    public void Warnings_accumulate()
    {
        var result = Parse("19500101 195001 1 000");

        Assert.True(result.IsValid);
        Assert.Equal(3, result.Warnings.Count);
    }

    [Fact]
    public void Cpns_are_validated_like_Pns()
    {
        Assert.Equal(
            "kode jenis kelamin 3 tidak valid (harus 1 atau 2)",
            RejectionOf("19990101 202401 3 001", JenisPegawai.Cpns));
    }

    [Theory]
    [InlineData(JenisPegawai.Pppk)]
    [InlineData(JenisPegawai.PppkParuhWaktu)]
    public void An_NI_PPPK_skips_the_TMT_and_gender_checks(JenisPegawai jenis)
    {
        var result = Parse("19900512 2025 21 3 000", jenis);

        Assert.True(result.IsValid, result.Error);
        Assert.Empty(result.Warnings);
        var nip = result.Value;
        Assert.True(nip.IsNiPppk);
        Assert.Equal(new DateOnly(1990, 5, 12), nip.TanggalLahir);
        Assert.Null(nip.TmtCpns);
        Assert.Null(nip.JenisKelamin);
        Assert.Equal("199005122025213000", nip.Value);
    }

    [Fact]
    public void An_NI_PPPK_still_needs_a_valid_birth_date()
    {
        Assert.Equal("tanggal lahir 19901312 tidak valid", RejectionOf("199013122025211001", JenisPegawai.Pppk));
    }

    [Fact]
    public void An_NI_PPPK_still_needs_18_digits()
    {
        Assert.Equal(
            "NIP harus 18 digit angka (ditemukan 16 digit)",
            RejectionOf("1990051220252110", JenisPegawai.Pppk));
        Assert.StartsWith("NIP hanya boleh berisi angka", RejectionOf("19900512202521100X", JenisPegawai.Pppk));
    }

    [Fact]
    public void An_NI_PPPK_still_warns_about_a_birth_date_in_the_future()
    {
        Assert.Equal(
            "tanggal lahir 20300101 berada di masa depan",
            SingleWarningOf("203001012025211001", JenisPegawai.PppkParuhWaktu));
    }

    [Fact]
    public void Create_returns_the_NIP_when_valid()
    {
        Assert.Equal("196608011988031001", Nip.Create("19660801 198803 1 001").Value);
    }

    [Fact]
    public void Create_throws_a_domain_rule_exception_with_the_error_message()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Nip.Create("19661301 198803 1 001"));

        Assert.Equal("tanggal lahir 19661301 tidak valid", ex.Message);
    }

    [Fact]
    public void GetValueOrThrow_on_an_invalid_result_throws_a_domain_rule_exception()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Parse("123").GetValueOrThrow());

        Assert.Equal("NIP harus 18 digit angka (ditemukan 3 digit)", ex.Message);
    }

    [Fact]
    public void TryParse_succeeds_for_a_valid_NIP_even_with_warnings()
    {
        Assert.True(Nip.TryParse("19660801 198803 1 000", out var nip));
        Assert.Equal("196608011988031000", nip.Value);
    }

    [Fact]
    public void TryParse_fails_for_an_invalid_NIP()
    {
        Assert.False(Nip.TryParse("19660801 198813 1 001", out var nip));
        Assert.Null(nip);
    }

    [Fact]
    public void TryParse_with_a_PPPK_jenis_skips_the_gender_check()
    {
        Assert.False(Nip.TryParse("199005122025213001", out _));
        Assert.True(Nip.TryParse("199005122025213001", JenisPegawai.Pppk, out var nip));
        Assert.True(nip.IsNiPppk);
    }

    [Theory]
    [InlineData("150123456")]
    [InlineData("150 123 456")]
    [InlineData("150.123.456")]
    public void A_9_digit_NIP_lama_is_recognised_by_IsNipLama(string input)
    {
        Assert.True(Nip.IsNipLama(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("15012345")]
    [InlineData("1501234567")]
    [InlineData("15012345X")]
    [InlineData("196608011988031001")]
    public void Anything_else_is_not_a_NIP_lama(string? input)
    {
        Assert.False(Nip.IsNipLama(input));
    }

    [Fact]
    public void A_NIP_lama_is_not_accepted_as_a_NIP_and_the_error_says_so()
    {
        var error = RejectionOf("150 123 456");

        Assert.Equal(
            "NIP harus 18 digit angka (ditemukan 9 digit; NIP lama 9 digit tidak diterima, gunakan NIP baru 18 digit)",
            error);
    }

    [Fact]
    public void NIPs_with_the_same_digits_are_equal_whatever_the_input_formatting()
    {
        var a = Nip.Create("19660801 198803 1 001");
        var b = Nip.Create("196608011988031001");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Nip.Create("196608011988031002"));
    }

    public sealed record ValidCase(DateOnly Lahir, DateOnly Tmt, int Gender, int Urut, DateOnly Today)
    {
        public string Digits => FormattableString.Invariant($"{Lahir:yyyyMMdd}{Tmt:yyyyMM}{Gender}{Urut:000}");

        public override string ToString() => $"{Digits} (today {Today:yyyy-MM-dd})";
    }

    private static Arbitrary<ValidCase> ValidCases()
    {
        var start = new DateOnly(1950, 1, 1);
        var days = new DateOnly(2005, 12, 31).DayNumber - start.DayNumber;
        var gen =
            from dayOffset in Gen.Choose(0, days)
            from yearsLater in Gen.Choose(Nip.UsiaMinimalCpns, Nip.UsiaMaksimalCpns)
            from gender in Gen.Choose(1, 2)
            from urut in Gen.Choose(1, 999)
            from monthsAfterTmt in Gen.Choose(0, 12 * 30)
            let lahir = start.AddDays(dayOffset)
            let tmtDay = lahir.AddYears(yearsLater)
            let tmt = new DateOnly(tmtDay.Year, tmtDay.Month, 1)
            select new ValidCase(lahir, tmt, gender, urut, tmt.AddMonths(monthsAfterTmt));
        return gen.ToArbitrary();
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Any_plausible_composed_NIP_parses_valid_without_warnings_and_round_trips_its_parts() =>
        Prop.ForAll(ValidCases(), c =>
        {
            var result = Nip.Parse(c.Digits, JenisPegawai.Pns, c.Today);
            return result.IsValid
                && result.Warnings.Count == 0
                && result.Value.Value == c.Digits
                && result.Value.ToString() == c.Digits
                && result.Value.TanggalLahir == c.Lahir
                && result.Value.TmtCpns == c.Tmt
                && result.Value.JenisKelamin == (JenisKelamin)c.Gender
                && result.Value.NomorUrut == c.Urut.ToString("000", System.Globalization.CultureInfo.InvariantCulture)
                && result.Value.Formatted.Replace(" ", "", StringComparison.Ordinal) == c.Digits
                && Nip.Parse(result.Value.Formatted, JenisPegawai.Pns, c.Today).Value == result.Value;
        });
}
