using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;

namespace Kinara.Web.Features.Api;

/// <summary>
/// Optimistic concurrency over HTTP: the ETag of an SKP (and of its RHK, indicators, lampiran) is the SKP's Versi; every
/// write names the version it was based on in If-Match. Missing → 428, another version → 412 — never a silent overwrite.
/// The version also guards the save itself (<see cref="SkpAlur.Sentuh"/>), so a write racing this one still gets 412.
/// </summary>
public static class ApiVersi
{
    public static string ETag(int versi) => $"\"{versi}\"";

    public static void Tulis(HttpContext http, int versi) => http.Response.Headers.ETag = ETag(versi);

    /// <summary>Null when If-Match names the SKP's current version; then the save is guarded by that version too.</summary>
    public static IResult? Periksa(HttpContext http, KinaraDbContext db, Skp skp)
    {
        var header = http.Request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return ApiMasalah.PerluIfMatch();
        }
        if (header == "*")
        {
            return ApiMasalah.PerluIfMatch("If-Match: * tidak diterima: sebutkan ETag SKP yang Anda baca (misalnya If-Match: \"3\").");
        }
        var cocok = header.Split(',').Select(Baca).Any(v => v == skp.Versi);
        if (!cocok)
        {
            return ApiMasalah.VersiBasi(skp.Versi);
        }
        SkpAlur.Sentuh(db, skp, skp.Versi);
        return null;
    }

    /// <summary>Whether If-None-Match names the current version (a client's cached copy is still good: 304).</summary>
    public static bool MasihSama(HttpContext http, int versi) =>
        http.Request.Headers.IfNoneMatch.ToString().Split(',').Select(Baca).Any(v => v == versi);

    private static int? Baca(string etag)
    {
        var s = etag.Trim();
        if (s.StartsWith("W/", StringComparison.Ordinal))
        {
            s = s[2..];
        }
        return int.TryParse(s.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
