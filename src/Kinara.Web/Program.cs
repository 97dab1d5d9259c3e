using Kinara.Web.Data;
using Kinara.Web.Infrastructure;
using Kinara.Web.Infrastructure.Demo;

var builder = WebApplication.CreateBuilder(args);
builder.AddKinara();
var app = builder.Build();

// Commands share the app's configuration and services: `dotnet run --project src/Kinara.Web -- audit verify`.
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    return await KinaraCommands.RunAsync(app, args);
}

// Several nodes may start at once on an empty database: one migrates and seeds, the others wait and then find the data.
await DatabaseSetup.WithStartupLeaseAsync(app.Services, async () =>
{
    await DatabaseSetup.MigrateAsync(app.Services);
    await DemoSeeder.SeedIfEnabledAsync(app.Services);
});
app.UseKinara();
await app.StartAsync();
KinaraCommands.PrintWelcome(app);
await app.WaitForShutdownAsync();
return 0;

/// <summary>Lets WebApplicationFactory find the entry point.</summary>
public partial class Program;
