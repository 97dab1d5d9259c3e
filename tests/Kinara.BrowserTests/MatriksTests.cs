using Kinara.Web.Infrastructure.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinara.BrowserTests;

/// <summary>
/// The matriks peran hasil and the tim kerja screens in a real browser: the layout switch between desktop and phone,
/// and the small scripts (cascading choice, htmx pegawai search). Nothing is saved, so the SKP journey of the same demo
/// data is not disturbed.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MatriksTests(AppServer app)
{
    [Fact]
    public async Task The_matrix_is_a_table_with_a_sticky_rhk_column_on_a_desktop_and_one_card_per_rhk_on_a_phone()
    {
        var desktop = await BrowserSession.LoginAsync(app, DemoAccounts.Atasan, BrowserSession.Desktop);
        await desktop.GotoAsync("/perencanaan/matriks");
        await Expect(desktop.Locator("#matriks")).ToBeVisibleAsync();
        await Expect(desktop.Locator("#matriks-ponsel")).ToBeHiddenAsync();
        Assert.True(await desktop.Locator("#matriks thead th[data-pegawai]").CountAsync() > 0, "the demo atasan has bawahan columns");
        Assert.Equal("sticky", await desktop.Locator("#matriks tbody th.matriks-rhk").First.EvaluateAsync<string>("e => getComputedStyle(e).position"));
        // Scrolled sideways, the RHK column stays where it was.
        var kiri = (await desktop.Locator("#matriks tbody th.matriks-rhk").First.BoundingBoxAsync())!.X;
        await desktop.Locator(".matriks-gulir").EvaluateAsync("e => e.scrollLeft = 400");
        Assert.Equal(kiri, (await desktop.Locator("#matriks tbody th.matriks-rhk").First.BoundingBoxAsync())!.X);
        await BrowserSession.ScreenshotAsync(app, desktop, "atasan-perencanaan-matriks", BrowserSession.Desktop);
        await desktop.Context.CloseAsync();

        var phone = await BrowserSession.LoginAsync(app, DemoAccounts.Atasan, BrowserSession.Phone);
        await phone.GotoAsync("/perencanaan/matriks");
        await Expect(phone.Locator(".matriks-gulir")).ToBeHiddenAsync();
        await Expect(phone.Locator("#matriks-ponsel section").First).ToBeVisibleAsync();
        // No sideways scrolling of the page on a 390 px phone.
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await BrowserSession.ScreenshotAsync(app, phone, "atasan-perencanaan-matriks", BrowserSession.Phone);
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task The_assign_form_shows_only_the_part_of_the_chosen_way_of_cascading()
    {
        foreach (var width in new[] { BrowserSession.Desktop, BrowserSession.Phone })
        {
            var page = await BrowserSession.LoginAsync(app, DemoAccounts.Atasan, width);
            await page.GotoAsync("/perencanaan/matriks");
            var rhk = (await page.Locator("#matriks tbody tr").First.GetAttributeAsync("id"))!.Replace("rhk-", "");
            await page.GotoAsync($"/perencanaan/matriks/rhk/{rhk}/tetapkan");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tetapkan RHK kepada bawahan");

            await page.GetByRole(AriaRole.Radio, new() { Name = "Langsung — RHK dan indikator" }).CheckAsync();
            await Expect(page.Locator("section[data-bagian=langsung]")).ToBeVisibleAsync();
            await Expect(page.Locator("section[data-bagian=tidak-langsung]")).ToBeHiddenAsync();
            await page.GetByRole(AriaRole.Radio, new() { Name = "Tidak langsung — Anda" }).CheckAsync();
            await Expect(page.Locator("section[data-bagian=langsung]")).ToBeHiddenAsync();
            await Expect(page.GetByLabel("Uraian RHK untuk bawahan")).ToBeVisibleAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
            await BrowserSession.ScreenshotAsync(app, page, "atasan-perencanaan-matriks-tetapkan", width);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_pegawai_search_of_a_new_team_finds_people_by_nip_and_keeps_the_chosen_ketua()
    {
        var page = await BrowserSession.LoginAsync(app, DemoAccounts.Atasan, BrowserSession.Desktop);
        await page.GotoAsync("/perencanaan/tim");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tim kerja");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bentuk tim kerja" }).ClickAsync();

        // The Auditor works at the Inspektorat, outside the atasan's unit: found all the same (htmx, as one types).
        await page.GetByLabel("Cari pegawai (nama atau NIP)").FillAsync(DemoAccounts.Auditor.Nip);
        var calon = page.Locator("#hasil-cari input[name='Input.KetuaId']");
        await Expect(calon).ToHaveCountAsync(1);
        await calon.ClickAsync();
        await Expect(page.Locator("#ketua-dipilih input[name='Input.KetuaId']")).ToBeCheckedAsync();

        // Searching again keeps the choice.
        await page.GetByLabel("Cari pegawai (nama atau NIP)").FillAsync(DemoAccounts.Admin.Nip);
        await Expect(page.Locator("#hasil-cari input[name='Input.KetuaId']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#ketua-dipilih input[name='Input.KetuaId']")).ToBeCheckedAsync();
        await Expect(page.Locator("#ketua-dipilih")).ToContainTextAsync(DemoAccounts.Auditor.Nip);
        await BrowserSession.ScreenshotAsync(app, page, "atasan-perencanaan-tim-baru", BrowserSession.Desktop);
        await page.Context.CloseAsync();
    }
}
