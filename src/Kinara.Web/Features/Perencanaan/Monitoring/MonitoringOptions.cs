namespace Kinara.Web.Features.Perencanaan.Monitoring;

/// <summary>Settings of the monitoring pages (<c>Kinara:Monitoring</c>).</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Kinara:Monitoring";

    /// <summary>
    /// How long the counts of a (Instansi, tahun, unit) stay in memory, in seconds; 0 turns the cache off. Monitoring is a
    /// statistics view watched by many admins at month-end: figures up to this old are acceptable, and the page says so.
    /// </summary>
    public int CacheDetik { get; set; } = 30;

    /// <summary>How often one user may force a recount with "Perbarui", in seconds.</summary>
    public int JedaPerbaruiDetik { get; set; } = 10;
}
