using System.Data.Common;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kinara.FaultTests.Infrastructure;

/// <summary>
/// A throw-away database for one test, on SQLite (a file) or PostgreSQL (a new database on the server in KINARA_TEST_PG,
/// which ./test.sh starts), and plain SQL against it, so the checks read what is really stored, not what the app says.
/// </summary>
public sealed class FaultDatabase : IAsyncDisposable
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    private readonly string? _pgAdmin;
    private readonly string? _pgName;

    public string Provider { get; }
    public string ConnectionString { get; }
    public string? SqlitePath { get; }

    private FaultDatabase(string provider, string cs, string? sqlitePath, string? pgAdmin, string? pgName)
    {
        (Provider, ConnectionString, SqlitePath, _pgAdmin, _pgName) = (provider, cs, sqlitePath, pgAdmin, pgName);
    }

    public bool IsPostgres => Provider == Postgres;

    /// <summary>An empty database: no tables, the app's migrations create them.</summary>
    public static async Task<FaultDatabase> CreateAsync(string provider)
    {
        if (provider == Postgres)
        {
            var admin = Environment.GetEnvironmentVariable("KINARA_TEST_PG");
            if (string.IsNullOrWhiteSpace(admin))
            {
                throw new InvalidOperationException("The PostgreSQL fault tests need KINARA_TEST_PG, a server where they may create databases (./test.sh starts one).");
            }
            var name = "kinara_f_" + Guid.NewGuid().ToString("N")[..16];
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
            return new FaultDatabase(Postgres, cs, null, admin, name);
        }
        var path = Path.Combine(Path.GetTempPath(), "kinara-fault-" + Guid.NewGuid().ToString("N") + ".db");
        var sqlite = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString();
        return new FaultDatabase(Sqlite, sqlite, path, null, null);
    }

    /// <summary>The settings that point an app node at this database.</summary>
    public Dictionary<string, string> AppSettings() => new()
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Kinara"] = ConnectionString,
    };

    public async Task<DbConnection> OpenAsync()
    {
        // No pooling: a pooled connection could outlive a killed app's view of the file and hide what is on disk.
        DbConnection conn = IsPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString())
            : new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await conn.OpenAsync();
        return conn;
    }

    /// <summary>The app's own DbContext on this database, so a test can run the app's own checks (AuditChain) in-process.</summary>
    public KinaraDbContext CreateAppContext()
    {
        if (IsPostgres)
        {
            var pg = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString();
            return new PostgresKinaraDbContext(new DbContextOptionsBuilder<PostgresKinaraDbContext>().UseNpgsql(pg).Options);
        }
        var sqlite = new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString();
        return new SqliteKinaraDbContext(new DbContextOptionsBuilder<SqliteKinaraDbContext>().UseSqlite(sqlite).Options);
    }

    /// <summary>Rows of a query, each as an array of column values (DBNull as null). Identifiers are "Quoted" for both providers.</summary>
    public async Task<List<object?[]>> RowsAsync(string sql)
    {
        await using var conn = await OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public async Task<long> CountAsync(string sql) => Convert.ToInt64((await RowsAsync(sql))[0][0]);

    /// <summary>SQLite keeps Guids as text, PostgreSQL as uuid: read both as Guid.</summary>
    public static Guid AsGuid(object? value) => value switch
    {
        Guid g => g,
        string s => Guid.Parse(s),
        _ => throw new InvalidCastException($"Not a Guid: {value}"),
    };

    public async ValueTask DisposeAsync()
    {
        if (_pgName is not null && _pgAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_pgAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        if (SqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { SqlitePath, SqlitePath + "-wal", SqlitePath + "-shm", SqlitePath + ".lock" })
            {
                try { File.Delete(f); } catch (IOException) { }
            }
        }
    }
}
