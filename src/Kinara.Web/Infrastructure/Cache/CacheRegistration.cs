using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Infrastructure.Cache;

/// <summary>The in-process caches: per-tenant settings, short-lived statistics, and the settings of the pages that use them.</summary>
public static class CacheRegistration
{
    public static IServiceCollection AddKinaraCache(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<PengaturanInstansiCache>();
        services.AddSingleton<PengaturanInstansiInterceptor>();
        services.AddSingleton<HitunganCache>();
        services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section);
        // Both provider contexts: a saved Instansi row evicts its cached settings, whichever page or job saved it.
        services.ConfigureDbContext<PostgresKinaraDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<PengaturanInstansiInterceptor>()));
        services.ConfigureDbContext<SqliteKinaraDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<PengaturanInstansiInterceptor>()));
        return services;
    }
}
