using System.Globalization;
using System.Text.RegularExpressions;

namespace Kinara.Web.Features.Perencanaan.Pustaka;

/// <summary>
/// Targets typed by people used to Indonesian number formats ("85,5", "1.200") and by people who are not ("85.5").
/// Model binding in the id-ID culture would read "85.5" as 855, so target fields are bound as text and parsed here.
/// </summary>
public static partial class Angka
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>True for an empty field (<paramref name="nilai"/> null) or a number; false for anything else.</summary>
    public static bool TryParse(string? teks, out decimal? nilai)
    {
        nilai = null;
        if (string.IsNullOrWhiteSpace(teks))
        {
            return true;
        }
        var s = teks.Trim().Replace(" ", "").Replace("%", "");
        if (s.Contains(','))
        {
            // "1.250,5": dots group thousands, the comma is the decimal mark.
            s = s.Replace(".", "").Replace(',', '.');
        }
        else if (RibuanBertitik().IsMatch(s))
        {
            s = s.Replace(".", ""); // "1.200" is twelve hundred, the way it is written on Indonesian documents
        }
        if (decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
        {
            nilai = d;
            return true;
        }
        return false;
    }

    /// <summary>A target as Indonesians write it: "1.200", "85,5".</summary>
    public static string Tampil(decimal? nilai) => nilai is { } d ? d.ToString("#,0.##", Id) : "";

    /// <summary>A target with its unit, or the narrative target when there is no number.</summary>
    public static string Target(decimal? nilai, string? satuan, string? teks = null) =>
        nilai is null ? teks ?? "" : $"{Tampil(nilai)} {satuan}".Trim();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex RibuanBertitik();
}
