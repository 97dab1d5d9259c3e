using System.Net;
using Kinara.Domain.Kepegawaian;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kinara.Web.Tests.Features.Akun.AkunTestHelpers;

namespace Kinara.Web.Tests.Features.Akun;

/// <summary>/organisasi/akun: the admin's account management, always within the own Instansi.</summary>
public sealed class KelolaAkunTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private Task<List<string>> RolesOfAsync(Guid instansiId, Guid userId) => factory.WithDbAsync(instansiId, db =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync());

    [Fact]
    public async Task The_list_shows_the_own_instansis_accounts_only()
    {
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        var page = await Html.GetAsync(client, "/organisasi/akun");
        var text = page.Body!.TextContent;
        Assert.Contains(factory.Data.Beta.Pegawai.Nip, text);
        Assert.DoesNotContain(factory.Data.Alpha.Pegawai.Nip, text);

        var search = await Html.GetAsync(client, $"/organisasi/akun?q={factory.Data.Alpha.Pegawai.Nip}");
        Assert.Contains("Tidak ada akun", search.Body!.TextContent);
        var byRole = await Html.GetAsync(client, $"/organisasi/akun?peran={Peran.Pimpinan}");
        Assert.Single(byRole.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task An_admin_of_beta_gets_404_for_an_alpha_account_and_cannot_change_it()
    {
        var target = factory.Data.Alpha.Pimpinan;
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisasi/akun/{target.UserId}")).StatusCode);

        var own = await Html.GetAsync(client, "/organisasi/akun");
        foreach (var handler in new[] { "ResetSandi", "Nonaktifkan", "Reset2fa", "BukaKunci" })
        {
            var response = await PostAsync(client, own, $"/organisasi/akun/{target.UserId}?handler={handler}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var roles = await PostAsync(client, own, $"/organisasi/akun/{target.UserId}?handler=Peran",
            [new("PeranDipilih", Peran.Pegawai), new("PeranDipilih", Peran.AdminKepegawaian)]);
        Assert.Equal(HttpStatusCode.NotFound, roles.StatusCode);

        Assert.DoesNotContain(Peran.AdminKepegawaian, await RolesOfAsync(factory.Data.Alpha.Id, target.UserId));
        await factory.LoginAsync(target);
    }

    [Fact]
    public async Task A_pegawai_cannot_open_account_management()
    {
        var client = await factory.LoginAsync(factory.Data.Beta.Pegawai);
        var response = await client.GetAsync("/organisasi/akun");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akses-ditolak", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_admin_resets_a_password_the_old_one_stops_working_and_the_audit_masks_the_hash()
    {
        var target = factory.Data.Alpha.Atasan;
        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var detail = await Html.GetAsync(client, $"/organisasi/akun/{target.UserId}");
        var response = await PostAsync(client, detail, $"/organisasi/akun/{target.UserId}?handler=ResetSandi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var temporary = (await Html.ParseAsync(response)).QuerySelector("#kata-sandi-sementara")!.TextContent.Trim();
        Assert.True(temporary.Length >= 12);

        var old = await Html.PostFormAsync(factory.CreateBrowserClient(), "/masuk", new() { ["Nip"] = target.Nip, ["Password"] = target.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await factory.LoginAsync(target.Nip, temporary);

        var entry = await factory.WithDbAsync(factory.Data.Alpha.Id, db => db.Audit
            .Where(a => a.Entitas == nameof(ApplicationUser) && a.EntitasId == target.UserId.ToString() && a.Perubahan.Contains("PasswordHash"))
            .OrderByDescending(a => a.Id).FirstAsync()); // write order: on PostgreSQL the entry may not be sealed yet
        Assert.Equal(factory.Data.Alpha.Admin.Nip, entry.Pelaku);
        Assert.Contains("\"PasswordHash\":[\"***\",\"***\"]", entry.Perubahan);
        Assert.DoesNotContain("AQAAAA", entry.Perubahan);
        // Only what changed is listed, not every column Identity's store marks as modified.
        Assert.DoesNotContain("NamaTampilan", entry.Perubahan);
    }

    [Fact]
    public async Task An_admin_cannot_grant_super_admin_but_can_grant_auditor()
    {
        var target = factory.Data.Beta.Atasan;
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        var detail = await Html.GetAsync(client, $"/organisasi/akun/{target.UserId}");
        Assert.NotNull(detail.QuerySelector($"input[name=PeranDipilih][value={Peran.SuperAdmin}][disabled]"));
        var stamp = detail.QuerySelector("input[name=Stamp]")!.GetAttribute("value")!;

        var refused = await PostAsync(client, detail, $"/organisasi/akun/{target.UserId}?handler=Peran",
            [new("Stamp", stamp), new("PeranDipilih", Peran.Pegawai), new("PeranDipilih", Peran.SuperAdmin)]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Hanya Super Admin", Html.Messages(await Html.ParseAsync(refused)));
        Assert.DoesNotContain(Peran.SuperAdmin, await RolesOfAsync(factory.Data.Beta.Id, target.UserId));

        var granted = await PostAsync(client, detail, $"/organisasi/akun/{target.UserId}?handler=Peran",
            [new("Stamp", stamp), new("PeranDipilih", Peran.Pegawai), new("PeranDipilih", Peran.Auditor)]);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal([Peran.Auditor, Peran.Pegawai], (await RolesOfAsync(factory.Data.Beta.Id, target.UserId)).Order());

        // The form opened before that change is now stale.
        var stale = await PostAsync(client, detail, $"/organisasi/akun/{target.UserId}?handler=Peran",
            [new("Stamp", stamp), new("PeranDipilih", Peran.Pegawai)]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_reset_the_password_of_a_super_admin()
    {
        var target = factory.Data.Beta.SuperAdmin;
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        var detail = await Html.GetAsync(client, $"/organisasi/akun/{target.UserId}");
        Assert.Null(detail.QuerySelector("form[action*='ResetSandi']"));
        var response = await PostAsync(client, detail, $"/organisasi/akun/{target.UserId}?handler=ResetSandi");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await factory.LoginAsync(target);
    }

    [Fact]
    public async Task A_super_admin_can_grant_super_admin()
    {
        var target = factory.Data.Alpha.Auditor;
        var client = await factory.LoginAsync(factory.Data.Alpha.SuperAdmin);
        var detail = await Html.GetAsync(client, $"/organisasi/akun/{target.UserId}");
        var stamp = detail.QuerySelector("input[name=Stamp]")!.GetAttribute("value")!;
        var response = await PostAsync(client, detail, $"/organisasi/akun/{target.UserId}?handler=Peran",
            [new("Stamp", stamp), new("PeranDipilih", Peran.Auditor), new("PeranDipilih", Peran.SuperAdmin), new("PeranDipilih", Peran.Pegawai)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(Peran.SuperAdmin, await RolesOfAsync(factory.Data.Alpha.Id, target.UserId));
    }

    [Fact]
    public async Task A_switched_off_account_cannot_sign_in_until_it_is_switched_on_again()
    {
        var target = factory.Data.Beta.Pimpinan;
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        var detail = await Html.GetAsync(client, $"/organisasi/akun/{target.UserId}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, detail, $"/organisasi/akun/{target.UserId}?handler=Nonaktifkan")).StatusCode);

        var refused = await Html.PostFormAsync(factory.CreateBrowserClient(), "/masuk", new() { ["Nip"] = target.Nip, ["Password"] = target.Password });
        Assert.Equal((HttpStatusCode)423, refused.StatusCode);
        Assert.Contains("dinonaktifkan", Html.Messages(await Html.ParseAsync(refused)));
        Assert.Contains("Nonaktif", (await Html.GetAsync(client, $"/organisasi/akun?status=Nonaktif")).Body!.TextContent);

        detail = await Html.GetAsync(client, $"/organisasi/akun/{target.UserId}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, detail, $"/organisasi/akun/{target.UserId}?handler=Aktifkan")).StatusCode);
        await factory.LoginAsync(target);
    }

    [Fact]
    public async Task An_admin_cannot_switch_off_the_own_account()
    {
        var admin = factory.Data.Alpha.Admin;
        var client = await factory.LoginAsync(admin);
        var detail = await Html.GetAsync(client, $"/organisasi/akun/{admin.UserId}");
        var response = await PostAsync(client, detail, $"/organisasi/akun/{admin.UserId}?handler=Nonaktifkan");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task An_account_is_created_for_a_pegawai_without_one_and_the_shown_password_signs_in()
    {
        var alpha = factory.Data.Alpha;
        var pegawai = new Pegawai { Nip = "199901012022031001", Nama = "Pegawai Baru", Jenis = JenisPegawai.Pns, Golongan = "II/a", JabatanId = alpha.JabatanStafId, UnitId = alpha.UnitBidangId };
        await factory.WithDbAsync(alpha.Id, async db => { db.Pegawai.Add(pegawai); await db.SaveChangesAsync(); });

        var client = await factory.LoginAsync(alpha.Admin);
        var noRole = await Html.PostFormAsync(client, $"/organisasi/akun/baru?pegawaiId={pegawai.Id}",
            new() { ["pegawaiId"] = pegawai.Id.ToString(), ["KetikSendiri"] = "false" });
        Assert.Equal(HttpStatusCode.BadRequest, noRole.StatusCode);
        Assert.Contains("sedikitnya satu peran", Html.Messages(await Html.ParseAsync(noRole)));

        var list = await Html.GetAsync(client, "/organisasi/akun/baru");
        Assert.Contains(pegawai.Nip, list.Body!.TextContent);
        Assert.DoesNotContain(alpha.Pegawai.Nip, list.Body!.TextContent);
        Assert.DoesNotContain(factory.Data.Beta.Pegawai.Nip, list.Body!.TextContent);

        var response = await Html.PostFormAsync(client, $"/organisasi/akun/baru?pegawaiId={pegawai.Id}",
            new() { ["pegawaiId"] = pegawai.Id.ToString(), ["PeranDipilih"] = Peran.Pegawai, ["KetikSendiri"] = "false" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var password = (await Html.ParseAsync(response)).QuerySelector("#kata-sandi-awal")!.TextContent.Trim();
        var created = await factory.LoginAsync(pegawai.Nip, password);
        // The admin knows this password: the owner chooses their own before anything else opens.
        var home = await created.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/akun/kata-sandi?wajib=1", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(created, "/akun/kata-sandi",
            new() { ["KataSandiLama"] = password, ["KataSandiBaru"] = "sandiSendiri2026", ["Konfirmasi"] = "sandiSendiri2026" })).StatusCode);
        Assert.Contains("Pegawai Baru", (await Html.GetAsync(created, "/")).Body!.TextContent);

        // A second account for the same pegawai is refused.
        var again = await Html.PostFormAsync(client, $"/organisasi/akun/baru?pegawaiId={pegawai.Id}",
            new() { ["pegawaiId"] = pegawai.Id.ToString(), ["PeranDipilih"] = Peran.Pegawai, ["KetikSendiri"] = "false" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Creating_an_account_for_another_instansis_pegawai_gives_404()
    {
        var beta = factory.Data.Beta;
        var pegawai = new Pegawai { Nip = "199902022022032002", Nama = "Pegawai Beta Baru", Jenis = JenisPegawai.Pns, Golongan = "II/a" };
        await factory.WithDbAsync(beta.Id, async db => { db.Pegawai.Add(pegawai); await db.SaveChangesAsync(); });

        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisasi/akun/baru?pegawaiId={pegawai.Id}")).StatusCode);
        var response = await Html.PostFormAsync(client, "/organisasi/akun/baru",
            new() { ["pegawaiId"] = pegawai.Id.ToString(), ["PeranDipilih"] = Peran.Pegawai, ["KetikSendiri"] = "false" }, $"/organisasi/akun/baru?pegawaiId={pegawai.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithDbAsync(beta.Id, db => db.Users.AnyAsync(u => u.UserName == pegawai.Nip)));
    }

    [Fact]
    public async Task Resetting_two_factor_lets_the_owner_sign_in_with_the_password_only()
    {
        var target = factory.Data.Alpha.Pegawai;
        var (_, _) = await SetUpTwoFactorAsync(await factory.LoginAsync(target));
        await PasswordStepAsync(factory.CreateBrowserClient(), target.Nip, target.Password);

        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var detail = await Html.GetAsync(client, $"/organisasi/akun/{target.UserId}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, detail, $"/organisasi/akun/{target.UserId}?handler=Reset2fa")).StatusCode);
        var signedIn = await Html.PostFormAsync(factory.CreateBrowserClient(), "/masuk", new() { ["Nip"] = target.Nip, ["Password"] = target.Password });
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }
}
