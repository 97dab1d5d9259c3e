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
        var options = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var cs = config.GetConnectionString("Kinara");
        if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(cs))
            {
                throw new InvalidOperationException("Database__Provider=Postgres needs ConnectionStrings__Kinara.");
            }
            services.AddDbContext<KinaraDbContext, PostgresKinaraDbContext>(o => o.UseNpgsql(cs, n => n.MigrationsHistoryTable("__ef_migrations")));
        }
        else
        {
            cs = string.IsNullOrWhiteSpace(cs) ? DefaultSqlite(env) : cs;
            services.AddDbContext<KinaraDbContext, SqliteKinaraDbContext>(o => o.UseSqlite(cs, s => s.MigrationsHistoryTable("__ef_migrations")));
        }
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
