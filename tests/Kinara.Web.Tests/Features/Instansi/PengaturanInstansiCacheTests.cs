using System.Net;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Features.Instansi;

/// <summary>
/// The per-tenant switches (2FA duty for admins, SKP review) are kept in memory so an admin request does not read the
/// Instansi row each time; a change takes effect on the very next request (own database: this class changes them).
/// </summary>
public sealed class PengaturanInstansiCacheTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task Turning_on_2fa_on_the_instansi_page_applies_to_the_next_admin_request_without_a_query_per_request_before()
    {
        var alpha = factory.Data.Alpha;
        var admin = await factory.LoginAsync(alpha.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/organisasi/unit")).StatusCode);
        using (var hitung = new HitungKueri(factory))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/organisasi/unit")).StatusCode);
            Assert.DoesNotContain(hitung.Perintah, p => p.Contains("Wajib2faAdmin"));
        }

        var superAdmin = await factory.LoginAsync(alpha.SuperAdmin);
        var simpan = await MasterDataForm.SubmitAsync(superAdmin, $"/instansi/{alpha.Id}/ubah", new() { ["Input.Wajib2faAdmin"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, simpan.StatusCode);

        var sesudah = await admin.GetAsync("/organisasi/unit");
        Assert.Equal(HttpStatusCode.Redirect, sesudah.StatusCode);
        Assert.Equal("/akun/dua-faktor?wajib=1", sesudah.Headers.Location!.OriginalString);

        // Saved another way (a script, another page): the save itself evicts the cached value.
        await factory.WithDbAsync(alpha.Id, async db =>
        {
            (await db.Instansi.SingleAsync(i => i.Id == alpha.Id)).Wajib2faAdmin = false;
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/organisasi/unit")).StatusCode);
    }

    [Fact]
    public async Task Turning_on_the_review_shows_the_review_box_on_the_next_skp_page()
    {
        var beta = factory.Data.Beta;
        var akun = await Perencanaan.SkpUji.PegawaiBaruAsync(factory, beta, "Reviu Cache");
        var id = await Perencanaan.SkpUji.SkpLengkapAsync(factory, beta, akun);
        await factory.WithDbAsync(beta.Id, async db =>
        {
            var skp = await db.Skp.Include(s => s.Rhk).ThenInclude(r => r.Indikator).SingleAsync(s => s.Id == id);
            skp.Ajukan(new Kinara.Domain.Perencanaan.PosisiSkp(skp.JabatanId, skp.JabatanNama, skp.JenisJabatan, skp.UnitId, skp.UnitNama,
                skp.PejabatPenilaiId, skp.PejabatPenilaiNama, skp.PejabatPenilaiNip), reviuPengelola: true, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        var admin = await factory.LoginAsync(beta.Admin);
        Assert.Null((await Html.GetAsync(admin, $"/perencanaan/skp/{id}")).QuerySelector("#reviu-pengelola")); // review off: no box

        var superAdmin = await factory.LoginAsync(beta.SuperAdmin);
        Assert.Equal(HttpStatusCode.Redirect,
            (await MasterDataForm.SubmitAsync(superAdmin, $"/instansi/{beta.Id}/ubah", new() { ["Input.ReviuPengelolaKinerja"] = "true" })).StatusCode);
        Assert.NotNull((await Html.GetAsync(admin, $"/perencanaan/skp/{id}")).QuerySelector("#reviu-pengelola"));
    }

    [Fact]
    public async Task A_change_made_on_another_node_reaches_this_nodes_2fa_check_through_the_structure_notification()
    {
        var beta = factory.Data.Beta;
        var admin = await factory.LoginAsync(beta.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/organisasi/unit")).StatusCode); // the flag is cached now

        // Another node saves the Instansi: this node's EF never sees the write (a plain ADO.NET command, no interceptor) ...
        await UbahLangsungAsync(beta.Id, true);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/organisasi/unit")).StatusCode); // still the cached value
            await DiumumkanAsync(beta.Id);
            var sampai = DateTime.UtcNow.AddSeconds(10);
            HttpResponseMessage jawab;
            while ((jawab = await admin.GetAsync("/organisasi/unit")).StatusCode != HttpStatusCode.Redirect)
            {
                Assert.True(DateTime.UtcNow < sampai, "The announced change did not reach the cached 2FA flag.");
                await Task.Delay(100);
            }
            Assert.Equal("/akun/dua-faktor?wajib=1", jawab.Headers.Location!.OriginalString);
        }
        finally
        {
            await UbahLangsungAsync(beta.Id, false);
            factory.Services.GetRequiredService<Kinara.Web.Features.Organisasi.Struktur.StrukturCache>().Evict(beta.Id);
        }
    }

    private Task UbahLangsungAsync(Guid instansiId, bool wajib) => factory.WithDbAsync(instansiId, async db =>
    {
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"UPDATE instansi SET \"Wajib2faAdmin\" = {(wajib ? "TRUE" : "FALSE")} WHERE \"Id\" = @id";
        var p = cmd.CreateParameter();
        p.ParameterName = "@id";
        p.Value = factory.Provider == "Postgres" ? instansiId : instansiId.ToString().ToUpperInvariant();
        cmd.Parameters.Add(p);
        Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
    });

    /// <summary>What the other node's save announces.</summary>
    private async Task DiumumkanAsync(Guid instansiId)
    {
        // On PostgreSQL a real NOTIFY from another connection (what the other node's save sends);
        // SQLite runs one node, so the announcement is the structure cache's eviction that the listener would do.
        if (factory.Provider == "Postgres")
        {
            var cs = await factory.WithDbAsync(instansiId, db => Task.FromResult(db.Database.GetConnectionString()!));
            await using var lain = new Npgsql.NpgsqlConnection(cs);
            await lain.OpenAsync();
            await using var notify = new Npgsql.NpgsqlCommand($"SELECT pg_notify('{Kinara.Web.Features.Organisasi.Struktur.StrukturInterceptor.Kanal}', @p)", lain);
            notify.Parameters.AddWithValue("p", instansiId.ToString());
            await notify.ExecuteNonQueryAsync();
        }
        else
        {
            factory.Services.GetRequiredService<Kinara.Web.Features.Organisasi.Struktur.StrukturCache>().Evict(instansiId);
        }
    }
}
