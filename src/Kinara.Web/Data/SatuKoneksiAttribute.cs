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
/// Nor for sign-in, which hashes the password (tens of milliseconds of CPU) between its statements: the /masuk page and the
/// API's token endpoints take no hold (Platform/SandiTanpaKoneksiTests). Two rare actions on held pages do hash while
/// holding, accepted because they happen once in a long while and never at peak: switching one's own 2FA off (the
/// password is checked) and an admin's password reset of an account.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SatuKoneksiAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await using (context.HttpContext.RequestServices.GetRequiredService<KinaraDbContext>().TahanSatuKoneksi())
        {
            await next();
        }
    }
}

/// <summary>
/// One connection for a unit of work that reads several times: what <see cref="SatuKoneksiAttribute"/> does for a page's
/// handler, and the API's filter for every /api/v1 call (its account check and the endpoint's own statements).
/// </summary>
public static class SatuKoneksi
{
    /// <summary>
    /// From now until the returned value is disposed, the connection EF opens for the first statement stays open; disposing
    /// closes it (returns it to the pool) unless a transaction is still open on it. Inside another hold it does nothing, so
    /// the outer hold decides when the connection goes back.
    /// </summary>
    public static Penahan TahanSatuKoneksi(this KinaraDbContext db)
    {
        if (db.TahanKoneksi)
        {
            return default;
        }
        db.TahanKoneksi = true;
        return new Penahan(db);
    }

    public readonly struct Penahan(KinaraDbContext? db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (db is null)
            {
                return;
            }
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
