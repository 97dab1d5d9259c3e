using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Kinara.Web.Infrastructure;

/// <summary>
/// Razor Pages render a page for any request whose method or <c>?handler=</c> matches no handler, without running any
/// handler: a POST to a page that only has OnGet, or a GET with an unknown handler name, would render a page whose data
/// was never loaded (a 500). Such requests get 405 (wrong method) or 404 (unknown handler) instead.
/// Pages without any handler (plain views) are left alone. Found by the security matrix (tests/…/Security).
/// </summary>
public sealed class HandlerTidakDikenalFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is not null || handlers.Count == 0)
        {
            return next();
        }
        var method = context.HttpContext.Request.Method;
        var get = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        if (get && !handlers.Any(h => h.HttpMethod == "Get"))
        {
            return next(); // a page with only POST handlers shows its form on GET
        }
        context.Result = new StatusCodeResult(get ? StatusCodes.Status404NotFound : StatusCodes.Status405MethodNotAllowed);
        return Task.CompletedTask;
    }
}
