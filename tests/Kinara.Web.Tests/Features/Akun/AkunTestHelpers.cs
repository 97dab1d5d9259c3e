using System.Net;
using AngleSharp.Dom;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Features.Akun;

/// <summary>Steps several account tests share: post a form from a page already loaded, set up two-factor, sign in with it.</summary>
public static class AkunTestHelpers
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, IDocument page, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", Html.AntiforgeryToken(page)))));

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, IDocument page, string url, Dictionary<string, string>? fields = null) =>
        PostAsync(client, page, url, (IEnumerable<KeyValuePair<string, string>>?)fields ?? []);

    /// <summary>Turns two-factor on through /akun/dua-faktor like a user with an authenticator app; returns the key and recovery codes.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> SetUpTwoFactorAsync(HttpClient client)
    {
        var page = await Html.GetAsync(client, "/akun/dua-faktor");
        var key = page.QuerySelector("#kunci")!.TextContent.Replace(" ", "").Trim();
        var response = await PostAsync(client, page, "/akun/dua-faktor?handler=Aktifkan", new() { ["Kode"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var done = await Html.ParseAsync(response);
        var codes = done.QuerySelectorAll("ul[aria-label='Daftar kode pemulihan'] li").Select(li => li.TextContent.Trim()).ToList();
        return (key, codes);
    }

    /// <summary>Password step; asserts that the second step is asked for and returns its URL.</summary>
    public static async Task<string> PasswordStepAsync(HttpClient client, string nip, string password)
    {
        var response = await Html.PostFormAsync(client, "/masuk", new() { ["Nip"] = nip, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/masuk/dua-faktor", location);
        return location;
    }

    public static async Task<HttpClient> LoginWithTwoFactorAsync(KinaraFactory factory, TestAccount account, string key)
    {
        var client = factory.CreateBrowserClient();
        var step2 = await PasswordStepAsync(client, account.Nip, account.Password);
        var response = await Html.PostFormAsync(client, step2, new() { ["Kode"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
