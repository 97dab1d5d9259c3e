using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>The PDF's fonts cannot be found or read. The page tells the user in plain words; the log says which file.</summary>
public sealed class HurufTidakTersediaException(string message) : Exception(message);

/// <summary>
/// The two typefaces of the PDF, loaded once per process (an SKTypeface is immutable and safe to share between
/// requests). Loading is lazy so that a server without the fonts still starts and serves everything else.
/// </summary>
public sealed class HurufDokumen(IOptions<DokumenOptions> options, ILogger<HurufDokumen> logger) : IDisposable
{
    private readonly Lock _kunci = new();
    private (SKTypeface Reguler, SKTypeface Tebal)? _huruf;

    public (SKTypeface Reguler, SKTypeface Tebal) Ambil()
    {
        if (_huruf is { } h)
        {
            return h;
        }
        lock (_kunci)
        {
            _huruf ??= (Muat(options.Value.FontRegular, DokumenOptions.CalonReguler, nameof(DokumenOptions.FontRegular)),
                Muat(options.Value.FontBold, DokumenOptions.CalonTebal, nameof(DokumenOptions.FontBold)));
            return _huruf.Value;
        }
    }

    private SKTypeface Muat(string? diatur, IReadOnlyList<string> calon, string kunci)
    {
        // A configured path is used as given: silently falling back would print with a face the admin did not choose.
        var daftar = string.IsNullOrWhiteSpace(diatur) ? calon : [diatur];
        foreach (var path in daftar.Where(File.Exists))
        {
            if (SKTypeface.FromFile(path) is { } typeface)
            {
                return typeface;
            }
            logger.LogError("Font file {Path} exists but SkiaSharp cannot read it as a TrueType font", path);
        }
        logger.LogError(
            "No font for the SKP PDF ({Key}): none of {Paths} exists. Install the Debian package fonts-liberation (or fonts-dejavu-core), " +
            "or set {Section}:{Key} to a TrueType file", kunci, string.Join(", ", daftar), DokumenOptions.Section, kunci);
        throw new HurufTidakTersediaException($"Font for {kunci} not found.");
    }

    public void Dispose()
    {
        if (_huruf is { } h)
        {
            h.Reguler.Dispose();
            h.Tebal.Dispose();
        }
    }
}
