using Kinara.Web.Tests.Features.Api;
using Kinara.Web.Tests.Infrastructure;
using Kinara.Web.Tests.Security;
using Xunit.Abstractions;

namespace Kinara.Web.Tests.Platform;

/// <summary>
/// Under load a request waits for a pooled connection each time it takes one (bench/RESULTS.md, session 9), so a page
/// that reads several times reads on one connection ([SatuKoneksi]), and a page that reads nothing takes none.
/// Rendering must not read either: a lazy query in a view would be a second opening. Every GET of every page the app
/// maps is called (the security matrix's endpoint list, sample rows and rules table), so a new page is held to it too;
/// so is every GET of the JSON API, whose filter checks the token's account before the endpoint reads (ApiFilter).
/// </summary>
public sealed class SatuKoneksiTests(MatriksFixture fx, ITestOutputHelper output) : IClassFixture<MatriksFixture>
{
    private static readonly Pemanggil[] Urutan = [Pemanggil.Pegawai, Pemanggil.Atasan, Pemanggil.Admin, Pemanggil.Pimpinan, Pemanggil.Auditor, Pemanggil.SuperAdmin];

    [Fact]
    public async Task Every_page_reads_on_one_connection_or_none()
    {
        var a = fx.Factory.Data.Alpha;
        var akun = new Dictionary<Pemanggil, TestAccount>
        {
            [Pemanggil.Pegawai] = a.Pegawai, [Pemanggil.Atasan] = a.Atasan, [Pemanggil.Admin] = a.Admin,
            [Pemanggil.Pimpinan] = a.Pimpinan, [Pemanggil.Auditor] = a.Auditor, [Pemanggil.SuperAdmin] = a.SuperAdmin,
        };
        var klien = new Dictionary<(Pemanggil, bool), HttpClient>();
        var audit = await fx.Sampel.AuditTerakhirAsync(fx.Factory);
        var masalah = new List<string>();
        var dibaca = 0;
        var banyak = 0;
        var apiBanyak = 0;
        foreach (var pintu in fx.Pintu.Where(p => p.Metode == "GET"))
        {
            // Not the app's own work: the API's documentation, health checks and the benchmark's yardstick.
            // Signing out is left out so the callers stay signed in.
            if (pintu.Pola.StartsWith("/openapi/") || pintu.Pola.StartsWith("/health")
                || pintu.Pola.StartsWith("/bench/") || AturanAkses.Cari(pintu) is not { } aturan || aturan.Terakhir)
            {
                continue;
            }
            // The first caller the rules table lets in (any signed-in caller for a public page).
            var boleh = aturan.IsPublik ? Pemanggil.Pegawai : aturan.PerHandler.GetValueOrDefault($"GET {pintu.Handler}", aturan.Get);
            if (Urutan.FirstOrDefault(p => boleh.HasFlag(p)) is var siapa && siapa == Pemanggil.Tidak)
            {
                continue; // nobody signed in may open it (the refusal page)
            }
            // The API takes the caller's bearer token, the pages the sign-in cookie.
            var api = pintu.Pola.StartsWith("/api/");
            var kunci = (siapa, api);
            if (!klien.TryGetValue(kunci, out var client))
            {
                klien[kunci] = client = api ? await ApiUji.KlienAsync(fx.Factory, akun[siapa]) : await fx.Factory.LoginAsync(akun[siapa]);
            }
            foreach (var (url, _) in AturanAkses.Url(pintu, fx.Sampel, audit))
            {
                (await client.GetAsync(url)).Dispose(); // the first request compiles the queries and fills the caches
                var hitung = new HitungKueri(fx.Factory);
                using var response = await client.GetAsync(url);
                hitung.Dispose();
                output.WriteLine($"{siapa} {url}: {(int)response.StatusCode}, {hitung.Jumlah} statements, {hitung.KoneksiDibuka} connection openings");
                if ((int)response.StatusCode >= 500 || hitung.KoneksiDibuka != (hitung.Jumlah == 0 ? 0 : 1))
                {
                    masalah.Add($"{url} ({siapa}): {(int)response.StatusCode}, {hitung.Jumlah} statements on {hitung.KoneksiDibuka} connections");
                }
                dibaca += hitung.Jumlah > 0 ? 1 : 0;
                banyak += hitung.Jumlah > 1 ? 1 : 0;
                apiBanyak += api && hitung.Jumlah > 1 ? 1 : 0;
            }
        }
        Assert.True(masalah.Count == 0, "Pages that take more than one connection (add [SatuKoneksi] to the page model; on /api the ApiFilter holds it) or none:\n  " + string.Join("\n  ", masalah));
        // The check means something only if many pages read, several of them more than once.
        Assert.True(dibaca > 40 && banyak > 20, $"Only {dibaca} pages read and {banyak} read more than once: the page list is broken.");
        Assert.True(apiBanyak >= 3, $"Only {apiBanyak} API calls read more than once: the API is not in the list.");
    }
}
