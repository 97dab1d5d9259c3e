using Kinara.Web.Infrastructure.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinara.BrowserTests;

[Collection(AppCollection.Name)]
public sealed class MasukTests(AppServer app)
{
    public static TheoryData<string> Roles => new(DemoAccounts.All.Select(a => a.Nip));

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_demo_account_signs_in_and_sees_its_home_page_at_desktop_and_phone_width(string nip)
    {
        var account = DemoAccounts.All.Single(a => a.Nip == nip);
        foreach (var width in new[] { BrowserSession.Desktop, BrowserSession.Phone })
        {
            var page = await BrowserSession.LoginAsync(app, account, width);
            await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Selamat datang");
            await BrowserSession.ScreenshotAsync(app, page, $"beranda-{account.Peran}-{account.Nip}", width);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_wrong_password_shows_an_indonesian_message_and_keeps_the_nip()
    {
        foreach (var width in new[] { BrowserSession.Desktop, BrowserSession.Phone })
        {
            var page = await app.NewPageAsync(width);
            await page.GotoAsync("/masuk");
            await page.GetByLabel("NIP").FillAsync(DemoAccounts.Auditor.Nip);
            await page.GetByLabel("Kata sandi").FillAsync("bukan-sandinya1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("NIP atau kata sandi salah");
            await Expect(page.GetByLabel("NIP")).ToHaveValueAsync(DemoAccounts.Auditor.Nip);
            await BrowserSession.ScreenshotAsync(app, page, "masuk-salah", width);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_pegawai_sees_the_atasan_as_pejabat_penilai_and_the_atasan_sees_the_pegawai_as_bawahan()
    {
        var pegawai = await BrowserSession.LoginAsync(app, DemoAccounts.Pegawai, BrowserSession.Desktop);
        var penilai = pegawai.Locator("section", new() { Has = pegawai.GetByRole(AriaRole.Heading, new() { Name = "Pejabat penilai kinerja" }) });
        await Expect(penilai).ToContainTextAsync(DemoAccounts.Atasan.Nip);
        await pegawai.Context.CloseAsync();

        var atasan = await BrowserSession.LoginAsync(app, DemoAccounts.Atasan, BrowserSession.Desktop);
        var bawahan = atasan.Locator("section", new() { Has = atasan.GetByRole(AriaRole.Heading, new() { Name = "Bawahan yang Anda nilai" }) });
        await Expect(bawahan).ToContainTextAsync(DemoAccounts.Pegawai.Nip);
        await atasan.Context.CloseAsync();
    }
}
