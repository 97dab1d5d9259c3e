using System.Diagnostics;

namespace Kinara.Web.Infrastructure;

/// <summary>
/// The app's background work (audit sealer, import worker) runs inside an <see cref="Activity"/> of this source, so a
/// trace, or the tests' query counter, can tell its database commands from those of a request. Without a listener
/// (a normal deployment) <c>StartActivity</c> returns null and costs nothing.
/// </summary>
public static class KerjaLatar
{
    public const string Nama = "Kinara.Latar";

    public static readonly ActivitySource Sumber = new(Nama);

    /// <summary>Whether the code running now belongs to background work (the current activity or one of its parents).</summary>
    public static bool SedangBerjalan()
    {
        for (var a = Activity.Current; a is not null; a = a.Parent)
        {
            if (a.Source.Name == Nama)
            {
                return true;
            }
        }
        return false;
    }
}
