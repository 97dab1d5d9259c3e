using System.Net;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kinara.Web.Tests.Features.Akun.AkunTestHelpers;

namespace Kinara.Web.Tests.Features.Akun;

/// <summary>Both instansi require two-factor sign-in for admins (its own database: the setting is per class).</summary>
public sealed class WajibDuaFaktorTests(KinaraFactory factory) : IClassFixture<KinaraFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        foreach (var id in new[] { factory.Data.Alpha.Id, factory.Data.Beta.Id })
        {
            await factory.WithDbAsync(id, async db =>
            {
                var instansi = await db.Instansi.SingleAsync(i => i.Id == id);
                instansi.Wajib2faAdmin = true;
                await db.SaveChangesAsync();
            });
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_admin_without_two_factor_is_sent_to_the_setup_page_with_an_explanation()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var response = await client.GetAsync("/organisasi/unit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/akun/dua-faktor?wajib=1", response.Headers.Location!.OriginalString);
        var page = await Html.GetAsync(client, "/akun/dua-faktor?wajib=1");
        Assert.Contains("mewajibkan verifikasi dua langkah", page.Body!.TextContent);
    }

    [Fact]
    public async Task After_setup_the_admin_reaches_admin_pages_and_a_later_two_factor_sign_in_does_too()
    {
        var admin = factory.Data.Alpha.SuperAdmin;
        var client = await factory.LoginAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/organisasi/unit")).StatusCode);

        var (key, _) = await SetUpTwoFactorAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organisasi/unit")).StatusCode);

        // SignInManager marks a two-factor sign-in with amr=mfa, which the enforcement looks for.
        var later = await LoginWithTwoFactorAsync(factory, admin, key);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/organisasi/unit")).StatusCode);

        // The admin may not turn it off while the instansi requires it.
        var page = await Html.GetAsync(later, "/akun/dua-faktor");
        Assert.Null(page.QuerySelector("form[action*='Matikan']"));
        var off = await PostAsync(later, page, "/akun/dua-faktor?handler=Matikan", new() { ["KataSandi"] = admin.Password });
        Assert.Equal(HttpStatusCode.Forbidden, off.StatusCode);
    }

    [Fact]
    public async Task The_mfa_mark_survives_the_periodic_security_stamp_refresh_of_the_cookie()
    {
        // Refresh the principal on every request, as happens every 30 minutes in real use.
        using var everyRequest = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        var admin = factory.Data.Beta.Admin;
        var (key, _) = await SetUpTwoFactorAsync(await factory.LoginAsync(admin));

        var client = everyRequest.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var step2 = await PasswordStepAsync(client, admin.Nip, admin.Password);
        var signedIn = await Html.PostFormAsync(client, step2, new() { ["Kode"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organisasi/unit")).StatusCode);
        }
    }

    [Fact]
    public async Task A_pegawai_of_the_same_instansi_is_not_asked_for_two_factor()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Pegawai);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
