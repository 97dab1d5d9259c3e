using Kinara.Web.Infrastructure.Files;

namespace Kinara.Web.Infrastructure;

/// <summary>Services and endpoints of the features. One line per feature keeps the wiring easy to read.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddKinaraFeatures(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<FileStorageOptions>().BindConfiguration(FileStorageOptions.Section);
        services.AddSingleton<IFileStorage, LocalFileStorage>();
        Features.Organisasi.Struktur.StrukturRegistration.AddStruktur(services); // position tree in memory per Instansi (+ PosisiService), evicted on write
        Cache.CacheRegistration.AddKinaraCache(services); // per-tenant settings (2FA, reviu), monitoring counts (Kinara:Monitoring:CacheDetik)
        Features.Organisasi.Impor.ImporRegistration.AddImpor(services); // options, processor, background worker
        Features.Perencanaan.Dokumen.DokumenRegistration.AddDokumen(services); // SKP PDF fonts, QR verification tokens
        Features.Api.ApiRegistration.AddKinaraApi(services, config); // /api/v1: bearer tokens, JSON options, OpenAPI document
        services.Configure<Microsoft.AspNetCore.Identity.SecurityStampValidatorOptions>(Auth.SecurityStampClaims.PreserveAmr);
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new HandlerTidakDikenalFilter())); // 405/404, not a 500
        return services;
    }

    public static IEndpointRouteBuilder MapKinaraEndpoints(this IEndpointRouteBuilder app)
    {
        Features.Api.ApiRegistration.MapKinaraApi(app); // /api/v1/... and /openapi/v1.json
        Bench.BatasEndpoint.MapJikaAktif(app); // load-benchmark yardstick: mapped only with Kinara:Bench:Batas=true, never in a deployment
        return app;
    }
}
