using System.Diagnostics;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Operasi;
using Kinara.Web.Infrastructure.Tenancy;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kinara.Web.Tests.Platform;

/// <summary>Backup and restore as documented in docs/operasi.md: the restored database holds the same data.</summary>
public sealed class CadanganTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private sealed record Snapshot(int Instansi, int Unit, int Jabatan, int Pegawai, int Users, int Audit, string Kepala, bool ChainsIntact);

    [Fact]
    public async Task A_backup_restored_into_an_empty_database_has_the_same_data_and_an_intact_audit_chain()
    {
        var before = await SnapshotAsync(Context(ConnectionString(), factory.Provider));
        Assert.True(before.Pegawai > 0 && before.Audit > 0);

        var restoredCs = factory.Provider == "Postgres" ? await PostgresDumpAndRestoreAsync() : await SqliteBackupAsync();
        var after = await SnapshotAsync(Context(restoredCs, factory.Provider));

        Assert.Equal(before, after);
        Assert.True(after.ChainsIntact);
    }

    private string ConnectionString() => factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Kinara")!;

    private async Task<string> SqliteBackupAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), "kinara-cadangan-" + Guid.NewGuid().ToString("N") + ".db");
        using var scope = factory.Services.CreateScope();
        await Cadangan.BackupSqliteAsync(scope.ServiceProvider.GetRequiredService<KinaraDbContext>(), file);
        // Restoring a SQLite backup is putting the file in place: open it as the database.
        return new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
    }

    private async Task<string> PostgresDumpAndRestoreAsync()
    {
        var source = new NpgsqlConnectionStringBuilder(ConnectionString());
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => d).Last() + "/bin";
        var dump = Path.Combine(Path.GetTempPath(), "kinara-" + Guid.NewGuid().ToString("N") + ".dump");
        var target = "kinara_pulih_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString()) { Database = "postgres" }.ToString()))
        {
            await conn.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {target}", conn).ExecuteNonQueryAsync();
        }
        await RunAsync($"{bin}/pg_dump", $"-h {source.Host} -p {source.Port} -U {source.Username} -Fc -f {dump} {source.Database}");
        await RunAsync($"{bin}/pg_restore", $"-h {source.Host} -p {source.Port} -U {source.Username} --no-owner -d {target} {dump}");
        return new NpgsqlConnectionStringBuilder(ConnectionString()) { Database = target }.ToString();
    }

    private static async Task RunAsync(string exe, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(exe, args) { RedirectStandardError = true, UseShellExecute = false })!;
        var err = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, $"{Path.GetFileName(exe)} failed: {err}");
    }

    private static KinaraDbContext Context(string cs, string provider) => provider == "Postgres"
        ? new PostgresKinaraDbContext(new DbContextOptionsBuilder<PostgresKinaraDbContext>().UseNpgsql(cs).Options)
        : new SqliteKinaraDbContext(new DbContextOptionsBuilder<SqliteKinaraDbContext>().UseSqlite(cs).Options);

    private static async Task<Snapshot> SnapshotAsync(KinaraDbContext db)
    {
        await using (db)
        {
            var instansi = await db.Instansi.Select(i => i.Id).ToListAsync();
            var intact = true;
            foreach (var id in instansi)
            {
                intact &= (await AuditChain.VerifyAsync(db, id)).Utuh;
            }
            var kepala = string.Join(",", await db.Audit.IgnoreQueryFilters().GroupBy(a => a.InstansiId)
                .Select(g => g.Max(a => a.Urutan)).OrderBy(x => x).ToListAsync());
            return new Snapshot(instansi.Count,
                await db.Unit.IgnoreQueryFilters().CountAsync(), await db.Jabatan.IgnoreQueryFilters().CountAsync(),
                await db.Pegawai.IgnoreQueryFilters().CountAsync(), await db.Users.CountAsync(),
                await db.Audit.IgnoreQueryFilters().CountAsync(), kepala, intact);
        }
    }
}
