using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Data;

/// <summary>
/// Runs a page's handler on one database connection: opened before the handler, returned to the pool when the handler is
/// done (before the page renders). Without it EF takes a connection from the pool for each statement and gives it back
/// after; under load every statement then waits in the pool's queue again, so a page with five statements waits five times
/// (measured in bench/RESULTS.md, session 9). For pages that run several statements; a page with none should not take one
/// (Platform/SatuKoneksiTests holds every page to that). Not for a handler that reads the request body itself, such as the
/// import upload: its connection would sit idle, out of the pool, for as long as the client takes to send the file.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SatuKoneksiAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<KinaraDbContext>();
        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            await next();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
