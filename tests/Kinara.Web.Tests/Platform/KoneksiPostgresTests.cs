using Kinara.Web.Data;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kinara.Web.Tests.Platform;

/// <summary>The app's own settings for its PostgreSQL connections (DatabaseSetup.KoneksiPostgres), and the operator's say over them.</summary>
public sealed class KoneksiPostgresTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public void A_plain_connection_string_gets_no_reset_statement_prepared_statements_one_generic_plan_each_and_a_small_pool_without_multiplexing()
    {
        var b = new NpgsqlConnectionStringBuilder(DatabaseSetup.KoneksiPostgres("Host=db;Username=kinara;Database=kinara"));
        Assert.False(b.Multiplexing);
        Assert.True(b.NoResetOnClose);
        Assert.Equal(100, b.MaxAutoPrepare);
        Assert.Equal(Math.Max(8, 4 * Environment.ProcessorCount), b.MaxPoolSize);
        Assert.Equal("-c plan_cache_mode=force_generic_plan", b.Options);
        Assert.Equal("db", b.Host);
    }

    [Fact]
    public void Server_options_the_operator_set_are_kept_and_the_plan_setting_is_added_to_them()
    {
        var b = new NpgsqlConnectionStringBuilder(DatabaseSetup.KoneksiPostgres("Host=db;Options=-c statement_timeout=5000"));
        Assert.Equal("-c statement_timeout=5000 -c plan_cache_mode=force_generic_plan", b.Options);
    }

    [Fact]
    public void An_operator_who_chose_a_plan_mode_or_pool_settings_keeps_them()
    {
        var b = new NpgsqlConnectionStringBuilder(DatabaseSetup.KoneksiPostgres(
            "Host=db;Options=-c plan_cache_mode=auto;No Reset On Close=false;Max Auto Prepare=0;Maximum Pool Size=50;Multiplexing=true"));
        Assert.Equal("-c plan_cache_mode=auto", b.Options);
        Assert.True(b.Multiplexing);
        Assert.Equal(50, b.MaxPoolSize);
        Assert.False(b.NoResetOnClose);
        Assert.Equal(0, b.MaxAutoPrepare);
    }

    [Fact]
    public void The_key_rings_connections_have_the_apps_settings_without_multiplexing_in_a_pool_of_their_own()
    {
        var b = new NpgsqlConnectionStringBuilder(DatabaseSetup.KoneksiKunci("Host=db;Username=kinara;Database=kinara;Multiplexing=true"));
        Assert.False(b.Multiplexing);
        Assert.Equal(2, b.MaxPoolSize);
        Assert.True(b.NoResetOnClose);
        Assert.Equal("-c plan_cache_mode=force_generic_plan", b.Options);
        Assert.Equal("db", b.Host);
    }

    [Theory]
    [InlineData(1, 8)]
    [InlineData(2, 8)]
    [InlineData(4, 16)]
    [InlineData(16, 64)]
    public void The_pool_has_four_connections_per_core_and_never_fewer_than_eight(int cores, int pool) =>
        Assert.Equal(pool, DatabaseSetup.UkuranPool(cores));

    [Fact]
    public async Task The_running_app_uses_these_settings_on_postgres_and_leaves_a_sqlite_connection_string_as_configured()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        if (db.IsPostgres)
        {
            // What the server says about the app's own pooled connection, not what the string claims.
            var mode = await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync();
            Assert.Equal("force_generic_plan", mode);
        }
        else
        {
            Assert.DoesNotContain("plan_cache_mode", db.Database.GetConnectionString()!, StringComparison.OrdinalIgnoreCase);
        }
    }
}
