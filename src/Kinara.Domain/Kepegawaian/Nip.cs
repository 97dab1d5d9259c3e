using System.Diagnostics.CodeAnalysis;

namespace Kinara.Domain.Kepegawaian;

/// <summary>Jenis kelamin as coded in digit 15 of the NIP PNS (DOMAIN.md §8.1).</summary>
public enum JenisKelamin
{
    Pria = 1,
    Wanita = 2,
}

/// <summary>
/// The 18-digit NIP PNS (Perka BKN 22/2007, DOMAIN.md §8.1):
/// <c>YYYYMMDD</c> tanggal lahir + <c>YYYYMM</c> TMT CPNS + <c>G</c> (1 pria, 2 wanita) + <c>NNN</c> nomor urut.
/// Also carries an 18-digit NI PPPK, whose segment layout is unconfirmed: only the tanggal lahir is read from it.
/// There is no check digit. Real data contains historic inconsistencies, so plausibility problems
/// (age at TMT, dates in the future, nomor urut 000) are warnings, never rejections.
/// Equality is by the 18 digits only.
/// </summary>
public sealed class Nip : IEquatable<Nip>
{
    public const int Panjang = 18;
    public const int PanjangNipLama = 9;
    public const int UsiaMinimalCpns = 18;
    public const int UsiaMaksimalCpns = 35;
    public const int UsiaMaksimalWajar = 70;

    private Nip(string value, DateOnly tanggalLahir, DateOnly? tmtCpns, JenisKelamin? jenisKelamin, bool isNiPppk)
    {
        Value = value;
        TanggalLahir = tanggalLahir;
        TmtCpns = tmtCpns;
        JenisKelamin = jenisKelamin;
        IsNiPppk = isNiPppk;
    }

    /// <summary>The 18 digits, no separators.</summary>
    public string Value { get; }

    /// <summary>Digits 1–8.</summary>
    public DateOnly TanggalLahir { get; }

    /// <summary>Digits 9–14 as the first day of the TMT CPNS month; null for an NI PPPK.</summary>
    public DateOnly? TmtCpns { get; }

    /// <summary>Digit 15; null for an NI PPPK.</summary>
    public JenisKelamin? JenisKelamin { get; }

    /// <summary>True when parsed as an NI PPPK (jenis Pppk or PppkParuhWaktu).</summary>
    public bool IsNiPppk { get; }

    /// <summary>Digits 16–18, e.g. "001".</summary>
    public string NomorUrut => Value[15..];

    /// <summary>Display form "19660801 198803 1 001".</summary>
    public string Formatted => $"{Value[..8]} {Value[8..14]} {Value[14]} {Value[15..]}";

    /// <summary>The raw 18 digits.</summary>
    public override string ToString() => Value;

    public bool Equals(Nip? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Nip other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public static bool operator ==(Nip? left, Nip? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Nip? left, Nip? right) => !(left == right);

    /// <summary>
    /// Parses a NIP (or NI PPPK for <paramref name="jenis"/> Pppk/PppkParuhWaktu). Spaces, dots and dashes are ignored.
    /// <paramref name="today"/> defaults to the local date and is only used for the plausibility warnings.
    /// </summary>
    public static NipParseResult Parse(string? input, JenisPegawai jenis = JenisPegawai.Pns, DateOnly? today = null)
    {
        var digits = Normalize(input);
        if (digits.Length == 0)
        {
            return NipParseResult.Invalid("NIP wajib diisi");
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return NipParseResult.Invalid($"NIP hanya boleh berisi angka (ditemukan karakter '{c}')");
            }
        }

        if (digits.Length != Panjang)
        {
            var hint = digits.Length == PanjangNipLama ? "; NIP lama 9 digit tidak diterima, gunakan NIP baru 18 digit" : "";
            return NipParseResult.Invalid($"NIP harus 18 digit angka (ditemukan {digits.Length} digit{hint})");
        }

        var lahirText = digits[..8];
        if (!TryDate(lahirText, out var tanggalLahir))
        {
            return NipParseResult.Invalid($"tanggal lahir {lahirText} tidak valid");
        }

        var hariIni = today ?? DateOnly.FromDateTime(DateTime.Today);
        var warnings = new List<string>();
        AddBirthWarnings(tanggalLahir, lahirText, hariIni, warnings);

        if (jenis is JenisPegawai.Pppk or JenisPegawai.PppkParuhWaktu)
        {
            return NipParseResult.Valid(new Nip(digits, tanggalLahir, null, null, isNiPppk: true), warnings);
        }

        var tmtText = digits[8..14];
        var tmtYear = int.Parse(tmtText[..4], System.Globalization.CultureInfo.InvariantCulture);
        var tmtMonth = int.Parse(tmtText[4..], System.Globalization.CultureInfo.InvariantCulture);
        if (tmtMonth is < 1 or > 12)
        {
            return NipParseResult.Invalid($"bulan TMT CPNS {tmtText} tidak valid");
        }

        if (tmtYear < 1)
        {
            return NipParseResult.Invalid($"tahun TMT CPNS {tmtText} tidak valid");
        }

        var tmt = new DateOnly(tmtYear, tmtMonth, 1);

        var kodeKelamin = digits[14];
        if (kodeKelamin is not ('1' or '2'))
        {
            return NipParseResult.Invalid($"kode jenis kelamin {kodeKelamin} tidak valid (harus 1 atau 2)");
        }

        var kelamin = kodeKelamin == '1' ? Kepegawaian.JenisKelamin.Pria : Kepegawaian.JenisKelamin.Wanita;

        AddTmtWarnings(tanggalLahir, tmt, tmtText, hariIni, warnings);

        if (digits[15..] == "000")
        {
            warnings.Add("nomor urut 000 tidak lazim (biasanya mulai dari 001)");
        }

        return NipParseResult.Valid(new Nip(digits, tanggalLahir, tmt, kelamin, isNiPppk: false), warnings);
    }

