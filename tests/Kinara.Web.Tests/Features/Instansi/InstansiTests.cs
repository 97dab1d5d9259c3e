using System.Net;
using Kinara.Domain.Organisasi;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Instansi;

/// <summary>/instansi: the tenants of the deployment, managed by the super admin only.</summary>
public sealed class InstansiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private static Dictionary<string, string> Form(string kode, string nama) => new()
    {
        ["Input.Kode"] = kode, ["Input.Nama"] = nama, ["Input.Jenis"] = nameof(JenisPemda.Kota),
    };

    private Task<Domain.Organisasi.Instansi> InstansiAsync(string kode) =>
        factory.WithDbAsync(factory.Data.Alpha.Id, db => db.Instansi.AsNoTracking().SingleAsync(i => i.Kode == kode));

    [Fact]
    public async Task A_super_admin_creates_an_instansi_and_the_audit_trail_files_it_under_the_new_instansi()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.SuperAdmin);
        var response = await MasterDataForm.SubmitAsync(client, "/instansi/baru", Form("Gamma", "Pemerintah Kota Gamma"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var gamma = await InstansiAsync("gamma");
        Assert.Equal((JenisPemda.Kota, true), (gamma.Jenis, gamma.Aktif));
        var audit = await factory.WithDbAsync(gamma.Id, db => db.Audit.SingleAsync(a => a.Entitas == nameof(Domain.Organisasi.Instansi)));
        Assert.Equal((AuditAksi.Tambah, gamma.Id.ToString(), factory.Data.Alpha.SuperAdmin.Nip), (audit.Aksi, audit.EntitasId, audit.Pelaku));
        Assert.Contains("Pemerintah Kota Gamma", (await Html.GetAsync(client, "/instansi")).QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task A_duplicate_or_malformed_kode_is_refused()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.SuperAdmin);
        var dup = await MasterDataForm.SubmitAsync(client, "/instansi/baru", Form("BETA", "Beta Kedua"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dup.StatusCode);
        Assert.Contains("Kode \"beta\" sudah dipakai oleh Pemerintah Kota Beta", Html.Messages(await Html.ParseAsync(dup)));

        var bad = await MasterDataForm.SubmitAsync(client, "/instansi/baru", Form("kota baru!", "Kota Baru"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("hanya huruf, angka, dan tanda minus", Html.Messages(await Html.ParseAsync(bad)));
        Assert.False(await factory.WithDbAsync(factory.Data.Alpha.Id, db => db.Instansi.AnyAsync(i => i.Nama == "Beta Kedua" || i.Nama == "Kota Baru")));
    }

    [Fact]
    public async Task Settings_are_edited_with_a_concurrency_check_and_the_own_instansi_cannot_be_deactivated()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.SuperAdmin);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(client, "/instansi/baru", Form("delta", "Kota Delta"))).StatusCode);
        var delta = await InstansiAsync("delta");
        var url = $"/instansi/{delta.Id}/ubah";

        var stale = await Html.GetAsync(client, url);
        var saved = await MasterDataForm.SubmitAsync(client, url, new()
        {
            ["Input.Nama"] = "Pemerintah Kota Delta", ["Input.Wajib2faAdmin"] = "true", ["Input.ReviuPengelolaKinerja"] = "true", ["Input.Kode"] = "diabaikan",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        delta = await InstansiAsync("delta");
        Assert.Equal(("Pemerintah Kota Delta", true, true, 2), (delta.Nama, delta.Wajib2faAdmin, delta.ReviuPengelolaKinerja, delta.Versi));

        var conflict = await MasterDataForm.SubmitAsync(client, stale, url, new() { ["Input.Nama"] = "Nama Basi" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Pemerintah Kota Delta", (await InstansiAsync("delta")).Nama);

        var own = await MasterDataForm.SubmitAsync(client, $"/instansi/{alpha.Id}/ubah", new() { ["Input.Aktif"] = "false" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, own.StatusCode);
        Assert.Contains("tidak dapat dinonaktifkan", Html.Messages(await Html.ParseAsync(own)));
        Assert.True((await InstansiAsync("alpha")).Aktif);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/instansi/{Guid.NewGuid()}/ubah")).StatusCode);
    }

    [Fact]
    public async Task Only_the_super_admin_may_open_or_change_instansi()
    {
        var alpha = factory.Data.Alpha;
        foreach (var account in new[] { alpha.Admin, alpha.Auditor, alpha.Pegawai })
        {
            var client = await factory.LoginAsync(account);
            MasterDataForm.AssertForbidden(await client.GetAsync("/instansi"));
            MasterDataForm.AssertForbidden(await client.GetAsync($"/instansi/{alpha.Id}/ubah"));
            MasterDataForm.AssertForbidden(await MasterDataForm.PostWithTokenFromAsync(client, "/", "/instansi/baru", Form("susup", "Instansi Susupan")));
            MasterDataForm.AssertForbidden(await MasterDataForm.PostWithTokenFromAsync(client, "/", $"/instansi/{alpha.Id}/ubah",
                new() { ["Input.Kode"] = "alpha", ["Input.Nama"] = "Diubah", ["Input.Jenis"] = nameof(JenisPemda.Kota), ["Input.Versi"] = "0" }));
        }
        Assert.False(await factory.WithDbAsync(alpha.Id, db => db.Instansi.AnyAsync(i => i.Kode == "susup")));
        Assert.Equal("Pemerintah Kabupaten Alpha", (await InstansiAsync("alpha")).Nama);
    }
}
