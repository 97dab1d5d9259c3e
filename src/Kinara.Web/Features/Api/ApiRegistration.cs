using Kinara.Web.Features.Api.V1;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing.Template;

namespace Kinara.Web.Features.Api;

/// <summary>The JSON API under /api/v1 and its OpenAPI document: services and endpoints (one line each in FeatureRegistration).</summary>
public static class ApiRegistration
{
    public static IServiceCollection AddKinaraApi(this IServiceCollection services, IConfiguration config)
    {
        // Short-lived access tokens; the refresh token lives as long as a signed-in web session (8 hours).
        services.AddAuthentication().AddBearerToken(ApiAuth.Skema, o =>
        {
            o.BearerTokenExpiration = TimeSpan.FromMinutes(config.GetValue("Api:MenitToken", 60));
            o.RefreshTokenExpiration = TimeSpan.FromHours(config.GetValue("Api:JamRefreshToken", 8));
        });
        services.AddAuthorizationBuilder().AddPolicy(ApiAuth.Kebijakan, p => p.AddAuthenticationSchemes(ApiAuth.Skema).RequireAuthenticatedUser());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        services.ConfigureHttpJsonOptions(o => ApiJson.Atur(o.SerializerOptions));
        // A route or query value that does not bind (?tahun=abc) is a 400 ProblemDetails in every environment (ApiFilter),
        // not Development's exception page.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddOpenApi(ApiDokumen.Nama, ApiDokumen.Atur);
        // The sign-in rate limit (KinaraSetup) answers the token endpoint with a ProblemDetails, not the HTML error page.
        services.Configure<RateLimiterOptions>(o =>
        {
            var bawaan = o.OnRejected;
            o.OnRejected = async (ctx, ct) =>
            {
                if (!ApiAuth.IsApi(ctx.HttpContext.Request.Path))
                {
                    if (bawaan is not null)
                    {
                        await bawaan(ctx, ct);
                    }
                    return;
                }
                await ApiMasalah.Masalah(StatusCodes.Status429TooManyRequests, "Terlalu banyak percobaan",
                    "Terlalu banyak percobaan masuk dari alamat ini. Tunggu satu menit, lalu coba lagi.").ExecuteAsync(ctx.HttpContext);
            };
        });
        return services;
    }

    public static IEndpointRouteBuilder MapKinaraApi(this IEndpointRouteBuilder app)
    {
        // Documentation only (no tenant data): open, so an integrator can read how to get a token before having one.
        app.MapOpenApi().AllowAnonymous();

        var v1 = app.MapGroup("/api/v1")
            .RequireAuthorization(ApiAuth.Kebijakan)
            .AddEndpointFilter<ApiFilter>();
        TokenEndpoints.Map(v1);
        SkpEndpoints.Map(v1);
        RhkEndpoints.Map(v1);
        AlurSkpEndpoints.Map(v1);

        // Any other /api address: a ProblemDetails 404 (or 405 for a known address with another method), not the HTML error page.
        app.Map("/api/{**jalur}", TidakDikenal).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult TidakDikenal(HttpContext http, EndpointDataSource endpoints)
    {
        ApiMasalah.MatikanHalamanGalat(http);
        var cocok = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true
                        && new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText), new RouteValueDictionary()).TryMatch(http.Request.Path, new RouteValueDictionary()))
            .ToList();
        var metode = cocok.SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Distinct().ToList();
        // Routing itself refuses a body that is not JSON for an endpoint that declares one (its Accepts metadata) and
        // this address catches that request: answer it as what it is.
        if (!http.Request.HasJsonContentType() && cocok.Any(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(http.Request.Method) == true
                                                               && e.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 }))
        {
            return ApiMasalah.Masalah(StatusCodes.Status415UnsupportedMediaType, "Format tidak didukung",
                "Kirim badan permintaan sebagai JSON dengan header Content-Type: application/json.");
        }
        // A matching address that accepts this very method failed a route constraint (e.g. an id that is no GUID): not found.
        if (metode.Count > 0 && !metode.Contains(http.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            http.Response.Headers.Allow = string.Join(", ", metode);
            return ApiMasalah.Masalah(StatusCodes.Status405MethodNotAllowed, "Metode tidak didukung",
                $"Alamat ini tidak menerima {http.Request.Method}; yang diterima: {string.Join(", ", metode)}.");
        }
        return ApiMasalah.TidakAda("Alamat API tidak dikenal. Daftar alamat ada di /openapi/v1.json.");
    }
}