    /// <summary>True when <paramref name="input"/> parses as a NIP PNS (warnings are ignored).</summary>
    public static bool TryParse([NotNullWhen(true)] string? input, [NotNullWhen(true)] out Nip? nip) =>
        TryParse(input, JenisPegawai.Pns, out nip);

    /// <summary>True when <paramref name="input"/> parses for the given jenis pegawai (warnings are ignored).</summary>
    public static bool TryParse([NotNullWhen(true)] string? input, JenisPegawai jenis, [NotNullWhen(true)] out Nip? nip)
    {
        var result = Parse(input, jenis);
        nip = result.Value;
        return result.IsValid;
    }

    /// <summary>Parses or throws <see cref="DomainRuleException"/> with the Indonesian error message.</summary>
    public static Nip Create(string? input, JenisPegawai jenis = JenisPegawai.Pns) => Parse(input, jenis).GetValueOrThrow();

    /// <summary>True for a legacy 9-digit NIP lama (e.g. "150 123 456"). Such a number is never accepted as a <see cref="Nip"/>.</summary>
    public static bool IsNipLama([NotNullWhen(true)] string? input)
    {
        var digits = Normalize(input);
        return digits.Length == PanjangNipLama && digits.All(char.IsAsciiDigit);
    }

    private static string Normalize(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return "";
        }

        var sb = new System.Text.StringBuilder(input.Length);
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c) || c is '.' or '-' or '\u2013' or '\u2014')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool TryDate(string yyyymmdd, out DateOnly date) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out date);

    private static void AddBirthWarnings(DateOnly lahir, string lahirText, DateOnly hariIni, List<string> warnings)
    {
        if (lahir > hariIni)
        {
            warnings.Add($"tanggal lahir {lahirText} berada di masa depan");
            return;
        }

        var usia = UsiaPada(lahir, hariIni);
        if (usia > UsiaMaksimalWajar)
        {
            warnings.Add($"usia saat ini {usia} tahun, melebihi {UsiaMaksimalWajar} tahun");
        }
    }

    private static void AddTmtWarnings(DateOnly lahir, DateOnly tmt, string tmtText, DateOnly hariIni, List<string> warnings)
    {
        if (tmt.Year <= lahir.Year)
        {
            warnings.Add($"tahun TMT CPNS {tmt.Year} tidak setelah tahun lahir {lahir.Year}");
        }
        else
        {
            // The TMT is known only to the month: give the benefit of the doubt on both bounds.
            var usiaAwalBulan = UsiaPada(lahir, tmt);
            var usiaAkhirBulan = UsiaPada(lahir, tmt.AddMonths(1).AddDays(-1));
            if (usiaAkhirBulan < UsiaMinimalCpns)
            {
                warnings.Add($"usia saat TMT CPNS {usiaAkhirBulan} tahun, di luar {UsiaMinimalCpns}–{UsiaMaksimalCpns} tahun");
            }
            else if (usiaAwalBulan > UsiaMaksimalCpns)
            {
                warnings.Add($"usia saat TMT CPNS {usiaAwalBulan} tahun, di luar {UsiaMinimalCpns}–{UsiaMaksimalCpns} tahun");
            }
        }

        if (tmt > hariIni)
        {
            warnings.Add($"TMT CPNS {tmtText} berada di masa depan");
        }
    }

    private static int UsiaPada(DateOnly lahir, DateOnly pada)
    {
        var usia = pada.Year - lahir.Year;
        if (pada.Month < lahir.Month || (pada.Month == lahir.Month && pada.Day < lahir.Day))
        {
            usia--;
        }

        return usia;
    }
}

/// <summary>Outcome of <see cref="Nip.Parse"/>: either a <see cref="Nip"/> with plausibility warnings, or an error.</summary>
public sealed class NipParseResult
{
    private static readonly IReadOnlyList<string> NoWarnings = [];

    private NipParseResult(Nip? value, string? error, IReadOnlyList<string> warnings)
    {
        Value = value;
        Error = error;
        Warnings = warnings;
    }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Value is not null;

    /// <summary>The parsed NIP, or null when invalid.</summary>
    public Nip? Value { get; }

    /// <summary>The Indonesian rejection message, or null when valid.</summary>
    public string? Error { get; }

    /// <summary>Plausibility warnings (Indonesian); the NIP is still accepted. Empty when invalid.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The parsed NIP; throws <see cref="DomainRuleException"/> with <see cref="Error"/> when invalid.</summary>
    public Nip GetValueOrThrow() => Value ?? throw new DomainRuleException(Error!);

    internal static NipParseResult Valid(Nip nip, List<string> warnings) =>
        new(nip, null, warnings.Count == 0 ? NoWarnings : warnings.AsReadOnly());

    internal static NipParseResult Invalid(string error) => new(null, error, NoWarnings);
}
