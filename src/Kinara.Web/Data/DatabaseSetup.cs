using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    /// <summary>"Sqlite" (default, embedded file) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";
    /// <summary>Apply pending migrations at start-up (EF takes a lock, so several nodes may start at once).</summary>
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
        services.AddDbContext<PostgresKinaraDbContext>((sp, o) =>
        {
            var cs = sp.GetRequiredService<IConfiguration>().GetConnectionString("Kinara");
            if (string.IsNullOrWhiteSpace(cs))
            {
                throw new InvalidOperationException("Database__Provider=Postgres needs ConnectionStrings__Kinara.");
            }
            o.UseNpgsql(cs, n => n.MigrationsHistoryTable("__ef_migrations"));
        });
        services.AddDbContext<SqliteKinaraDbContext>((sp, o) =>
        {
            var cs = sp.GetRequiredService<IConfiguration>().GetConnectionString("Kinara");
            o.UseSqlite(string.IsNullOrWhiteSpace(cs) ? DefaultSqlite(sp.GetRequiredService<IHostEnvironment>()) : cs,
                s => s.MigrationsHistoryTable("__ef_migrations"));
        });
        services.AddScoped<KinaraDbContext>(sp => sp.GetRequiredService<DatabaseOptions>().IsPostgres
            ? sp.GetRequiredService<PostgresKinaraDbContext>()
            : sp.GetRequiredService<SqliteKinaraDbContext>());
        return services;
    }

    private static string DefaultSqlite(IHostEnvironment env)
    {
        var dir = Path.Combine(env.ContentRootPath, ".data");
        Directory.CreateDirectory(dir);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, "kinara.db"), DefaultTimeout = 30 }.ToString();
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
