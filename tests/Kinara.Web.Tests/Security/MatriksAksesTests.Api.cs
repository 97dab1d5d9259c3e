using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Kinara.Web.Tests.Security;

/// <summary>
/// The JSON API (/api/v1, Features/Api) in the security matrix. It takes bearer tokens only, so each caller calls the API
/// routes with its own token from POST /api/v1/token (the pages keep their cookie), writes send an empty JSON object and no
/// If-Match, and a sign-in cookie alone must get 401 on every API route.
/// </summary>
public sealed partial class MatriksAksesTests
{
    private static bool IsApi(Pintu pintu) => pintu.Pola.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>A cookie-less client with the caller's bearer token (none for the anonymous caller).</summary>
    private async Task<HttpClient> ApiKlienAsync(string pemanggil)
    {
        var client = fx.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var a = fx.Factory.Data.Alpha;
        var akun = pemanggil switch
        {
            "Anonim" => null,
            "Pegawai" => a.Pegawai,
            "Atasan" => a.Atasan,
            "Admin" => a.Admin,
            "Pimpinan" => a.Pimpinan,
            "Auditor" => a.Auditor,
            "SuperAdmin" => a.SuperAdmin,
            "Asing" => fx.Factory.Data.Beta.Admin,
            _ => throw new ArgumentOutOfRangeException(nameof(pemanggil)),
        };
        if (akun is null)
        {
            return client;
        }
        var token = await client.PostAsJsonAsync("/api/v1/token", new { nip = akun.Nip, kataSandi = akun.Password });
        Assert.True(token.StatusCode == HttpStatusCode.OK, $"token for {pemanggil}: {(int)token.StatusCode} {await token.Content.ReadAsStringAsync()}");
        var json = JsonNode.Parse(await token.Content.ReadAsStringAsync())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json["accessToken"]!.GetValue<string>());
        // Positive control: the token works, so a 401 below is the route's answer, not a broken token.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/skp")).StatusCode);
        return client;
    }

    /// <summary>GET as is; POST and PUT with an empty JSON object; DELETE bare. No If-Match: nothing may change.
    /// Shared with Platform/SatuKoneksiTests, which sends the matrix's requests too.</summary>
    internal static Task<HttpResponseMessage> PanggilApiAsync(HttpClient client, string metode, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(metode), url);
        if (metode is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Every_api_route_refuses_a_sign_in_cookie_alone_with_401()
    {
        // The Super Admin's cookie would pass every role check of a page; on the API it counts for nothing.
        var client = await fx.Factory.LoginAsync(fx.Factory.Data.Alpha.SuperAdmin);
        var audit = await fx.Sampel.AuditTerakhirAsync(fx.Factory);
        var masalah = new List<string>();
        var diperiksa = 0;
        foreach (var pintu in fx.Pintu.Where(p => IsApi(p) && AturanAkses.Semua.FirstOrDefault(a => a.Pola == p.Pola)?.IsPublik == false))
        {
            foreach (var (url, _) in Url(pintu, audit))
            {
                var sebelum = await fx.JumlahAuditAsync();
                using var response = await PanggilApiAsync(client, pintu.Metode, url);
                diperiksa++;
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    masalah.Add($"{pintu.Metode} {url} with only a cookie: expected 401, got {(int)response.StatusCode}{Lokasi(response)}");
                }
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    masalah.Add($"{pintu.Metode} {url}: the 401 is not a ProblemDetails but {response.Content.Headers.ContentType}");
                }
                if (await fx.JumlahAuditAsync() != sebelum)
                {
                    masalah.Add($"{pintu.Metode} {url} with only a cookie changed data");
                }
            }
        }
        Assert.True(masalah.Count == 0, string.Join("\n", masalah));
        Assert.True(diperiksa > 15, $"only {diperiksa} API endpoints checked");
    }
}
