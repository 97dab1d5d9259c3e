using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kinara.Web.Features.Organisasi.Struktur;

/// <summary>
/// Evicts <see cref="StrukturCache"/> when the structure changes, once the change is committed, and tells the other
/// nodes (PostgreSQL <c>NOTIFY kinara_struktur</c>, heard by their <see cref="StrukturListener"/>).
/// <list type="bullet">
/// <item>SavingChanges notes which Instansi had Pegawai/Jabatan/Unit/PenugasanPlt/Instansi rows added, changed or deleted.</item>
/// <item>Inside an explicit transaction (an import batch, the SQLite audit transaction, the seed command): the NOTIFY is
/// sent inside it, so PostgreSQL delivers it at commit and drops it on rollback; this node evicts on TransactionCommitted
/// and forgets on rollback.</item>
/// <item>Without one (EF's own transaction, or none for a single batch): eviction and NOTIFY right after SavedChanges,
/// i.e. after the commit; a failed save forgets. A crash between commit and NOTIFY leaves other nodes stale until the
/// snapshot's maximum age.</item>
/// <item>ExecuteUpdate/ExecuteDelete and raw SQL that write these tables (seen as commands, outside SaveChanges) evict
/// every Instansi: the SQL does not say which. Bulk COPY bypasses EF altogether; the seed command writes its Instansi row
/// through EF in the same transaction, so that covers it.</item>
/// </list>
/// Eviction must happen after the commit, never before: a request on this node rebuilding in between would read the
/// old rows and keep them.
/// </summary>
public sealed partial class StrukturInterceptor(StrukturCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    public const string Kanal = "kinara_struktur";
    /// <summary>Payload meaning "every Instansi".</summary>
    public const string Semua = "*";
    private static readonly Guid SemuaInstansi = Guid.Empty;

    private sealed class Simpanan
    {
        public bool Menyimpan;
        public HashSet<Guid>? SetelahSimpan;
    }

    private readonly ConditionalWeakTable<DbContext, Simpanan> _konteks = new();
    // Weak keys: a transaction disposed without commit or rollback event (EF raises none on Dispose) just disappears.
    private readonly ConditionalWeakTable<DbTransaction, HashSet<Guid>> _transaksi = new();

    // ---- SaveChanges ----

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is KinaraDbContext db)
        {
            await SavingAsync(db, cancellationToken);
        }
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is KinaraDbContext db)
        {
            SavingAsync(db, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is KinaraDbContext db)
        {
            await SavedAsync(db);
        }
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is KinaraDbContext db)
        {
            SavedAsync(db).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Lupakan(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Lupakan(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Lupakan(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Lupakan(eventData.Context);
        return Task.CompletedTask;
    }

    private async ValueTask SavingAsync(KinaraDbContext db, CancellationToken ct)
    {
        var state = _konteks.GetOrCreateValue(db);
        state.Menyimpan = true;
        state.SetelahSimpan = null;
        var instansi = Tersentuh(db);
        if (instansi.Count == 0)
        {
            return;
        }
        if (db.Database.CurrentTransaction?.GetDbTransaction() is { } tx)
        {
            Catat(tx, instansi);
            if (db.IsPostgres)
            {
                try
                {
                    await BeritahuAsync(tx.Connection!, tx, instansi, ct);
                }
                catch
                {
                    state.Menyimpan = false; // EF raises no SaveChangesFailed for an exception thrown here
                    throw;
                }
            }
        }
        else
        {
            state.SetelahSimpan = instansi;
        }
    }

    private async ValueTask SavedAsync(KinaraDbContext db)
    {
        if (!_konteks.TryGetValue(db, out var state))
        {
            return;
        }
        state.Menyimpan = false;
        if (state.SetelahSimpan is not { } instansi)
        {
            return;
        }
        state.SetelahSimpan = null;
        Evict(instansi);
        if (db.IsPostgres)
        {
            // Committed already: the request's cancellation must not stop other nodes from hearing about it.
            var conn = db.Database.GetDbConnection();
            var buka = conn.State != System.Data.ConnectionState.Open;
            if (buka)
            {
                await db.Database.OpenConnectionAsync(CancellationToken.None);
            }
            try
            {
                await BeritahuAsync(conn, null, instansi, CancellationToken.None);
            }
            finally
            {
                if (buka)
                {
                    await db.Database.CloseConnectionAsync();
                }
            }
        }
    }

    private void Lupakan(DbContext? db)
    {
        if (db is not null && _konteks.TryGetValue(db, out var state))
        {
            state.Menyimpan = false;
            state.SetelahSimpan = null; // nothing committed (inside an explicit transaction the set stays on the transaction)
        }
    }

    /// <summary>The Instansi whose structure the pending changes touch.</summary>
    private static HashSet<Guid> Tersentuh(KinaraDbContext db)
    {
        var hasil = new HashSet<Guid>();
        foreach (var e in db.ChangeTracker.Entries())
        {
            if (e.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            switch (e.Entity)
            {
                case Instansi i:
                    hasil.Add(i.Id);
                    break;
                case Pegawai or Jabatan or UnitOrganisasi or PenugasanPlt:
                    var prop = e.Property(nameof(ITenantOwned.InstansiId));
                    foreach (var v in new[] { prop.CurrentValue, e.State == EntityState.Added ? null : prop.OriginalValue })
                    {
                        if (v is Guid g && g != Guid.Empty)
                        {
                            hasil.Add(g);
                        }
                    }
                    if (db.Tenant.InstansiId is { } t && (prop.CurrentValue is not Guid baru || baru == Guid.Empty))
                    {
                        hasil.Add(t); // not stamped yet: the recorder stamps the current tenant
                    }
                    break;
            }
        }
        return hasil;
    }

    // ---- Transactions ----

    private void Catat(DbTransaction tx, IEnumerable<Guid> instansi)
    {
        var set = _transaksi.GetValue(tx, _ => []);
        lock (set)
        {
            set.UnionWith(instansi);
        }
    }

    private void Selesai(DbTransaction tx, bool evict)
    {
        if (_transaksi.TryGetValue(tx, out var set))
        {
            _transaksi.Remove(tx);
            if (evict)
            {
                lock (set)
                {
                    Evict(set);
                }
            }
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Selesai(transaction, evict: true);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Selesai(transaction, evict: true);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Selesai(transaction, evict: false);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Selesai(transaction, evict: false);
        return Task.CompletedTask;
    }

    // A failed commit may or may not have committed: evicting costs one rebuild, keeping a stale snapshot costs correctness.
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        Selesai(transaction, evict: eventData.Action == "Commit");

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Selesai(transaction, evict: eventData.Action == "Commit");
        return Task.CompletedTask;
    }

    // ---- Commands outside SaveChanges (ExecuteUpdate/ExecuteDelete, raw SQL) ----

    [GeneratedRegex("""\b(?:UPDATE|DELETE\s+FROM|INSERT\s+INTO|TRUNCATE(?:\s+TABLE)?|MERGE\s+INTO)\s+(?:ONLY\s+)?(?:"?\w+"?\.)?"?(?:pegawai|jabatan|unit_organisasi|penugasan_plt|instansi)"?(?=[\s;(,]|$)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TulisStruktur();

    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        await PerintahAsync(command, eventData.Context, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        PerintahAsync(command, eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    private async ValueTask PerintahAsync(DbCommand command, DbContext? context, CancellationToken ct)
    {
        if (context is not KinaraDbContext db || _konteks.TryGetValue(db, out var state) && state.Menyimpan
            || !TulisStruktur().IsMatch(command.CommandText))
        {
            return;
        }
        var semua = new[] { SemuaInstansi };
        if (command.Transaction is { } tx)
        {
            Catat(tx, semua);
            if (db.IsPostgres)
            {
                await BeritahuAsync(command.Connection!, tx, semua, ct);
            }
            return;
        }
        cache.EvictAll();
        if (db.IsPostgres)
        {
            await BeritahuAsync(command.Connection!, null, semua, CancellationToken.None);
        }
    }

    // ---- Eviction and NOTIFY ----

    private void Evict(IEnumerable<Guid> instansi)
    {
        foreach (var id in instansi)
        {
            if (id == SemuaInstansi)
            {
                cache.EvictAll();
                return;
            }
            cache.Evict(id);
        }
    }

    /// <summary>
    /// One pg_notify per Instansi on <paramref name="conn"/> (inside <paramref name="tx"/> when given: delivered at its
    /// commit). Plain ADO.NET, not EF: this runs inside EF's own save and command callbacks. The payload carries this
    /// node's id so its own listener skips what it has already evicted.
    /// </summary>
    private async ValueTask BeritahuAsync(DbConnection conn, DbTransaction? tx, IEnumerable<Guid> instansi, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT pg_notify('{Kanal}', @p)";
        var p = cmd.CreateParameter();
        p.ParameterName = "p";
        cmd.Parameters.Add(p);
        foreach (var id in instansi)
        {
            p.Value = (id == SemuaInstansi ? Semua : id.ToString()) + "|" + cache.Node;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
