using Kinara.Web.Infrastructure.Demo;
using Microsoft.Playwright;

namespace Kinara.BrowserTests;

/// <summary>Signs a demo account in through the real login form and takes screenshots of what the user sees.</summary>
public static class BrowserSession
{
    public const int Desktop = 1280;
    public const int Phone = 390;

    public static async Task<IPage> LoginAsync(AppServer app, DemoAccount account, int width)
    {
        var page = await app.NewPageAsync(width);
        await page.GotoAsync("/masuk");
        await page.GetByLabel("NIP").FillAsync(account.Nip);
        await page.GetByLabel("Kata sandi").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        // Only the URL is awaited (the next step navigates or uses auto-waiting locators): waiting for the "load" event as
        // well once timed out in CI after the page had loaded and gone network-idle (Playwright missed the event).
        await page.WaitForURLAsync(url => !url.Contains("/masuk"), new() { WaitUntil = WaitUntilState.Commit });
        return page;
    }

    public static async Task ScreenshotAsync(AppServer app, IPage page, string name, int width)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(app.ScreenshotDir, $"{name}-{width}.png"),
            FullPage = true,
        });
    }
}
