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
    [Fact]
    public async Task Every_page_reads_on_one_connection_or_none()
    {
        var hasil = await new SatuKoneksiSapuan(fx, output).JalankanAsync(tulis: false);
        Assert.True(hasil.Masalah.Count == 0, "Pages that take more than one connection (add [SatuKoneksi] to the page model; on /api the ApiFilter holds it) or none:\n  "
            + string.Join("\n  ", hasil.Masalah));
        // The check means something only if many pages read, several of them more than once.
        Assert.True(hasil.Dibaca > 40 && hasil.Banyak > 20, $"Only {hasil.Dibaca} pages read and {hasil.Banyak} read more than once: the page list is broken.");
        Assert.True(hasil.ApiBanyak >= 3, $"Only {hasil.ApiBanyak} API calls read more than once: the API is not in the list.");
    }
}

/// <summary>
/// The same for every POST handler of every page and every writing API call (PUT, POST, DELETE), with the form the
/// security matrix sends: the antiforgery token alone (pages) or an empty JSON object (API). Refused and invalid
/// submissions read too (the form is shown again with its choices), and the button-only actions (submit, approve,
/// return …) really act, writing their audit entries: a month-end save must not wait for the pool more than once either.
/// Own fixture: the actions change the sample data.
/// </summary>
public sealed class SatuKoneksiTulisTests(MatriksFixture fx, ITestOutputHelper output) : IClassFixture<MatriksFixture>
{
    [Fact]
    public async Task Every_form_post_and_api_write_works_on_one_connection_or_none()
    {
        var hasil = await new SatuKoneksiSapuan(fx, output).JalankanAsync(tulis: true);
        Assert.True(hasil.Masalah.Count == 0, "Writes that take more than one connection (add [SatuKoneksi] to the page model; on /api the ApiFilter holds it) or none:\n  "
            + string.Join("\n  ", hasil.Masalah));
        Assert.True(hasil.Dibaca > 40 && hasil.Banyak > 20, $"Only {hasil.Dibaca} writes reached the database and {hasil.Banyak} more than once: the list is broken.");
        Assert.True(hasil.ApiBanyak >= 3, $"Only {hasil.ApiBanyak} API writes ran more than one statement: the API is not in the list.");
    }
}

/// <summary>Calls every route of one kind (reads or writes) as the first caller the rules table lets in and counts.</summary>
internal sealed class SatuKoneksiSapuan(MatriksFixture fx, ITestOutputHelper output)
{
    private static readonly Pemanggil[] Urutan = [Pemanggil.Pegawai, Pemanggil.Atasan, Pemanggil.Admin, Pemanggil.Pimpinan, Pemanggil.Auditor, Pemanggil.SuperAdmin];

    private readonly Dictionary<(Pemanggil, bool Api), (HttpClient Client, string? Token)> _klien = [];

    public sealed record Hasil(List<string> Masalah, int Dibaca, int Banyak, int ApiBanyak);

    public async Task<Hasil> JalankanAsync(bool tulis)
    {
        var audit = await fx.Sampel.AuditTerakhirAsync(fx.Factory);
        var masalah = new List<string>();
        int dibaca = 0, banyak = 0, apiBanyak = 0;
        foreach (var pintu in fx.Pintu.Where(p => (p.Metode != "GET") == tulis))
        {
            // Not the app's own work: the API's documentation, health checks and the benchmark's yardstick.
            // Signing out is left out so the callers stay signed in.
            if (pintu.Pola.StartsWith("/openapi/") || pintu.Pola.StartsWith("/health")
                || pintu.Pola.StartsWith("/bench/") || AturanAkses.Cari(pintu) is not { } aturan || aturan.Terakhir)
            {
                continue;
            }
            // The first caller the rules table lets in (any signed-in caller for a public page).
            if (Urutan.FirstOrDefault(p => (aturan.IsPublik ? Pemanggil.Pegawai : aturan.Boleh(pintu)).HasFlag(p)) is var siapa && siapa == Pemanggil.Tidak)
            {
                continue; // nobody signed in may call it (the refusal page)
            }
            var api = pintu.Pola.StartsWith("/api/");
            var (client, token) = await KlienAsync(siapa, api);
            foreach (var (url, _) in AturanAkses.Url(pintu, fx.Sampel, audit))
            {
                // The first request compiles the queries and fills the caches; a write is not sent twice, its page is read first.
                // An API write's address has no GET (405 before sign-in is checked), so a GET the caller may make warms the
                // per-Instansi settings the 2FA check reads before the endpoint (a miss costs one more connection, once a minute).
                (await client.GetAsync(url)).Dispose();
                if (tulis && api)
                {
                    (await client.GetAsync("/api/v1/skp")).Dispose();
                }
                var hitung = new HitungKueri(fx.Factory);
                using var response = await KirimAsync(client, token, pintu.Metode, url, api);
                hitung.Dispose();
                output.WriteLine($"{siapa} {pintu.Metode} {url}: {(int)response.StatusCode}, {hitung.Jumlah} statements, {hitung.KoneksiDibuka} connection openings");
                if ((int)response.StatusCode >= 500 || hitung.KoneksiDibuka != (hitung.Jumlah == 0 ? 0 : 1))
                {
                    masalah.Add($"{pintu.Metode} {url} ({siapa}): {(int)response.StatusCode}, {hitung.Jumlah} statements on {hitung.KoneksiDibuka} connections:\n    "
                        + string.Join("\n    ", hitung.Perintah.Select(p => p.ReplaceLineEndings(" ")[..Math.Min(p.Length, 160)])));
                }
                dibaca += hitung.Jumlah > 0 ? 1 : 0;
                banyak += hitung.Jumlah > 1 ? 1 : 0;
                apiBanyak += api && hitung.Jumlah > 1 ? 1 : 0;
            }
        }
        return new Hasil(masalah, dibaca, banyak, apiBanyak);
    }

    /// <summary>The API takes the caller's bearer token, the pages the sign-in cookie and the session's antiforgery token.</summary>
    private async Task<(HttpClient, string?)> KlienAsync(Pemanggil siapa, bool api)
    {
        if (_klien.TryGetValue((siapa, api), out var ada))
        {
            return ada;
        }
        var a = fx.Factory.Data.Alpha;
        var akun = siapa switch
        {
            Pemanggil.Pegawai => a.Pegawai, Pemanggil.Atasan => a.Atasan, Pemanggil.Admin => a.Admin,
            Pemanggil.Pimpinan => a.Pimpinan, Pemanggil.Auditor => a.Auditor, _ => a.SuperAdmin,
        };
        if (api)
        {
            return _klien[(siapa, api)] = (await ApiUji.KlienAsync(fx.Factory, akun), null);
        }
        var client = await fx.Factory.LoginAsync(akun);
        return _klien[(siapa, api)] = (client, Html.AntiforgeryToken(await Html.GetAsync(client, "/")));
    }

    private static Task<HttpResponseMessage> KirimAsync(HttpClient client, string? token, string metode, string url, bool api) =>
        api ? MatriksAksesTests.PanggilApiAsync(client, metode, url)
        : metode == "POST" ? MatriksAksesTests.PostKosongAsync(client, token!, url)
        : client.GetAsync(url);
}
