using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Kinara.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    /// <summary>"Sqlite" (default, embedded file) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";
    /// <summary>Apply pending migrations at start-up (under the start-up lease, so several nodes may start at once).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}

public static class DatabaseSetup
{
    public static IServiceCollection AddKinaraDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        // Everything is read lazily from the container's configuration, so settings added after this call
        // (tests, command-line) still choose the provider and connection string.
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());
        // Contexts come from a pool (one per provider; only the configured one is ever built). A pooled context keeps EF's
        // internal services between requests: resolving them again for every request was a tenth of the app's CPU on a
        // page with one query (bench/RESULTS.md, 2026-11-23). The options are built once per app either way: building
        // them parses the connection string and makes EF look up its service provider by the options' hash.
        services.AddPooledDbContextFactory<PostgresKinaraDbContext>((sp, o) =>
        {
            o.UseNpgsql(KoneksiPostgres(KoneksiPostgresWajib(sp)), n => n.MigrationsHistoryTable("__ef_migrations"));
            Penyadap(sp, o);
        });
        services.AddPooledDbContextFactory<SqliteKinaraDbContext>((sp, o) =>
        {
            var cs = sp.GetRequiredService<IConfiguration>().GetConnectionString("Kinara");
            o.UseSqlite(string.IsNullOrWhiteSpace(cs) ? DefaultSqlite(sp.GetRequiredService<IHostEnvironment>()) : cs,
                s => s.MigrationsHistoryTable("__ef_migrations"));
            Penyadap(sp, o);
        });
        // Data Protection's key ring, through a context and a connection pool of its own (KunciDbContext).
        services.AddDbContext<KunciDbContext>((sp, o) =>
        {
            if (sp.GetRequiredService<DatabaseOptions>().IsPostgres)
            {
                o.UseNpgsql(KoneksiKunci(KoneksiPostgresWajib(sp)));
            }
            else
            {
                var cs = sp.GetRequiredService<IConfiguration>().GetConnectionString("Kinara");
                o.UseSqlite(string.IsNullOrWhiteSpace(cs) ? DefaultSqlite(sp.GetRequiredService<IHostEnvironment>()) : cs);
            }
        }, optionsLifetime: ServiceLifetime.Singleton);
        // The only way to a context: rented for the scope and bound to the scope's tenant; the scope's end returns it to
        // the pool without a tenant (KinaraDbContext.Dispose).
        services.AddScoped<KinaraDbContext>(sp => (sp.GetRequiredService<DatabaseOptions>().IsPostgres
                ? (KinaraDbContext)sp.GetRequiredService<IDbContextFactory<PostgresKinaraDbContext>>().CreateDbContext()
                : sp.GetRequiredService<IDbContextFactory<SqliteKinaraDbContext>>().CreateDbContext())
            .Sewa(sp.GetRequiredService<Infrastructure.Tenancy.TenantContext>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static string KoneksiPostgresWajib(IServiceProvider sp) =>
        sp.GetRequiredService<IConfiguration>().GetConnectionString("Kinara") is { } cs && !string.IsNullOrWhiteSpace(cs)
            ? cs
            : throw new InvalidOperationException("Database__Provider=Postgres needs ConnectionStrings__Kinara.");

    /// <summary>
    /// The contexts' interceptors: the structure's (evicts the in-memory structure on write), the one that keeps a
    /// [SatuKoneksi] handler's connection open between statements, and any other registered as
    /// <see cref="IInterceptor"/> (the tests add one so that EF reports every connection opening).
    /// </summary>
    private static void Penyadap(IServiceProvider sp, DbContextOptionsBuilder o)
    {
        if (sp.GetService<Features.Organisasi.Struktur.StrukturInterceptor>() is { } struktur) { o.AddInterceptors(struktur); }
        o.AddInterceptors(TahanKoneksiInterceptor.Instance);
        o.AddInterceptors(sp.GetServices<IInterceptor>());
    }

    /// <summary>Connections per node: four per CPU core of this server, at least 8 (the database usually shares the server).</summary>
    internal static int UkuranPool(int cores) => Math.Max(8, 4 * cores);

    /// <summary>Every app connection keeps one generic plan per prepared statement (see <see cref="KoneksiPostgres"/>).</summary>
    internal const string RencanaGenerik = "-c plan_cache_mode=force_generic_plan";

    /// <summary>
    /// Settings for the app's PostgreSQL connections, each unless the operator's connection string names it
    /// (figures in bench/RESULTS.md, 2026-11-22 and 2026-11-23):
    /// <list type="bullet">
    /// <item><c>No Reset On Close</c>: no <c>DISCARD ALL</c> each time EF returns a connection to the pool (EF opens and
    /// closes it around every query, so the reset doubled the statements of a page). The app keeps no session state on
    /// pooled connections: the audit lock is per transaction, the start-up lease uses its own unpooled connection.</item>
    /// <item><c>Max Auto Prepare=100</c>: statements used repeatedly are prepared on the server.</item>
    /// <item><c>plan_cache_mode=force_generic_plan</c>: a prepared statement keeps one generic plan. PostgreSQL's default
    /// plans it again on every execution while a plan for the actual values looks cheaper, which is always so for a list
    /// parameter (<c>= ANY($1)</c>: the generic plan assumes ten elements, the pages pass one to three); on the month-end
    /// mix that took 5.5–6.2 s of PostgreSQL CPU per 30 s, more than executing the statements. The app's statements are
    /// keyed lookups whose generic plan is the same index scan.</item>
    /// <item><c>Maximum Pool Size</c> = <see cref="UkuranPool"/> instead of Npgsql's 100: PostgreSQL runs a process per
    /// connection, and with 64 requests at once on 2 cores 50 busy backends cost 0.6 ms of PostgreSQL CPU per request
    /// where 8 cost 0.35 ms. Requests beyond the pool wait asynchronously for a connection. A request uses one connection
    /// at a time; the position-tree build, the audit sealer and the import worker take theirs in their own scopes.</item>
    /// </list>
    /// Npgsql's <c>Multiplexing</c> stays the operator's choice, off unless the connection string turns it on: on the
    /// month-end mix it gave 20% more requests per second but a 13% higher p99, because a statement waits behind whatever
    /// was sent before it on the shared connection (bench/RESULTS.md, session 10). The app runs no synchronous statement
    /// (multiplexing refuses them) except Data Protection's, which have their own connections (<see cref="KoneksiKunci"/>).
    /// </summary>
    internal static string KoneksiPostgres(string cs)
    {
        var b = new NpgsqlConnectionStringBuilder(cs);
        if (!Menyebut(cs, "Reset On Close", "NoResetOnClose"))
        {
            b.NoResetOnClose = true;
        }
        if (!Menyebut(cs, "Auto Prepare", "AutoPrepare"))
        {
            b.MaxAutoPrepare = 100;
        }
        if (!Menyebut(cs, "Maximum Pool Size", "Max Pool Size", "MaxPoolSize"))
        {
            b.MaxPoolSize = UkuranPool(Environment.ProcessorCount);
        }
        if (!Menyebut(cs, "plan_cache_mode"))
        {
            b.Options = string.IsNullOrWhiteSpace(b.Options) ? RencanaGenerik : b.Options + " " + RencanaGenerik;
        }
        return b.ConnectionString;
    }

    /// <summary>
    /// The key ring's connections (<see cref="KunciDbContext"/>): the app's settings without multiplexing, whose
    /// synchronous reads Npgsql refuses, in a pool of two, a different connection string and so a pool of its own.
    /// </summary>
    internal static string KoneksiKunci(string cs) =>
        new NpgsqlConnectionStringBuilder(KoneksiPostgres(cs)) { Multiplexing = false, MaxPoolSize = 2 }.ConnectionString;

    /// <summary>Whether the operator's connection string names a setting (under any of its spellings).</summary>
    private static bool Menyebut(string cs, params string[] nama) => nama.Any(n => cs.Contains(n, StringComparison.OrdinalIgnoreCase));

    private static string DefaultSqlite(IHostEnvironment env)
    {
        var dir = Path.Combine(env.ContentRootPath, ".data");
        Directory.CreateDirectory(dir);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, "kinara.db"), DefaultTimeout = 30 }.ToString();
    }

    // "Kinara" in ASCII: the one advisory lock key of the start-up lease (the audit chain's keys come from tenant ids).
    private const long StartupLockKey = 0x4B696E617261;

    /// <summary>
    /// Runs start-up work (migrations, demo seed) under a lease, so nodes starting at once against an empty database do
    /// it one after another: the next node waits, then finds the work done. PostgreSQL: a session-level advisory lock
    /// on a connection held open meanwhile; SQLite: an exclusive lock on the file "&lt;database&gt;.lock". Both are
    /// released by the server or the OS when the process dies. Before letting go, the lease makes sure a Data Protection
    /// key exists, so nodes starting together share one key instead of each creating its own.
    /// </summary>
    public static async Task WithStartupLeaseAsync(IServiceProvider services, Func<Task> work, CancellationToken ct = default)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup));
        await using var lease = services.GetRequiredService<DatabaseOptions>().IsPostgres
            ? await PostgresLeaseAsync(services, log, ct)
            : await SqliteLeaseAsync(services, log, ct);
        await work();
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Kinara.Startup").Protect([]);
    }

    private static async Task<IAsyncDisposable> PostgresLeaseAsync(IServiceProvider services, ILogger log, CancellationToken ct)
    {
        // Not pooled: a pooled connection would keep its session, and the lock, after Dispose until it is reused.
        var cs = new NpgsqlConnectionStringBuilder(services.GetRequiredService<IConfiguration>().GetConnectionString("Kinara")) { Pooling = false, Multiplexing = false };
        var conn = new NpgsqlConnection(cs.ToString());
        try
        {
            await conn.OpenAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // Migrations create a missing database; the lock needs it first. Another node may win this race: fine.
            using (var scope = services.CreateScope())
            {
                try
                {
                    await scope.ServiceProvider.GetRequiredService<KinaraDbContext>().GetService<IRelationalDatabaseCreator>().CreateAsync(ct);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                }
            }
            await conn.OpenAsync(ct);
        }
        await using (var coba = new NpgsqlCommand($"SELECT pg_try_advisory_lock({StartupLockKey})", conn))
        {
            if (await coba.ExecuteScalarAsync(ct) is true)
            {
                return conn;
            }
        }
        log.LogInformation("Menunggu node lain menyelesaikan migrasi dan data awal");
        // No command timeout: the node holding the lease may be seeding the demo data for a minute.
        await using (var tunggu = new NpgsqlCommand($"SELECT pg_advisory_lock({StartupLockKey})", conn) { CommandTimeout = 0 })
        {
            await tunggu.ExecuteNonQueryAsync(ct);
        }
        return conn; // closing the session releases the lock
    }

    private static async Task<IAsyncDisposable> SqliteLeaseAsync(IServiceProvider services, ILogger log, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var cs = new SqliteConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<KinaraDbContext>().Database.GetConnectionString());
        if (cs.Mode == SqliteOpenMode.Memory || cs.DataSource is "" or ":memory:")
        {
            return new Tanpa();
        }
        var path = Path.GetFullPath(cs.DataSource) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var menunggu = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Linux: a second process gets an IOException until the first closes it.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                if (!menunggu)
                {
                    log.LogInformation("Menunggu proses lain menyelesaikan migrasi dan data awal ({Berkas})", path);
                    menunggu = true;
                }
                await Task.Delay(250, ct);
            }
        }
    }

    private sealed class Tanpa : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Applies migrations; on SQLite also turns on WAL so readers never wait for the writer.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        if (!db.IsPostgres)
        {
            var cs = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            if (Path.GetDirectoryName(Path.GetFullPath(cs.DataSource)) is { } dir)
            {
                Directory.CreateDirectory(dir);
            }
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(ct);
    }
}
