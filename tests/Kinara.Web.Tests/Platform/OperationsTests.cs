using System.Net;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Platform;

public sealed class OperationsTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task Health_live_answers_without_login()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_ready_checks_the_database_and_answers_healthy()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/masuk");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site()
    {
        var client = factory.CreateBrowserClient();
        var response = await Html.PostFormAsync(client, "/masuk", new() { ["Nip"] = factory.Data.Alpha.Auditor.Nip, ["Password"] = TestData.Password });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Kinara.Masuk="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_missing_page_shows_the_friendly_404_page_in_indonesian()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Pegawai);
        var response = await client.GetAsync("/tidak/ada/halaman-ini");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Halaman tidak ditemukan", page.Body!.TextContent);
    }

    [Fact]
    public async Task The_english_switch_changes_the_interface_language_and_indonesian_is_the_default()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Pegawai);
        var id = await Html.GetAsync(client, "/");
        Assert.Equal("id", id.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Beranda", id.QuerySelector("nav")!.TextContent);

        var switchResponse = await client.GetAsync("/bahasa?budaya=en-US&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, switchResponse.StatusCode);
        var en = await Html.GetAsync(client, "/");
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Home", en.QuerySelector("nav")!.TextContent);
    }

    [Fact]
    public async Task A_forwarded_https_request_from_the_local_proxy_is_seen_as_https()
    {
        var client = factory.CreateBrowserClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/masuk");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        // Behind a TLS-terminating proxy the antiforgery cookie must be marked Secure (it follows the request scheme).
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".Kinara.Af="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
