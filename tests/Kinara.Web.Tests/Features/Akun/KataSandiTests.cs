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
