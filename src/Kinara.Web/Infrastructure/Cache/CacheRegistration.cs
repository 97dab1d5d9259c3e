using Kinara.Web.Features.Perencanaan.Monitoring;

namespace Kinara.Web.Infrastructure.Cache;

/// <summary>The in-process caches: per-tenant settings, short-lived statistics, and the settings of the pages that use them.</summary>
public static class CacheRegistration
{
    public static IServiceCollection AddKinaraCache(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<PengaturanInstansiCache>();
        services.AddSingleton<HitunganCache>();
        services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section);
        return services;
    }
}
