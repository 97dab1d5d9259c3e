using Kinara.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Infrastructure.Operasi;

/// <summary>
/// Online backup of the embedded SQLite database: SQLite's backup API copies a consistent snapshot while the app
/// keeps serving (readers and the writer are not stopped). PostgreSQL is backed up with pg_dump (docs/operasi.md).
/// </summary>
public static class Cadangan
{
    public static async Task<string> BackupSqliteAsync(KinaraDbContext db, string tujuan, CancellationToken ct = default)
    {
        if (db.IsPostgres)
        {
            throw new InvalidOperationException("PostgreSQL dicadangkan dengan pg_dump; lihat docs/operasi.md.");
        }
        var full = Path.GetFullPath(tujuan);
        if (File.Exists(full))
        {
            throw new InvalidOperationException($"Berkas {full} sudah ada; pilih nama lain agar cadangan lama tidak tertimpa.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
            await target.OpenAsync(ct);
            source.BackupDatabase(target);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return full;
    }
}
