using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Security;

/// <summary>One way in: a route with an HTTP method and, for Razor Pages, the named handler (<c>?handler=X</c>) or null.</summary>
public sealed record Pintu(string Pola, string Metode, string? Handler)
{
    public override string ToString() => $"{Metode} {Pola}{(Handler is null ? "" : "?handler=" + Handler)}";
}

/// <summary>
/// Every endpoint the app really maps, read from its <see cref="EndpointDataSource"/>: Razor Pages with their handler
/// methods (loaded through <see cref="PageLoader"/>, because the endpoint only carries the uncompiled descriptor) and
/// minimal-API endpoints such as /health/*. Nothing is listed by hand, so a new page shows up here by itself.
/// </summary>
public static class DaftarEndpoint
{
    public static async Task<IReadOnlyList<Pintu>> BacaAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var loader = services.GetRequiredService<PageLoader>();
        var result = new List<Pintu>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pola = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                // A page answers GET even without an OnGet (it just renders), so every page has its plain GET.
                result.Add(new Pintu(pola, "GET", null));
                foreach (var h in compiled.HandlerMethods)
                {
                    // Razor Pages run OnGet for HEAD too; only GET and POST are handlers of their own here.
                    result.Add(new Pintu(pola, h.HttpMethod.ToUpperInvariant(), h.Name));
                }
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            // An endpoint without method metadata (health checks) answers any method: GET is the one that matters.
            foreach (var m in methods is { Count: > 0 } ? methods : [HttpMethods.Get])
            {
                result.Add(new Pintu(pola, m.ToUpperInvariant(), null));
            }
        }
        return result.Distinct().OrderBy(p => p.Pola, StringComparer.Ordinal).ThenBy(p => p.Metode).ThenBy(p => p.Handler).ToList();
    }
}
