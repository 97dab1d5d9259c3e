using Kinara.Web.Infrastructure.Files;

namespace Kinara.Web.Infrastructure;

/// <summary>Services and endpoints of the features. One line per feature keeps the wiring easy to read.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddKinaraFeatures(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<FileStorageOptions>().BindConfiguration(FileStorageOptions.Section);
        services.AddSingleton<IFileStorage, LocalFileStorage>();
        services.AddScoped<Features.Organisasi.PosisiService>();
        Features.Organisasi.Impor.ImporRegistration.AddImpor(services); // options, processor, background worker
        Features.Perencanaan.Dokumen.DokumenRegistration.AddDokumen(services); // SKP PDF fonts, QR verification tokens
        services.Configure<Microsoft.AspNetCore.Identity.SecurityStampValidatorOptions>(Auth.SecurityStampClaims.PreserveAmr);
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new HandlerTidakDikenalFilter())); // 405/404, not a 500
        return services;
    }

    public static IEndpointRouteBuilder MapKinaraEndpoints(this IEndpointRouteBuilder app)
    {
        Bench.BatasEndpoint.MapJikaAktif(app); // load-benchmark yardstick: mapped only with Kinara:Bench:Batas=true, never in a deployment
        return app;
    }
}
