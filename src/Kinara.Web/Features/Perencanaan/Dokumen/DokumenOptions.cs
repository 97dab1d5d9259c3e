namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>
/// Settings of the SKP documents (section Kinara:Dokumen). SkiaSharp is used without fontconfig (the NoDependencies
/// native assets), so it cannot look fonts up by name: the PDF needs TrueType files by path. Empty = the first file
/// found among <see cref="CalonReguler"/> / <see cref="CalonTebal"/>, i.e. Debian's fonts-liberation or
/// fonts-dejavu-core packages. Font files are never committed to the repository.
/// </summary>
public sealed class DokumenOptions
{
    public const string Section = "Kinara:Dokumen";

    public string? FontRegular { get; set; }
    public string? FontBold { get; set; }

    /// <summary>Liberation Sans has Arial's metrics, the face most government forms are set in; DejaVu Sans as fallback.</summary>
    public static readonly IReadOnlyList<string> CalonReguler =
    [
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ];

    public static readonly IReadOnlyList<string> CalonTebal =
    [
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ];
}
