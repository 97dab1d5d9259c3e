using System.Net;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Security;

/// <summary>
/// Cookie flags. Lockout after 5 wrong passwords: Features/Akun/PenguncianTests.cs; the per-address sign-in rate limit:
/// Features/Akun/BatasMasukTests.cs; security headers and the plain-HTTP sign-in cookie: Platform/OperationsTests.cs.
/// </summary>
public sealed class KukiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Session_and_antiforgery_cookies_are_http_only_same_site_and_secure_exactly_when_the_request_is_https(bool https)
    {
        // Cookies are carried by hand: an HTTP client would rightly not send a Secure cookie back over plain http://,
        // but here the app sees https through the forwarded header, as behind the TLS-terminating proxy on loopback.
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (https)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }
        var login = await client.GetAsync("/masuk");
        var antiforgery = Kuki(login, ".Kinara.Af");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/masuk")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Nip"] = factory.Data.Alpha.Pegawai.Nip, ["Password"] = TestData.Password,
                ["__RequestVerificationToken"] = Html.AntiforgeryToken(await Html.ParseAsync(login)),
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var masuk = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, masuk.StatusCode);
        var sesi = Kuki(masuk, ".Kinara.Masuk");

        foreach (var (nama, kuki, sameSite) in new[] { ("sign-in", sesi, new[] { "lax" }), ("antiforgery", antiforgery, new[] { "lax", "strict" }) })
        {
            var atribut = Atribut(kuki);
            Assert.True(atribut.Contains("httponly"), $"{nama} cookie is not HttpOnly: {kuki}");
            Assert.True(sameSite.Any(s => atribut.Contains("samesite=" + s)), $"{nama} cookie has no SameSite={string.Join("/", sameSite)}: {kuki}");
            Assert.True(atribut.Contains("secure") == https, $"{nama} cookie Secure should be {https}: {kuki}");
            Assert.Contains("path=/", atribut);
        }
    }

    [Fact]
    public async Task The_sign_in_cookie_is_not_readable_by_the_page_and_is_gone_after_sign_out()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Auditor);
        var home = await Html.GetAsync(client, "/");
        var keluar = await client.PostAsync("/keluar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(home),
        }));
        Assert.Equal(HttpStatusCode.Redirect, keluar.StatusCode);
        var hapus = Kuki(keluar, ".Kinara.Masuk");
        Assert.Contains("expires=thu, 01 jan 1970", hapus.ToLowerInvariant());
        var lagi = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, lagi.StatusCode);
        Assert.StartsWith("/masuk", lagi.Headers.Location!.PathAndQuery);
    }

    private static string Kuki(HttpResponseMessage response, string nama) =>
        response.Headers.TryGetValues("Set-Cookie", out var all) && all.FirstOrDefault(c => c.StartsWith(nama + "=")) is { } c
            ? c : throw new Xunit.Sdk.XunitException($"No Set-Cookie {nama} on {response.RequestMessage?.RequestUri}");

    private static HashSet<string> Atribut(string setCookie) =>
        setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToHashSet();
}
