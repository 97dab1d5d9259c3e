using System.Net;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Security;

/// <summary>
/// The security matrix (issue 4, item 6): every route the app maps × every caller, judged against ONE rules table
/// (<see cref="AturanAkses"/>). Each caller's run collects all mismatches and reports them together.
/// Login lockout after 5 failures is tested in Features/Akun/PenguncianTests.cs, the per-address rate limit in
/// Features/Akun/BatasMasukTests.cs; they are not repeated here.
/// </summary>
public sealed partial class MatriksAksesTests(MatriksFixture fx, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<MatriksFixture>
{
    /// <summary>What a response means for authorisation.</summary>
    public enum Hasil
    {
        /// <summary>Served: 2xx, a redirect to a non-auth page, or a 4xx answer about the (empty) input.</summary>
        Boleh,
        /// <summary>Sent to sign in: 302 to /masuk or 401.</summary>
        KeMasuk,
        /// <summary>403 or 302 to /akses-ditolak.</summary>
        Ditolak,
        /// <summary>404: not found (for another tenant's id: not even its existence is told).</summary>
        TidakAda,
        /// <summary>400 answered by the error page instead of the form: antiforgery or binding failure, masks the result.</summary>
        Galat400,
        /// <summary>5xx: never acceptable.</summary>
        Galat,
    }

    private enum Harapan { Boleh, KeMasuk, Ditolak, TidakAda, DitolakAtauTidakAda, Publik }

    [Fact]
    public void Every_route_of_the_app_has_a_rule_and_every_rule_a_route()
    {
        var aturan = AturanAkses.Semua.Select(a => a.Pola).ToList();
        var ganda = aturan.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var tanpaAturan = fx.Pintu.Where(p => !aturan.Contains(p.Pola)).Select(p => p.ToString()).ToList();
        var pola = fx.Pintu.Select(p => p.Pola).ToHashSet();
        var basi = aturan.Where(a => !pola.Contains(a)).ToList();
        var handler = fx.Pintu.Select(p => $"{p.Pola} {p.Metode} {p.Handler}").ToHashSet();
        var handlerBasi = AturanAkses.Semua.SelectMany(a => a.PerHandler.Keys.Select(k => $"{a.Pola} {k}")).Where(k => !handler.Contains(k)).ToList();
        var masalah = new List<string>();
        if (tanpaAturan.Count > 0)
        {
            masalah.Add("Endpoints without a rule in Security/AturanAkses.cs (add one line per route):\n  " + string.Join("\n  ", tanpaAturan));
        }
        if (basi.Count > 0)
        {
            masalah.Add("Rules for routes the app no longer maps (remove them):\n  " + string.Join("\n  ", basi));
        }
        if (ganda.Count > 0)
        {
            masalah.Add("Routes with more than one rule:\n  " + string.Join("\n  ", ganda));
        }
        if (handlerBasi.Count > 0)
        {
            masalah.Add("Handler rules for handlers that do not exist:\n  " + string.Join("\n  ", handlerBasi));
        }
        output.WriteLine($"{fx.Pintu.Select(p => p.Pola).Distinct().Count()} routes, {fx.Pintu.Count} endpoints (method + handler):");
        foreach (var p in fx.Pintu)
        {
            output.WriteLine("  " + p);
        }
        Assert.True(masalah.Count == 0, string.Join("\n", masalah));
        Assert.True(fx.Pintu.Count > 50, $"Only {fx.Pintu.Count} endpoints found: the enumeration is broken.");
    }

    [Theory]
    [InlineData("Anonim")]
    [InlineData("Pegawai")]
    [InlineData("Atasan")]
    [InlineData("Admin")]
    [InlineData("Pimpinan")]
    [InlineData("Auditor")]
    [InlineData("SuperAdmin")]
    [InlineData("Asing")]
    public async Task Every_route_answers_the_caller_as_the_rules_table_says(string pemanggil)
    {
        var asing = pemanggil == "Asing";
        var siapa = asing ? Pemanggil.Admin : Enum.Parse<Pemanggil>(pemanggil);
        var client = await KlienAsync(pemanggil);
        var token = await TokenAsync(client, pemanggil == "Anonim" ? "/masuk" : "/");
        // The JSON API (/api/…) takes bearer tokens only: each caller calls it with its own token (MatriksAksesTests.Api.cs).
        var api = await ApiKlienAsync(pemanggil);
        var audit = await fx.Sampel.AuditTerakhirAsync(fx.Factory);
        var auditBeta = await fx.Factory.AuditTerakhirAsync(fx.Factory.Data.Beta.Id);
        Assert.True(auditBeta < audit, "Tenant Beta must have fewer audit entries than Alpha, or /audit/{urutan} would show Beta its own entry.");

        // Positive control: this session's token is accepted, so a 400 below is the page's answer, not the antiforgery check's.
        using (var kontrol = await client.PostAsync(pemanggil == "Anonim" ? "/masuk" : "/akun/kata-sandi",
                   new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, kontrol.StatusCode);
            Assert.DoesNotContain("Kode referensi", await kontrol.Content.ReadAsStringAsync());
        }

        var masalah = new List<string>();
        var diperiksa = 0;
        // API routes first: the first visit of /akun/dua-faktor creates the authenticator key, which renews the account's
        // security stamp, and that revokes the caller's bearer token by design (Features/Api/ApiAuth.cs ApiFilter).
        var urutan = fx.Pintu.Select(p => (Pintu: p, Aturan: Cari(p))).OrderBy(x => x.Aturan?.Terakhir == true).ThenBy(x => !IsApi(x.Pintu)).ToList();
        foreach (var (pintu, aturan) in urutan)
        {
            if (aturan is null)
            {
                continue; // reported by Every_route_of_the_app_has_a_rule_and_every_rule_a_route
            }
            List<(string Url, bool AdaId)> urls;
            try
            {
                urls = Url(pintu, audit);
            }
            catch (InvalidOperationException ex)
            {
                masalah.Add(ex.Message);
                continue;
            }
            foreach (var (url, adaId) in urls)
            {
                var harapan = Harap(aturan, pintu, pemanggil, siapa, asing, adaId);
                var menulis = pintu.Metode != "GET";
                var sebelum = menulis ? await fx.JumlahAuditAsync() : 0;
                using var response = IsApi(pintu) ? await PanggilApiAsync(api, pintu.Metode, url)
                    : pintu.Metode == "POST" ? await PostKosongAsync(client, token, url)
                    : await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                var hasil = Klasifikasi(response, body);
                diperiksa++;
                if (!Cocok(harapan, hasil, response, pintu, aturan))
                {
                    masalah.Add($"{pintu.Metode} {url}: expected {harapan}, got {(int)response.StatusCode} {hasil}{Lokasi(response)}");
                }
                if (asing && hasil != Hasil.Galat && fx.Sampel.PenandaAlpha.FirstOrDefault(body.Contains) is { } bocor)
                {
                    masalah.Add($"{pintu.Metode} {url}: the foreign tenant's answer contains Alpha's data \"{bocor}\"");
                }
                if (menulis && !aturan.IsAksi(pintu) && await fx.JumlahAuditAsync() is var sesudah && sesudah != sebelum)
                {
                    masalah.Add($"{pintu.Metode} {url}: an empty form changed data ({sesudah - sebelum} audit entries written, status {(int)response.StatusCode})");
                }
            }
        }
        Assert.True(masalah.Count == 0, $"{pemanggil}: {masalah.Count} of {diperiksa} requests do not match Security/AturanAkses.cs:\n" + string.Join("\n", masalah));
    }

    [Fact]
    public async Task Every_post_handler_refuses_a_post_without_the_antiforgery_token()
    {
        // The Super Admin passes every role check, so the antiforgery check is what answers.
        var client = await fx.Factory.LoginAsync(fx.Factory.Data.Alpha.SuperAdmin);
        var audit = await fx.Sampel.AuditTerakhirAsync(fx.Factory);
        var masalah = new List<string>();
        var diperiksa = 0;
        foreach (var pintu in fx.Pintu.Where(p => p.Metode == "POST" && !TanpaAntiforgery.Contains(p.Pola) && !IsApi(p)))
        {
            foreach (var (url, _) in Url(pintu, audit))
            {
                var sebelum = await fx.JumlahAuditAsync();
                using var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
                // A forged request need not even be a form: no body and no Content-Type at all.
                using var kosong = await client.PostAsync(url, null);
                diperiksa++;
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    masalah.Add($"POST {url} without a token: expected 400, got {(int)response.StatusCode}{Lokasi(response)}");
                }
                // (The upload page reads its multipart body by hand and calls a missing body 415: refused all the same.)
                if (kosong.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType))
                {
                    masalah.Add($"POST {url} without a body: expected 400 or 415, got {(int)kosong.StatusCode}{Lokasi(kosong)}");
                }
                if (await fx.JumlahAuditAsync() != sebelum)
                {
                    masalah.Add($"POST {url} without a token changed data");
                }
            }
        }
        Assert.True(masalah.Count == 0, string.Join("\n", masalah));
        Assert.True(diperiksa > 30, $"only {diperiksa} POST handlers checked");
        // Still signed in: the refused POST /keluar did not sign the admin out.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_post_to_a_page_that_only_answers_get_or_an_unknown_handler_is_refused_not_a_500()
    {
        // Razor Pages render a page for any method when no handler matches: the page must cope (or refuse), never crash.
        var client = await fx.Factory.LoginAsync(fx.Factory.Data.Alpha.SuperAdmin);
        var token = await TokenAsync(client, "/");
        var audit = await fx.Sampel.AuditTerakhirAsync(fx.Factory);
        var masalah = new List<string>();
        var halaman = fx.Pintu.GroupBy(p => p.Pola).Where(g => g.All(p => p.Metode == "GET") && !g.Key.StartsWith("/health/")).Select(g => g.First());
        foreach (var pintu in halaman)
        {
            foreach (var (url, _) in Url(pintu with { Handler = null }, audit))
            {
                var sebelum = await fx.JumlahAuditAsync();
                using var response = await PostKosongAsync(client, token, url);
                if ((int)response.StatusCode >= 500)
                {
                    masalah.Add($"POST {url}: {(int)response.StatusCode}");
                }
                using var tidakDikenal = await client.GetAsync(url + (url.Contains('?') ? "&" : "?") + "handler=TidakAda");
                if ((int)tidakDikenal.StatusCode >= 500)
                {
                    masalah.Add($"GET {url} with an unknown handler: {(int)tidakDikenal.StatusCode}");
                }
                if (await fx.JumlahAuditAsync() != sebelum)
                {
                    masalah.Add($"POST {url}: changed data");
                }
            }
        }
        Assert.True(masalah.Count == 0, string.Join("\n", masalah));
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/favicon.svg")]
    [InlineData("/lib/bootstrap/bootstrap.min.css")]
    [InlineData("/lib/htmx/htmx.min.js")]
    public async Task Static_files_are_public_because_the_sign_in_page_needs_them(string url)
    {
        // Static files are served before routing, so they are not in the endpoint list: this is their line of the rules.
        var response = await fx.Factory.CreateBrowserClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>POST routes that need no token: the error page (re-executed for failed POSTs, it has no form of its own).</summary>
    private static readonly HashSet<string> TanpaAntiforgery = ["/galat/{kode:int?}"];

    private static Aturan? Cari(Pintu pintu) => AturanAkses.Cari(pintu);

    private static Harapan Harap(Aturan aturan, Pintu pintu, string pemanggil, Pemanggil siapa, bool asing, bool adaId)
    {
        if (aturan.IsPublik)
        {
            return Harapan.Publik;
        }
        if (pemanggil == "Anonim")
        {
            return Harapan.KeMasuk;
        }
        var boleh = aturan.Boleh(pintu).HasFlag(siapa);
        if (asing && adaId)
        {
            // Another tenant's id: a role that could open it in its own tenant must not learn that it exists.
            return boleh ? Harapan.TidakAda : Harapan.DitolakAtauTidakAda;
        }
        return boleh ? Harapan.Boleh : aturan.TolakDengan404 ? Harapan.DitolakAtauTidakAda : Harapan.Ditolak;
    }

    private static bool Cocok(Harapan harapan, Hasil hasil, HttpResponseMessage response, Pintu pintu, Aturan aturan) => harapan switch
    {
        Harapan.Publik => hasil is not (Hasil.Galat or Hasil.Ditolak),
        Harapan.Boleh when aturan.BerhasilKeMasuk => hasil is Hasil.Boleh or Hasil.KeMasuk,
        // An empty form names no row and fills no field, so "not found" or the error page's 400 are fair answers to it;
        // the authorisation is judged by the refusals, which stay strict.
        Harapan.Boleh when pintu.Metode != "GET" => hasil is Hasil.Boleh or Hasil.TidakAda or Hasil.Galat400,
        Harapan.Boleh => hasil == Hasil.Boleh,
        Harapan.KeMasuk => hasil == Hasil.KeMasuk,
        Harapan.Ditolak => hasil == Hasil.Ditolak,
        // A bare redirect (no page, no data) is no leak either: e.g. GET …/setujui only sends to the SKP page, which gives the 404.
        Harapan.TidakAda => hasil == Hasil.TidakAda || (hasil == Hasil.Boleh && (int)response.StatusCode is >= 300 and < 400),
        Harapan.DitolakAtauTidakAda => hasil is Hasil.Ditolak or Hasil.TidakAda,
        _ => false,
    };

    public static Hasil Klasifikasi(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        var lokasi = response.Headers.Location?.OriginalString ?? "";
        var path = lokasi.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? new Uri(lokasi).PathAndQuery : lokasi;
        return status switch
        {
            >= 500 => Hasil.Galat,
            401 => Hasil.KeMasuk,
            403 => Hasil.Ditolak,
            404 => Hasil.TidakAda,
            >= 300 and < 400 when path.StartsWith("/masuk?", StringComparison.OrdinalIgnoreCase) || path == "/masuk" => Hasil.KeMasuk,
            >= 300 and < 400 when path.StartsWith("/akses-ditolak", StringComparison.OrdinalIgnoreCase) => Hasil.Ditolak,
            400 when body.Contains("Kode referensi") => Hasil.Galat400,
            _ => Hasil.Boleh,
        };
    }

    /// <summary>A page form with nothing but the session's antiforgery token. Shared with Platform/SatuKoneksiTests.</summary>
    internal static Task<HttpResponseMessage> PostKosongAsync(HttpClient client, string token, string url) =>
        client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

    private static string Lokasi(HttpResponseMessage r) => r.Headers.Location is { } l ? $" → {l.OriginalString}" : "";

    private async Task<HttpClient> KlienAsync(string pemanggil)
    {
        var a = fx.Factory.Data.Alpha;
        return pemanggil switch
        {
            "Anonim" => fx.Factory.CreateBrowserClient(),
            "Pegawai" => await fx.Factory.LoginAsync(a.Pegawai),
            "Atasan" => await fx.Factory.LoginAsync(a.Atasan),
            "Admin" => await fx.Factory.LoginAsync(a.Admin),
            "Pimpinan" => await fx.Factory.LoginAsync(a.Pimpinan),
            "Auditor" => await fx.Factory.LoginAsync(a.Auditor),
            "SuperAdmin" => await fx.Factory.LoginAsync(a.SuperAdmin),
            "Asing" => await fx.Factory.LoginAsync(fx.Factory.Data.Beta.Admin),
            _ => throw new ArgumentOutOfRangeException(nameof(pemanggil)),
        };
    }

    /// <summary>The antiforgery token of this client's session, from a page it can open.</summary>
    private static async Task<string> TokenAsync(HttpClient client, string halaman) =>
        Html.AntiforgeryToken(await Html.GetAsync(client, halaman));

    private List<(string Url, bool AdaId)> Url(Pintu pintu, long audit) => AturanAkses.Url(pintu, fx.Sampel, audit);
}
