using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kinara.Web.Data;

/// <summary>
/// Runs a page's handler on one database connection: the connection EF opens for the handler's first statement is kept
/// until the handler is done (before the page renders) instead of going back to the pool after every statement. Without
/// it, under load every statement waits in the pool's queue again, so a page with five statements waits five times
/// (measured in bench/RESULTS.md, session 9). A handler that reads nothing takes no connection. Platform/SatuKoneksiTests
/// holds every page of the app to one connection or none. Not for a handler that reads the request body itself, such as
/// the import upload: a connection opened before the upload would sit idle, out of the pool, while the client sends the file.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SatuKoneksiAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<KinaraDbContext>();
        db.TahanKoneksi = true;
        try
        {
            await next();
        }
        finally
        {
            db.TahanKoneksi = false;
            // EF believes it closed the connection after the last statement (TahanKoneksiInterceptor kept it open).
            var koneksi = db.Database.GetDbConnection();
            if (koneksi.State != ConnectionState.Closed && db.Database.CurrentTransaction is null)
            {
                await koneksi.CloseAsync();
            }
        }
    }
}

/// <summary>
/// Keeps a context's connection open when EF would close it after a statement, while the context's handler runs under
/// <see cref="SatuKoneksiAttribute"/>. EF then finds the connection open for the next statement and uses it as it is.
/// </summary>
internal sealed class TahanKoneksiInterceptor : DbConnectionInterceptor
{
    public static readonly TahanKoneksiInterceptor Instance = new();

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        eventData.Context is KinaraDbContext { TahanKoneksi: true } ? InterceptionResult.Suppress() : result;

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(ConnectionClosing(connection, eventData, result));
}
