using System.Net;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Features.Akun;

public sealed class MasukTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task An_anonymous_visitor_of_the_home_page_is_redirected_to_masuk()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_login_form_has_fields_named_Nip_and_Password()
    {
        var page = await Html.GetAsync(factory.CreateBrowserClient(), "/masuk");
        Assert.NotNull(page.QuerySelector("input[name=Nip]"));
        Assert.NotNull(page.QuerySelector("input[name=Password][type=password]"));
    }

    [Fact]
    public async Task A_correct_nip_and_password_signs_in_and_shows_the_home_page_with_the_name()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Pegawai);
        var home = await Html.GetAsync(client, "/");
        Assert.Contains(factory.Data.Alpha.Pegawai.Nama, home.Body!.TextContent);
    }

    [Fact]
    public async Task The_pegawai_home_page_shows_the_pejabat_penilai_derived_from_the_position_tree()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Pegawai);
        var home = await Html.GetAsync(client, "/");
        Assert.Contains(factory.Data.Alpha.Atasan.Nama, home.QuerySelector("#penilai-judul")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_401_and_an_indonesian_message()
    {
        var client = factory.CreateBrowserClient();
        var response = await Html.PostFormAsync(client, "/masuk", new() { ["Nip"] = factory.Data.Beta.Auditor.Nip, ["Password"] = "salah-sekali1" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("NIP atau kata sandi salah", Html.Messages(await Html.ParseAsync(response)));
    }

    [Fact]
    public async Task A_malformed_nip_is_refused_with_400_naming_what_is_wrong()
    {
        var client = factory.CreateBrowserClient();
        var response = await Html.PostFormAsync(client, "/masuk", new() { ["Nip"] = "1966130119880310", ["Password"] = "apa saja1" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("18 digit", Html.Messages(page));
        Assert.Equal("1966130119880310", page.QuerySelector("input[name=Nip]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unknown_nip_gets_the_same_message_as_a_wrong_password()
    {
        var client = factory.CreateBrowserClient();
        var response = await Html.PostFormAsync(client, "/masuk", new() { ["Nip"] = "196608011988031999", ["Password"] = "apa saja1" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("NIP atau kata sandi salah", Html.Messages(await Html.ParseAsync(response)));
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_refused()
    {
        var client = factory.CreateBrowserClient();
        var response = await client.PostAsync("/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Nip"] = factory.Data.Alpha.Pegawai.Nip, ["Password"] = TestData.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored_after_login()
    {
        var client = factory.CreateBrowserClient();
        var response = await Html.PostFormAsync(client, "/masuk?ReturnUrl=https%3A%2F%2Fjahat.example%2F",
            new() { ["Nip"] = factory.Data.Beta.Pegawai.Nip, ["Password"] = TestData.Password, ["ReturnUrl"] = "https://jahat.example/" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
