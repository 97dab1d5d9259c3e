using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Infrastructure;

/// <summary>
/// The app hosted in memory on its own throw-away database, migrated by the app's real start-up path,
/// with <see cref="TestData"/> seeded: two tenants ("alpha" and "beta") with one account per role.
/// </summary>
public class KinaraFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;
    private readonly string _files = Path.Combine(Path.GetTempPath(), "kinara-test-files-" + Guid.NewGuid().ToString("N"));

    public TestData Data { get; private set; } = null!;
    public string Provider => _database!.Provider;

    /// <summary>The throw-away database's connection string, as the app gets it unless <see cref="Settings"/> changes it.</summary>
    protected string KoneksiUji => _database!.ConnectionString;

    /// <summary>Extra settings a test class can add by overriding.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _ = Services; // builds and starts the host: Program applies the migrations
        Data = await TestData.SeedAsync(Services);
        // As the app's seed command does: the test data's audit entries are sealed before any test reads the chain
        // (on PostgreSQL saves leave that to the background sealer, which runs a moment later).
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        foreach (var instansiId in await AuditSegel.MenungguAsync(db))
        {
            await AuditSegel.SegelAsync(db, instansiId);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        HitungKueri.DengarKerjaLatar(); // before the app's background services start

        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database!.Provider,
            ["ConnectionStrings:Kinara"] = _database.ConnectionString,
            ["Demo:Seed"] = "false",
            ["Akun:BatasMasukPerMenit"] = "100000",
            ["Berkas:Root"] = _files,
            ["Impor:Worker"] = "false",
        };
        foreach (var (k, v) in Settings)
        {
            settings[k] = v;
        }
        // Host configuration, so it is visible to Program's top-level code before Build().
        foreach (var (k, v) in settings)
        {
            builder.UseSetting(k, v);
        }
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
        // Any connection interceptor makes EF report every connection opening; without one it skips the report for a
        // second after an opening nobody listened to, and HitungKueri.KoneksiDibuka would miss openings.
        builder.ConfigureServices(s => s.AddSingleton<IInterceptor>(new HitungKueri.KoneksiTerlihat()));
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can assert them.</summary>
    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real /masuk form and returns the signed-in client.</summary>
    public async Task<HttpClient> LoginAsync(string nip, string password)
    {
        var client = CreateBrowserClient();
        var response = await Html.PostFormAsync(client, "/masuk", new() { ["Nip"] = nip, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login of {nip} failed: {(int)response.StatusCode}");
        }
        return client;
    }

    public Task<HttpClient> LoginAsync(TestAccount account) => LoginAsync(account.Nip, account.Password);

    /// <summary>Runs <paramref name="action"/> on a fresh DbContext acting for <paramref name="instansiId"/>.</summary>
    public async Task<T> WithDbAsync<T>(Guid instansiId, Func<KinaraDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(instansiId, null, "test");
        return await action(scope.ServiceProvider.GetRequiredService<KinaraDbContext>());
    }

    /// <summary>The number of a tenant's newest audit entry, once everything written so far is sealed into its chain.</summary>
    public Task<long> AuditTerakhirAsync(Guid instansiId) => WithDbAsync(instansiId, async db =>
    {
        await AuditSegel.SegelAsync(db, instansiId);
        return await db.Audit.MaxAsync(a => a.Urutan) ?? 0;
    });

    public Task WithDbAsync(Guid instansiId, Func<KinaraDbContext, Task> action) =>
        WithDbAsync(instansiId, async db => { await action(db); return true; });

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        try { Directory.Delete(_files, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
