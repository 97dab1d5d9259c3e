namespace Kinara.Web.Features.Organisasi.Shared;

public static class Waktu
{
    /// <summary>Today's calendar date in WIB, the date an admin in the Pemda reads on the wall calendar.</summary>
    public static DateOnly HariIni(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));
}
