using System.Globalization;
using System.Text.RegularExpressions;

namespace Kinara.Web.Features.Perencanaan.Shared;

/// <summary>
/// Reads a number typed by a pegawai: Indonesian "1.000,5" as well as "1000.5" (phones often offer only a dot).
/// A dot alone is a thousands separator only in the 1.000 / 12.500.000 pattern; otherwise it is the decimal point.
/// </summary>
public static partial class Angka
{
    private static readonly CultureInfo Id = new("id-ID");

    public static bool TryBaca(string? teks, out decimal? nilai)
    {
        nilai = null;
        if (string.IsNullOrWhiteSpace(teks))
        {
            return true;
        }
        var s = teks.Trim().Replace(" ", "").Replace("\u00A0", "").TrimEnd('%');
        if (s.Length == 0)
        {
            return false;
        }
        bool ok;
        decimal d;
        if (s.Contains(','))
        {
            ok = decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, Id, out d);
        }
        else if (RibuanBertitik().IsMatch(s))
        {
            ok = decimal.TryParse(s.Replace(".", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out d);
        }
        else
        {
            ok = decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out d);
        }
        if (ok)
        {
            nilai = d;
        }
        return ok;
    }

    /// <summary>How a stored number is shown in an input so that <see cref="TryBaca"/> reads it back the same.</summary>
    public static string Tulis(decimal? nilai) => nilai is { } d ? d.ToString("#,##0.####", Id) : "";

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$")]
    private static partial Regex RibuanBertitik();
}
