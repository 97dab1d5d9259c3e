using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Features.Api;

/// <summary>What an API client does: get a token, call with it, send JSON with If-Match, read ProblemDetails.</summary>
public static class ApiUji
{
    /// <summary>A response with its body already read as JSON (null for an empty body).</summary>
    public sealed record Jawaban(HttpStatusCode Status, JsonNode? Json, HttpResponseMessage Response)
    {
        public string? ETag => Response.Headers.ETag?.Tag;
        public string Detail => Json?["detail"]?.GetValue<string>() ?? "";
        public string? Kode => Json?["kode"]?.GetValue<string>();
        public string Isi => Json?.ToJsonString() ?? "";

        /// <summary>Every text of a ProblemDetails (title, detail, field errors, masalah) unescaped, for asserting messages.</summary>
        public string Teks => Json is JsonObject o
            ? string.Join(" | ", new[] { o["title"], o["detail"] }.Select(x => x?.GetValue<string>())
                .Concat(o["errors"]?.AsObject().SelectMany(e => e.Value!.AsArray().Select(x => x!.GetValue<string>())) ?? [])
                .Concat(o["masalah"]?.AsArray().Select(x => x!.GetValue<string>()) ?? []))
            : Isi;

        /// <summary>The field errors of a ProblemDetails ("errors": { "target": ["…"] }).</summary>
        public string Galat(string isian) => string.Join(" ", Json?["errors"]?[isian]?.AsArray().Select(x => x!.GetValue<string>()) ?? []);
    }

    public static async Task<Jawaban> TokenAsync(KinaraFactory factory, string nip, string password, string? kode = null)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var body = new Dictionary<string, string?> { ["nip"] = nip, ["kataSandi"] = password };
        if (kode is not null)
        {
            body["kodeDuaFaktor"] = kode;
        }
        return await BacaAsync(await client.PostAsJsonAsync("/api/v1/token", body));
    }

    /// <summary>A client that sends the account's bearer token and no cookies.</summary>
    public static async Task<HttpClient> KlienAsync(KinaraFactory factory, TestAccount akun, string? kode = null)
    {
        var token = await TokenAsync(factory, akun.Nip, akun.Password, kode);
        Assert.True(token.Status == HttpStatusCode.OK, $"token for {akun.Nip}: {(int)token.Status} {token.Isi}");
        return Klien(factory, token.Json!["accessToken"]!.GetValue<string>());
    }

    public static HttpClient Klien(KinaraFactory factory, string accessToken)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<Jawaban> GetAsync(HttpClient client, string url) => await BacaAsync(await client.GetAsync(url));

    /// <summary>Sends <paramref name="body"/> as JSON (an object, or a raw JSON string) with If-Match when <paramref name="etag"/> is given.</summary>
    public static async Task<Jawaban> KirimAsync(HttpClient client, HttpMethod method, string url, object? body = null, string? etag = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
        }
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        return await BacaAsync(await client.SendAsync(request));
    }

    public static Task<Jawaban> PostAsync(HttpClient client, string url, object? body = null, string? etag = null) => KirimAsync(client, HttpMethod.Post, url, body, etag);

    public static Task<Jawaban> PutAsync(HttpClient client, string url, object? body = null, string? etag = null) => KirimAsync(client, HttpMethod.Put, url, body, etag);

    public static Task<Jawaban> DeleteAsync(HttpClient client, string url, string? etag = null) => KirimAsync(client, HttpMethod.Delete, url, null, etag);

    public static async Task<Jawaban> BacaAsync(HttpResponseMessage response)
    {
        var teks = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (teks.Length > 0)
        {
            var jenis = response.Content.Headers.ContentType?.MediaType ?? "";
            Assert.True(jenis.Contains("json"), $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: expected JSON, got {jenis}: {teks[..Math.Min(300, teks.Length)]}");
            json = JsonNode.Parse(teks);
        }
        return new Jawaban(response.StatusCode, json, response);
    }

    /// <summary>Asserts a ProblemDetails with the status, an Indonesian title and detail.</summary>
    public static void Masalah(Jawaban j, HttpStatusCode status, string? sebagianDetail = null)
    {
        Assert.True(j.Status == status, $"expected {(int)status}, got {(int)j.Status}: {j.Isi}");
        Assert.Equal("application/problem+json", j.Response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace(j.Json?["title"]?.GetValue<string>()), j.Isi);
        Assert.Equal((int)status, j.Json!["status"]!.GetValue<int>());
        if (sebagianDetail is not null)
        {
            Assert.Contains(sebagianDetail, j.Teks);
        }
    }
}
