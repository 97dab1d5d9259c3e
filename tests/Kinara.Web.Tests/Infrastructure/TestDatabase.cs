using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kinara.Web.Tests.Infrastructure;

/// <summary>
/// One throw-away database per test class. The provider comes from KINARA_TEST_DB ("sqlite" by default, or "postgres");
/// for PostgreSQL, KINARA_TEST_PG is the connection string of a server where the tests may create databases
/// (./test.sh starts a throw-away cluster and sets both).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public string Provider { get; }
    public string ConnectionString { get; }
    private readonly string? _sqlitePath;
    private readonly string? _pgAdmin;
    private readonly string? _pgName;

    private TestDatabase(string provider, string cs, string? sqlitePath, string? pgAdmin, string? pgName)
    {
        Provider = provider;
        ConnectionString = cs;
        _sqlitePath = sqlitePath;
        _pgAdmin = pgAdmin;
        _pgName = pgName;
    }

    public static bool IsPostgres => string.Equals(Environment.GetEnvironmentVariable("KINARA_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static async Task<TestDatabase> CreateAsync()
    {
        if (IsPostgres)
        {
            var admin = Environment.GetEnvironmentVariable("KINARA_TEST_PG")
                ?? throw new InvalidOperationException("KINARA_TEST_DB=postgres needs KINARA_TEST_PG (run the suite through ./test.sh).");
            var name = "kinara_t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ToString();
            return new TestDatabase("Postgres", cs, null, admin, name);
        }
        var path = Path.Combine(Path.GetTempPath(), "kinara-test-" + Guid.NewGuid().ToString("N") + ".db");
        var sqlite = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = false }.ToString();
        return new TestDatabase("Sqlite", sqlite, path, null, null);
    }

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
        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            // The startup lease (DatabaseSetup.WithStartupLeaseAsync) leaves its lock file beside the database.
            foreach (var f in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm", _sqlitePath + ".lock" })
            {
                try { File.Delete(f); } catch (IOException) { }
            }
        }
    }
}
