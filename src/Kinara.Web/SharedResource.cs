namespace Kinara.Web;

/// <summary>
/// Marker for the UI strings. Keys are the Indonesian text itself (the default language);
/// Resources/SharedResource.en.resx holds the English translations.
/// </summary>
public sealed class SharedResource;
