using System.Net;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Features.Akun;

public sealed class PenguncianTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private Task<HttpResponseMessage> TryAsync(string nip, string password) =>
        Html.PostFormAsync(factory.CreateBrowserClient(), "/masuk", new() { ["Nip"] = nip, ["Password"] = password });

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_password_is_refused_with_423()
    {
        var account = factory.Data.Alpha.Auditor;
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(account.Nip, "salahLagi" + i)).StatusCode);
        }
        var fifth = await TryAsync(account.Nip, "salahLagi5");
        Assert.Equal((HttpStatusCode)423, fifth.StatusCode);
        Assert.Contains("terkunci", Html.Messages(await Html.ParseAsync(fifth)));

        var right = await TryAsync(account.Nip, account.Password);
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
        Assert.Contains("Akun Anda terkunci", Html.Messages(await Html.ParseAsync(right)));
    }

    [Fact]
    public async Task The_admin_unlocks_a_locked_account_and_its_owner_signs_in_again()
    {
        var account = factory.Data.Beta.Auditor;
        for (var i = 0; i < 5; i++)
        {
            await TryAsync(account.Nip, "salahLagi" + i);
        }
        Assert.Equal((HttpStatusCode)423, (await TryAsync(account.Nip, account.Password)).StatusCode);

        var admin = await factory.LoginAsync(factory.Data.Beta.Admin);
        var detail = await Html.GetAsync(admin, $"/organisasi/akun/{account.UserId}");
        Assert.Contains("Terkunci", detail.Body!.TextContent);
        var unlock = await AkunTestHelpers.PostAsync(admin, detail, $"/organisasi/akun/{account.UserId}?handler=BukaKunci");
        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        await factory.LoginAsync(account);
    }
}
