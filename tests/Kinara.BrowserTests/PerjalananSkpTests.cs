using System.Text.RegularExpressions;
using Kinara.Web.Infrastructure.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinara.BrowserTests;

/// <summary>
/// The whole planning journey in a real browser, as the two people do it: the pegawai builds an SKP from the indicator
/// library and submits it; the atasan returns it with a reason; the pegawai fixes the target and submits again; the
/// atasan approves; the pegawai downloads the PDF.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class PerjalananSkpTests(AppServer app)
{
    private const string Alasan = "Target jumlah pegawai yang dikelola kinerjanya terlalu rendah; naikkan menjadi 350 orang.";

    [Fact]
    public async Task A_pegawai_builds_an_skp_from_the_library_the_atasan_returns_it_then_approves_the_fix_and_the_pdf_downloads()
    {
        var pegawai = await BrowserSession.LoginAsync(app, DemoAccounts.Pegawai, BrowserSession.Desktop);
        pegawai.Dialog += (_, d) => d.AcceptAsync();

        // 1. Create the SKP for this year (or open the draft another test made from the matrix).
        await pegawai.GotoAsync("/perencanaan/skp");
        var buat = pegawai.Locator("main a[href='/perencanaan/skp/baru'].btn-primary");
        if (await buat.CountAsync() > 0)
        {
            await pegawai.GotoAsync("/perencanaan/skp/baru");
            await pegawai.GetByRole(AriaRole.Button, new() { Name = "Buat SKP" }).ClickAsync();
        }
        else
        {
            await pegawai.Locator("#daftar-skp a.btn").First.ClickAsync();
        }
        await pegawai.WaitForURLAsync(SkpUrl());
        var skpUrl = new Uri(pegawai.Url).AbsolutePath;

        // 2. Pick the library's RHK for an analis kepegawaian, supporting the atasan's first RHK.
        await pegawai.GotoAsync(skpUrl + "/pustaka");
        var kartu = pegawai.Locator("article.template-rhk", new() { HasText = "Terlaksananya pengelolaan kinerja pegawai" }).First;
        await kartu.Locator("select[name=rhkAtasanId]").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await kartu.GetByRole(AriaRole.Button, new() { Name = "Pakai contoh ini" }).ClickAsync();
        await pegawai.WaitForURLAsync(SkpUrl());
        await Expect(pegawai.Locator("main")).ToContainTextAsync("Terlaksananya pengelolaan kinerja pegawai");
        await BrowserSession.ScreenshotAsync(app, pegawai, "perjalanan-1-draf", BrowserSession.Desktop);

        // 3. Submit.
        await AjukanAsync(pegawai, skpUrl);
        await Expect(pegawai.Locator("#langkah-berikutnya")).ToContainTextAsync("menunggu persetujuan");

        // 4. The atasan returns it with a reason.
        var atasan = await BrowserSession.LoginAsync(app, DemoAccounts.Atasan, BrowserSession.Desktop);
        atasan.Dialog += (_, d) => d.AcceptAsync();
        await atasan.GotoAsync(skpUrl);
        await atasan.Locator("#keputusan-penilai").GetByRole(AriaRole.Link, new() { Name = "Kembalikan" }).ClickAsync();
        await atasan.Locator("#alasan-kembalikan").FillAsync(Alasan);
        await atasan.Locator("#dialog-kembalikan").GetByRole(AriaRole.Button, new() { Name = "Kembalikan SKP" }).ClickAsync();
        await atasan.WaitForURLAsync(url => url.Contains("/perencanaan/skp-bawahan"));

        // 5. The pegawai sees the reason, fixes the target, and submits again.
        await pegawai.GotoAsync(skpUrl);
        await Expect(pegawai.Locator("main")).ToContainTextAsync(Alasan);
        await BrowserSession.ScreenshotAsync(app, pegawai, "perjalanan-2-dikembalikan", BrowserSession.Desktop);
        await pegawai.Locator("main a[href*='/indikator/']").First.ClickAsync();
        await pegawai.WaitForURLAsync(url => url.Contains("/indikator/"));
        await pegawai.Locator("#Input_Target").FillAsync("350");
        await pegawai.Locator("main form[method=post] button[type=submit]").First.ClickAsync();
        await pegawai.WaitForURLAsync(SkpUrl());
        await Expect(pegawai.Locator("main")).ToContainTextAsync("350");
        await AjukanAsync(pegawai, skpUrl);

        // 6. The atasan approves.
        await atasan.GotoAsync(skpUrl);
        await atasan.Locator("#form-setujui").GetByRole(AriaRole.Button, new() { Name = "Setujui SKP" }).ClickAsync();
        await atasan.WaitForURLAsync(url => url.Contains("/perencanaan/skp-bawahan"));
        await BrowserSession.ScreenshotAsync(app, atasan, "perjalanan-3-disetujui-atasan", BrowserSession.Desktop);

        // 7. The pegawai downloads the approved SKP as a PDF.
        await pegawai.GotoAsync(skpUrl);
        await Expect(pegawai.Locator("main")).ToContainTextAsync("Disetujui");
        var unduh = await pegawai.RunAndWaitForDownloadAsync(() => pegawai.GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" }).First.ClickAsync());
        Assert.EndsWith(".pdf", unduh.SuggestedFilename);
        var berkas = Path.Combine(app.ScreenshotDir, "perjalanan-skp.pdf");
        await unduh.SaveAsAsync(berkas);
        var awal = new byte[5];
        await using (var f = File.OpenRead(berkas))
        {
            await f.ReadExactlyAsync(awal);
        }
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(awal));
        Assert.True(new FileInfo(berkas).Length > 5_000, "the PDF has content");

        await pegawai.SetViewportSizeAsync(BrowserSession.Phone, 800);
        await BrowserSession.ScreenshotAsync(app, pegawai, "perjalanan-4-disetujui", BrowserSession.Phone);
        await pegawai.Context.CloseAsync();
        await atasan.Context.CloseAsync();
    }

    private static async Task AjukanAsync(IPage page, string skpUrl)
    {
        await page.GotoAsync(skpUrl + "/ajukan");
        await page.Locator("#form-ajukan").GetByRole(AriaRole.Button, new() { Name = "Ajukan sekarang" }).ClickAsync();
        await page.WaitForURLAsync(SkpUrl());
    }

    private static Regex SkpUrl() => SkpUrlRegex();

    [GeneratedRegex(@"/perencanaan/skp/[0-9a-f-]{36}(#.*)?$")]
    private static partial Regex SkpUrlRegex();
}
