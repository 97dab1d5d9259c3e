using System.Collections.Concurrent;
using System.Data;
using System.Net;
using System.Net.Http.Json;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Tests.Platform;

/// <summary>The app with a password hasher that notes, at every verification, whether its request holds a database connection.</summary>
public sealed class SandiFactory : KinaraFactory
{
    public ConcurrentQueue<bool> KoneksiTerbuka { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddScoped<IPasswordHasher<ApplicationUser>>(sp =>
            new HasherPengamat(sp.GetRequiredService<KinaraDbContext>(), sp.GetRequiredService<IOptions<PasswordHasherOptions>>(), KoneksiTerbuka)));
    }

    private sealed class HasherPengamat(KinaraDbContext db, IOptions<PasswordHasherOptions> opsi, ConcurrentQueue<bool> catatan)
        : PasswordHasher<ApplicationUser>(opsi)
    {
        public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            catatan.Enqueue(db.Database.GetDbConnection().State != ConnectionState.Closed);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>
/// Checking a password costs tens of milliseconds of CPU (PBKDF2). The sign-in page and the API's token endpoint do it
/// between their statements with no connection taken from the pool: a month-end morning of sign-ins must not hold the
/// pool's few connections while hashing (the pages and API calls that read several times keep one, SatuKoneksi).
/// </summary>
public sealed class SandiTanpaKoneksiTests(SandiFactory factory) : IClassFixture<SandiFactory>
{
    [Fact]
    public async Task Signing_in_on_the_page_and_for_an_api_token_checks_the_password_with_no_connection_held()
    {
        var akun = factory.Data.Alpha.Pegawai;
        factory.KoneksiTerbuka.Clear();
        (await factory.LoginAsync(akun)).Dispose();
        var token = await factory.CreateClient().PostAsJsonAsync("/api/v1/token", new { nip = akun.Nip, kataSandi = akun.Password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        // Both checked a password (the hasher saw them), and neither held a connection meanwhile.
        Assert.Equal([false, false], factory.KoneksiTerbuka.ToArray());
    }
}
