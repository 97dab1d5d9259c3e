using System.Net;
using System.Text.Json.Nodes;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.OpenApi;

namespace Kinara.Web.Tests.Features.Api;

/// <summary>GET /openapi/v1.json: a valid OpenAPI document of the API, readable without signing in.</summary>
public sealed class OpenApiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task The_openapi_document_is_valid_and_lists_every_api_path_with_bearer_security_and_if_match()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var teks = await response.Content.ReadAsStringAsync();

        // Valid by Microsoft.OpenApi's own reader and its default validation rules.
        var hasil = OpenApiDocument.Parse(teks, "json");
        Assert.Empty(hasil.Diagnostic?.Errors ?? []);
        Assert.Empty(hasil.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);

        var doc = JsonNode.Parse(teks)!;
        Assert.Equal("Kinara API", doc["info"]!["title"]!.GetValue<string>());
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        string[] harus =
        [
            "/api/v1/token", "/api/v1/token/refresh", "/api/v1/skp", "/api/v1/skp/{id}", "/api/v1/pegawai/{pegawaiId}/skp",
            "/api/v1/skp/{id}/rhk", "/api/v1/skp/{id}/pilihan-rhk", "/api/v1/skp/{id}/rhk/{rhkId}", "/api/v1/skp/{id}/rhk/{rhkId}/indikator",
            "/api/v1/skp/{id}/rhk/{rhkId}/indikator/{indikatorId}", "/api/v1/skp/{id}/lampiran", "/api/v1/skp/{id}/ekspektasi",
            "/api/v1/skp/{id}/ajukan", "/api/v1/skp/{id}/setujui", "/api/v1/skp/{id}/kembalikan", "/api/v1/skp/{id}/teruskan", "/api/v1/skp/{id}/revisi",
        ];
        Assert.Equal([], harus.Except(paths));
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p)); // no pages, no catch-all

        Assert.Equal("bearer", doc["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>());
        var tambahRhk = doc["paths"]!["/api/v1/skp/{id}/rhk"]!["post"]!;
        Assert.Equal("Tambah RHK", tambahRhk["summary"]!.GetValue<string>());
        Assert.NotNull(tambahRhk["security"]);
        var ifMatch = tambahRhk["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "If-Match")!;
        Assert.True(ifMatch["required"]!.GetValue<bool>());
        var status = tambahRhk["responses"]!.AsObject().Select(r => r.Key).ToHashSet();
        Assert.Superset(new HashSet<string> { "201", "400", "401", "403", "404", "412", "422", "428" }, status);
        Assert.Contains("ETag", tambahRhk["responses"]!["201"]!["headers"]!.AsObject().Select(h => h.Key));

        // The token endpoint is open; its body and answer are described.
        var token = doc["paths"]!["/api/v1/token"]!["post"]!;
        Assert.Null(token["security"]);
        Assert.NotNull(token["requestBody"]!["content"]!["application/json"]);

        // Enums travel as their names, so the schema lists them.
        var skema = doc["components"]!["schemas"]!.AsObject();
        Assert.Contains("\"Kuantitas\"", skema.ToJsonString());
        Assert.Contains("\"Utama\"", skema.ToJsonString());
        Assert.True(skema.ContainsKey("SkpLengkap"), string.Join(", ", skema.Select(s => s.Key)));
    }
}
