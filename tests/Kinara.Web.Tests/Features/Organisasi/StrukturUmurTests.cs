using Kinara.Web.Features.Organisasi.Struktur;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>The app with a one-second maximum age for structure snapshots.</summary>
public sealed class UmurPendekFactory : KinaraFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Kinara:Struktur:MaksimumUmurDetik"] = "1",
    };
}

/// <summary>The safety net: a write nobody was told about (another process, no NOTIFY) is seen once the snapshot is too old.</summary>
public sealed class StrukturUmurTests(UmurPendekFactory factory) : IClassFixture<UmurPendekFactory>
{
    [Fact]
    public async Task A_write_that_bypassed_every_eviction_is_seen_after_the_maximum_age()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Pegawai);
        var penilai = async () => (await Html.GetAsync(client, "/")).QuerySelector("section[aria-labelledby=penilai-judul]")!.TextContent;
        Assert.Contains(alpha.Atasan.Nama, await penilai());

        // Another process deactivates the Kepala Bidang straight in the database: no EF, no NOTIFY.
        var cs = factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Kinara");
        var sql = $"UPDATE pegawai SET \"Aktif\" = {(factory.Provider == "Postgres" ? "false" : "0")} WHERE \"Nip\" = '{alpha.Atasan.Nip}'";
        if (factory.Provider == "Postgres")
        {
            await using var conn = new NpgsqlConnection(cs);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(sql, conn);
            Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
        }
        else
        {
            await using var conn = new SqliteConnection(cs);
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
        }
        var cache = factory.Services.GetRequiredService<StrukturCache>();
        var dibangun = cache.JumlahBangun;
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        Assert.Contains(alpha.Pimpinan.Nama, await penilai());
        Assert.Equal(dibangun + 1, cache.JumlahBangun);
    }
}
