using System.Data.Common;
using Kinara.Domain.Organisasi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kinara.Web.Infrastructure.Cache;

/// <summary>
/// Evicts <see cref="PengaturanInstansiCache"/> for every Instansi row a context has saved, whoever saved it (the Instansi
/// page, a seeder, a test): after the save and again after the commit of an explicit transaction, because a request that
/// reads between the save and the commit still sees the old row and could cache it.
/// </summary>
public sealed class PengaturanInstansiInterceptor(PengaturanInstansiCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Lupakan(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Lupakan(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Lupakan(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Lupakan(eventData.Context);
        return Task.CompletedTask;
    }

    private void Lupakan(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        // After the save every entry is Unchanged again, so evict every Instansi the context tracks: a few at most. No
        // DetectChanges here: the save has just run it, and this runs on every save of every request.
        var tracker = context.ChangeTracker;
        var otomatis = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var e in tracker.Entries<Instansi>())
            {
                cache.Lupakan(e.Entity.Id);
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = otomatis;
        }
    }
}
