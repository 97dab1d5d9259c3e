using System.Net;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Features.Akun;

/// <summary>
/// The sign-in cookie is checked against the account's security stamp when the validation interval has passed (then a
/// changed stamp — new password, account disabled by an admin — signs the session out), and not on every request.
/// </summary>
public sealed class ValidasiCookieTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private Task UbahStempelAsync(TestAccount akun, Guid instansiId) => factory.WithDbAsync(instansiId, async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Id == akun.UserId);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_changed_security_stamp_signs_the_session_out_once_a_check_is_due()
    {
        using var setiapPermintaan = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        var akun = factory.Data.Alpha.Pegawai;
        var client = setiapPermintaan.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var masuk = await Html.PostFormAsync(client, "/masuk", new() { ["Nip"] = akun.Nip, ["Password"] = akun.Password });
        Assert.Equal(HttpStatusCode.Redirect, masuk.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // the stamp still matches: stays signed in

        await UbahStempelAsync(akun, factory.Data.Alpha.Id);
        var sesudah = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, sesudah.StatusCode);
        Assert.StartsWith("/masuk", sesudah.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task Before_the_interval_the_cookie_is_not_checked_against_the_database()
    {
        var akun = factory.Data.Beta.Pegawai;
        var client = await factory.LoginAsync(akun);
        await UbahStempelAsync(akun, factory.Data.Beta.Id);
        // Within the 30-minute interval Identity does not re-read the account (as before this hook existed).
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
