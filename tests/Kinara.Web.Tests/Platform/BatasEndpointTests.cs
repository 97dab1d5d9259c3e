using System.Net;
using Kinara.Web.Infrastructure.Bench;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Platform;

/// <summary>The app as the load benchmark starts it: the limit endpoint switched on.</summary>
public sealed class BatasFactory : KinaraFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { [BatasEndpoint.Setelan] = "true" };
}

public sealed class BatasEndpointTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task Without_the_benchmark_setting_the_limit_endpoint_does_not_exist()
    {
        var url = $"/bench/batas/{factory.Data.Alpha.Pegawai.PegawaiId}";
        var anonim = await factory.CreateBrowserClient().GetAsync(url);
        Assert.NotEqual(HttpStatusCode.OK, anonim.StatusCode);
        Assert.DoesNotContain(factory.Data.Alpha.Pegawai.Nama, await anonim.Content.ReadAsStringAsync());

        var admin = await factory.LoginAsync(factory.Data.Alpha.SuperAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
    }
}

public sealed class BatasEndpointAktifTests(BatasFactory factory) : IClassFixture<BatasFactory>
{
    [Fact]
    public async Task With_the_benchmark_setting_it_answers_a_tiny_page_by_primary_key_without_sign_in()
    {
        var client = factory.CreateBrowserClient();
        var response = await client.GetAsync($"/bench/batas/{factory.Data.Alpha.Pegawai.PegawaiId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<p>", html);
        Assert.True(html.Length < 300, html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/bench/batas/{Guid.NewGuid()}")).StatusCode);
    }
}
