using System.Net;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Kinara.Web.Tests.Features.Akun.AkunTestHelpers;

namespace Kinara.Web.Tests.Platform;

/// <summary>The app with <c>Multiplexing=true</c> in the operator's connection string (on SQLite the setting does not exist and the app runs as configured).</summary>
public sealed class MultiplexingFactory : KinaraFactory
{
    protected override IDictionary<string, string?> Settings => Provider == "Postgres"
        ? new Dictionary<string, string?> { ["ConnectionStrings:Kinara"] = KoneksiUji + ";Multiplexing=true" }
        : new Dictionary<string, string?>();
}

/// <summary>
/// Npgsql's multiplexing, an operator's choice (docs/operasi.md): it refuses synchronous statements, so the key ring
/// (Data Protection reads it synchronously) has its own unmultiplexed connections and the app's own code runs none.
/// </summary>
public sealed class MultiplexingTests(MultiplexingFactory factory) : IClassFixture<MultiplexingFactory>
{
    [Fact]
    public async Task The_key_ring_is_read_synchronously_through_its_own_context_from_the_apps_database()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        var kunci = scope.ServiceProvider.GetRequiredService<KunciDbContext>();
        if (db.IsPostgres)
        {
            // The app's own connections are multiplexed: Npgsql refuses a synchronous statement on them.
            Assert.True(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Multiplexing);
            Assert.Throws<NotSupportedException>(() => db.Instansi.IgnoreQueryFilters().Count());
            var b = new NpgsqlConnectionStringBuilder(kunci.Database.GetConnectionString());
            Assert.False(b.Multiplexing);
            Assert.Equal(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Database, b.Database);
        }
        else
        {
            Assert.Equal(db.Database.GetConnectionString(), kunci.Database.GetConnectionString());
        }
        // The start-up made a key; Data Protection reads it the way it does, synchronously.
        var ids = kunci.DataProtectionKeys.Select(k => k.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Order(), (await db.DataProtectionKeys.Select(k => k.Id).ToListAsync()).Order());
    }

    [Fact]
    public async Task An_admin_signs_in_and_grants_a_role_and_the_change_is_audited()
    {
        var target = factory.Data.Alpha.Pegawai;
        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var detail = await Html.GetAsync(client, $"/organisasi/akun/{target.UserId}");
        var stamp = detail.QuerySelector("input[name=Stamp]")!.GetAttribute("value")!;

        var granted = await PostAsync(client, detail, $"/organisasi/akun/{target.UserId}?handler=Peran",
            [new("Stamp", stamp), new("PeranDipilih", Peran.Pegawai), new("PeranDipilih", Peran.Auditor)]);

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        await factory.WithDbAsync(factory.Data.Alpha.Id, async db =>
        {
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == target.UserId select r.Name!).ToListAsync();
            Assert.Equal([Peran.Auditor, Peran.Pegawai], roles.Order());
            Assert.True(await db.Audit.AnyAsync(a => a.Entitas.StartsWith("IdentityUserRole") && a.Perubahan.Contains(target.UserId.ToString())));
        });
    }
}
