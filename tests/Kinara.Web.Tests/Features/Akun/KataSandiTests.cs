using System.Net;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Features.Akun;

public sealed class KataSandiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private static Dictionary<string, string> Form(string lama, string baru, string ulang) =>
        new() { ["KataSandiLama"] = lama, ["KataSandiBaru"] = baru, ["Konfirmasi"] = ulang };

    [Fact]
    public async Task Changing_the_password_keeps_the_session_and_only_the_new_password_works_afterwards()
    {
        var account = factory.Data.Alpha.Pegawai;
        var client = await factory.LoginAsync(account);
        var response = await Html.PostFormAsync(client, "/akun/kata-sandi", Form(account.Password, "sandiBaru2026", "sandiBaru2026"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The session was re-issued after the security stamp changed.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var old = await Html.PostFormAsync(factory.CreateBrowserClient(), "/masuk", new() { ["Nip"] = account.Nip, ["Password"] = account.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await factory.LoginAsync(account.Nip, "sandiBaru2026");
    }

    [Fact]
    public async Task After_an_admin_reset_the_owner_reaches_nothing_but_the_password_page_until_they_choose_their_own()
    {
        var target = factory.Data.Beta.Auditor;
        var admin = await factory.LoginAsync(factory.Data.Beta.Admin);
        var reset = await Html.PostFormAsync(admin, $"/organisasi/akun/{target.UserId}", new(), $"/organisasi/akun/{target.UserId}?handler=ResetSandi");
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var sementara = (await Html.ParseAsync(reset)).QuerySelector("#kata-sandi-sementara")!.TextContent.Trim();

        var owner = await factory.LoginAsync(target.Nip, sementara);
        foreach (var url in new[] { "/", "/perencanaan/skp", "/organisasi/unit", "/audit" })
        {
            var r = await owner.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Equal("/akun/kata-sandi?wajib=1", r.Headers.Location!.OriginalString);
        }
        var page = await Html.GetAsync(owner, "/akun/kata-sandi?wajib=1");
        Assert.NotNull(page.QuerySelector("#wajib-ganti"));
        // The page's own style sheet still loads.
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/css/site.css")).StatusCode);

        var ganti = await Html.PostFormAsync(owner, "/akun/kata-sandi", Form(sementara, "milikSendiri2026", "milikSendiri2026"));
        Assert.Equal(HttpStatusCode.Redirect, ganti.StatusCode);
        Assert.Equal("/", ganti.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/")).StatusCode);
        Assert.Null((await Html.GetAsync(owner, "/akun/kata-sandi")).QuerySelector("#wajib-ganti"));
        // A later sign-in is not sent to change it again.
        var lagi = await factory.LoginAsync(target.Nip, "milikSendiri2026");
        Assert.Equal(HttpStatusCode.OK, (await lagi.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_with_a_message_on_that_field()
    {
        var client = await factory.LoginAsync(factory.Data.Beta.Pegawai);
        var response = await Html.PostFormAsync(client, "/akun/kata-sandi", Form("bukanSandi99", "sandiBaru2026", "sandiBaru2026"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Kata sandi saat ini salah", page.QuerySelector("[data-valmsg-for=KataSandiLama]")!.TextContent);
    }

    [Fact]
    public async Task A_weak_or_mismatched_new_password_is_refused_in_indonesian()
    {
        var account = factory.Data.Beta.Atasan;
        var client = await factory.LoginAsync(account);
        var weak = await Html.PostFormAsync(client, "/akun/kata-sandi", Form(account.Password, "pendek", "pendek"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("minimal 8 karakter", Html.Messages(await Html.ParseAsync(weak)));

        var mismatch = await Html.PostFormAsync(client, "/akun/kata-sandi", Form(account.Password, "sandiBaru2026", "sandiBaru2027"));
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("tidak sama", Html.Messages(await Html.ParseAsync(mismatch)));
        await factory.LoginAsync(account);
    }
}
