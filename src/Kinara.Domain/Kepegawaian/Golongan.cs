using System.Diagnostics.CodeAnalysis;

namespace Kinara.Domain.Kepegawaian;

/// <summary>
/// Golongan/ruang with pangkat for PNS (I/a Juru Muda … IV/e Pembina Utama) and golongan I … XVII for PPPK
/// (no pangkat), DOMAIN.md §8.2. Instances come only from <see cref="Pns"/> and <see cref="Pppk"/>.
/// </summary>
public sealed record Golongan
{
    private static readonly string[] Romawi =
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

    private Golongan(string kode, string? pangkat, int urutan, bool isPppk)
    {
        Kode = kode;
        Pangkat = pangkat;
        Urutan = urutan;
        IsPppk = isPppk;
    }

    /// <summary>Canonical code: "III/a" for PNS, "IX" for PPPK.</summary>
    public string Kode { get; }

    /// <summary>Pangkat name for PNS ("Penata Muda"); null for PPPK.</summary>
    public string? Pangkat { get; }

    /// <summary>Order within its kind: 1 (I/a, or PPPK I) … 17 (IV/e, or PPPK XVII).</summary>
    public int Urutan { get; }

    public bool IsPppk { get; }

    /// <summary>"Penata Muda (III/a)" for PNS; "Golongan IX" for PPPK.</summary>
    public string Display => Pangkat is null ? $"Golongan {Kode}" : $"{Pangkat} ({Kode})";

    /// <summary>The 17 PNS golongan/ruang, I/a first.</summary>
    public static IReadOnlyList<Golongan> Pns { get; } = new[]
    {
        ("I/a", "Juru Muda"),
        ("I/b", "Juru Muda Tingkat I"),
        ("I/c", "Juru"),
        ("I/d", "Juru Tingkat I"),
        ("II/a", "Pengatur Muda"),
        ("II/b", "Pengatur Muda Tingkat I"),
        ("II/c", "Pengatur"),
        ("II/d", "Pengatur Tingkat I"),
        ("III/a", "Penata Muda"),
        ("III/b", "Penata Muda Tingkat I"),
        ("III/c", "Penata"),
        ("III/d", "Penata Tingkat I"),
        ("IV/a", "Pembina"),
        ("IV/b", "Pembina Tingkat I"),
        ("IV/c", "Pembina Utama Muda"),
        ("IV/d", "Pembina Utama Madya"),
        ("IV/e", "Pembina Utama"),
    }.Select((g, i) => new Golongan(g.Item1, g.Item2, i + 1, isPppk: false)).ToArray().AsReadOnly();

    /// <summary>The 17 PPPK golongan, I first.</summary>
    public static IReadOnlyList<Golongan> Pppk { get; } =
        Romawi.Select((r, i) => new Golongan(r, null, i + 1, isPppk: true)).ToArray().AsReadOnly();

    public override string ToString() => Kode;

    /// <summary>
    /// Accepts "III/a", "III/A", "iii/a", "III a", "III-a", "IIIa", "3a", "3/a", an optional "Gol."/"Golongan" prefix,
    /// the <see cref="Display"/> form "Penata Muda (III/a)", and a bare roman numeral "IX" for PPPK.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? input, [NotNullWhen(true)] out Golongan? golongan)
    {
        golongan = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var s = input.Trim();
        var open = s.LastIndexOf('(');
        if (open >= 0 && s.EndsWith(')'))
        {
            s = s[(open + 1)..^1];
        }

        s = new string(s.Where(c => !char.IsWhiteSpace(c) && c is not ('/' or '-' or '.')).ToArray()).ToUpperInvariant();
        if (s.StartsWith("GOLONGAN", StringComparison.Ordinal))
        {
            s = s["GOLONGAN".Length..];
        }
        else if (s.StartsWith("GOL", StringComparison.Ordinal))
        {
            s = s["GOL".Length..];
        }

        if (s.Length == 0)
        {
            return false;
        }

        var last = s[^1];
        if (last is >= 'A' and <= 'E' && s.Length >= 2)
        {
            var level = s[..^1] switch
            {
                "I" or "1" => 1,
                "II" or "2" => 2,
                "III" or "3" => 3,
                "IV" or "4" => 4,
                _ => 0,
            };
            if (level != 0)
            {
                var kode = $"{Romawi[level - 1]}/{char.ToLowerInvariant(last)}";
                golongan = Pns.FirstOrDefault(g => g.Kode == kode);
                return golongan is not null;
            }
        }

        var index = Array.IndexOf(Romawi, s);
        if (index >= 0)
        {
            golongan = Pppk[index];
            return true;
        }

        return false;
    }

    /// <summary>Parses or throws <see cref="DomainRuleException"/>.</summary>
    public static Golongan Parse(string? input) =>
        TryParse(input, out var golongan)
            ? golongan
            : throw new DomainRuleException($"golongan \"{input?.Trim()}\" tidak dikenal (contoh: III/a untuk PNS, IX untuk PPPK)");
}
