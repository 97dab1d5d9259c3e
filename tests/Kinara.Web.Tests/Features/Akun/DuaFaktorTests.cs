using System.Net;
using Kinara.Web.Tests.Infrastructure;
using static Kinara.Web.Tests.Features.Akun.AkunTestHelpers;

namespace Kinara.Web.Tests.Features.Akun;

public sealed class DuaFaktorTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task The_setup_page_shows_a_qr_code_and_the_key_grouped_in_fours()
    {
        var client = await factory.LoginAsync(factory.Data.Beta.Pimpinan);
        var page = await Html.GetAsync(client, "/akun/dua-faktor");
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("img[alt*='QR']")!.GetAttribute("src"));
        var groups = page.QuerySelector("#kunci")!.TextContent.Trim().Split(' ');
        Assert.True(groups.Length >= 8);
        Assert.All(groups[..^1], g => Assert.Equal(4, g.Length));
        // The same key on a second visit: the phone that scanned it must keep working.
        var again = await Html.GetAsync(client, "/akun/dua-faktor");
        Assert.Equal(page.QuerySelector("#kunci")!.TextContent, again.QuerySelector("#kunci")!.TextContent);
    }

    [Fact]
    public async Task A_wrong_first_code_does_not_turn_two_factor_on()
    {
        var client = await factory.LoginAsync(factory.Data.Beta.Atasan);
        var page = await Html.GetAsync(client, "/akun/dua-faktor");
        var key = page.QuerySelector("#kunci")!.TextContent.Replace(" ", "");
        var response = await PostAsync(client, page, "/akun/dua-faktor?handler=Aktifkan", new() { ["Kode"] = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kode salah", Html.Messages(await Html.ParseAsync(response)));
        // Still only a password is needed.
        await factory.LoginAsync(factory.Data.Beta.Atasan);
    }

    [Fact]
    public async Task After_setup_with_a_totp_code_signing_in_asks_for_the_code_and_accepts_only_the_right_one()
    {
        var account = factory.Data.Alpha.Atasan;
        var (key, codes) = await SetUpTwoFactorAsync(await factory.LoginAsync(account));
        Assert.Equal(10, codes.Count);

        var client = factory.CreateBrowserClient();
        var step2 = await PasswordStepAsync(client, account.Nip, account.Password);
        // Half signed in is not signed in.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        var wrong = await Html.PostFormAsync(client, step2, new() { ["Kode"] = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Kode salah", Html.Messages(await Html.ParseAsync(wrong)));

        var right = await Html.PostFormAsync(client, step2, new() { ["Kode"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Headers.Location!.OriginalString);
        var home = await Html.GetAsync(client, "/");
        Assert.Contains(account.Nama, home.Body!.TextContent);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_never_again()
    {
        var account = factory.Data.Alpha.Pimpinan;
        var (_, codes) = await SetUpTwoFactorAsync(await factory.LoginAsync(account));

        var client = factory.CreateBrowserClient();
        await PasswordStepAsync(client, account.Nip, account.Password);
        var used = await Html.PostFormAsync(client, "/masuk/dua-faktor?Pemulihan=true", new() { ["Kode"] = codes[0], ["Pemulihan"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);

        var other = factory.CreateBrowserClient();
        await PasswordStepAsync(other, account.Nip, account.Password);
        var reused = await Html.PostFormAsync(other, "/masuk/dua-faktor?Pemulihan=true", new() { ["Kode"] = codes[0], ["Pemulihan"] = "true" });
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        Assert.Contains("sudah pernah dipakai", Html.Messages(await Html.ParseAsync(reused)));
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_and_then_even_the_right_code_is_refused()
    {
        var account = factory.Data.Beta.Pegawai;
        var (key, _) = await SetUpTwoFactorAsync(await factory.LoginAsync(account));

        var client = factory.CreateBrowserClient();
        var step2 = await PasswordStepAsync(client, account.Nip, account.Password);
        HttpResponseMessage response = null!;
        for (var i = 0; i < 5; i++)
        {
            response = await Html.PostFormAsync(client, step2, new() { ["Kode"] = Totp.WrongCode(key) });
        }
        Assert.Equal((HttpStatusCode)423, response.StatusCode);
        var right = await Html.PostFormAsync(client, step2, new() { ["Kode"] = Totp.Code(key) });
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
        Assert.Contains("terkunci", Html.Messages(await Html.ParseAsync(right)));
    }

    [Fact]
    public async Task The_second_step_without_a_password_step_goes_back_to_masuk()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/masuk/dua-faktor");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location!.OriginalString);
        Assert.DoesNotContain("dua-faktor", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_user_can_turn_two_factor_off_with_the_password_and_then_signs_in_with_the_password_only()
    {
        var account = factory.Data.Beta.Auditor;
        var (key, _) = await SetUpTwoFactorAsync(await factory.LoginAsync(account));
        var client = await LoginWithTwoFactorAsync(factory, account, key);

        var page = await Html.GetAsync(client, "/akun/dua-faktor");
        var wrong = await PostAsync(client, page, "/akun/dua-faktor?handler=Matikan", new() { ["KataSandi"] = "bukan-sandinya1" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        var off = await PostAsync(client, page, "/akun/dua-faktor?handler=Matikan", new() { ["KataSandi"] = account.Password });
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        await factory.LoginAsync(account);
    }
}
