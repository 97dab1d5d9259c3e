namespace Kinara.Web.Features.Organisasi.Struktur;

public static class StrukturRegistration
{
    /// <summary>
    /// The position tree in memory: the per-Instansi cache, the EF interceptor that evicts on write (added to the
    /// DbContext options in DatabaseSetup), the PostgreSQL listener for other nodes' writes, and PosisiService on top.
    /// </summary>
    public static IServiceCollection AddStruktur(IServiceCollection services)
    {
        services.AddOptions<StrukturOptions>().BindConfiguration(StrukturOptions.Section);
        services.AddSingleton<StrukturCache>();
        services.AddSingleton<StrukturInterceptor>();
        services.AddHostedService<StrukturListener>();
        services.AddScoped<PosisiService>();
        return services;
    }
}
