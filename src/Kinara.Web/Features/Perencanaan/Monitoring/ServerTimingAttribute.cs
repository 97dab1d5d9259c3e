using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Kinara.Web.Features.Perencanaan.Monitoring;

/// <summary>
/// Adds <c>Server-Timing: app;dur=…</c> (milliseconds) to a page's response: from handler selection until the headers go out,
/// which for a Razor page is after the whole page has rendered into its buffer. Pages may add their own phases with
/// <see cref="Catat"/> (e.g. <c>db;dur=…</c>). The benchmark in bench/perencanaan reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ServerTimingAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        var mulai = Stopwatch.GetTimestamp();
        var response = context.HttpContext.Response;
        response.OnStarting(() =>
        {
            var ms = Stopwatch.GetElapsedTime(mulai).TotalMilliseconds;
            var fase = context.HttpContext.Items[Kunci] as List<string> ?? [];
            response.Headers["Server-Timing"] = string.Join(", ", fase.Prepend("app;dur=" + ms.ToString("0.0", CultureInfo.InvariantCulture)));
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) => next();

    private const string Kunci = "kinara:server-timing";

    /// <summary>Records a phase of this request, measured from <paramref name="mulai"/> (a <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static void Catat(HttpContext http, string nama, long mulai)
    {
        if (http.Items[Kunci] is not List<string> fase)
        {
            http.Items[Kunci] = fase = [];
        }
        fase.Add($"{nama};dur=" + Stopwatch.GetElapsedTime(mulai).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture));
    }
}
