using Kinara.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Infrastructure.Audit;

/// <summary>
/// Seals audit entries into their Instansi's hash chain: gives each waiting entry (Urutan null) the next number, the
/// previous entry's hash and its own hash, in the order the entries were written (Id). Sealers of one Instansi run
/// one at a time (PostgreSQL: a per-Instansi advisory lock; SQLite: the database's single writer lock, taken at the
/// start of the transaction), so the chain never forks, even with two app nodes.
/// On PostgreSQL saves never touch this lock (ADR 0006): they write their entries unsealed in their own transaction
/// and wake the background <see cref="AuditSegelService"/>, which seals what piled up a moment later in one batch per
/// Instansi. Readers of the chain (audit screen, CSV, verification) seal first, so they always see it whole.
/// </summary>
public static class AuditSegel
{
    private const int Batch = 1000;

    /// <summary>Wakes the background sealer (a save on PostgreSQL wrote entries that wait to be sealed).</summary>
    public static event Action? Menunggu;

    internal static void Bangunkan() => Menunggu?.Invoke();

    /// <summary>
    /// Seals every waiting entry of one Instansi, in batches of <see cref="Batch"/> (one short transaction each), waiting
    /// for the Instansi's lock when another sealer holds it. Returns how many entries were sealed.
    /// </summary>
    public static async Task<int> SegelAsync(KinaraDbContext db, Guid instansiId, CancellationToken ct = default)
    {
        var total = 0;
        while (true)
        {
            // Inside a caller's transaction (the seed command) the entries are sealed in it and committed with it.
            await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            if (db.IsPostgres)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Kunci(instansiId)})", ct);
            }
            var menunggu = db.Audit.IgnoreQueryFilters()
                .Where(a => a.InstansiId == instansiId && a.Urutan == null)
                .OrderBy(a => a.Id).Take(Batch);
            // PostgreSQL writes the batch's seals in one statement (below), so nothing needs tracking there.
            var baris = await (db.IsPostgres ? menunggu.AsNoTracking() : menunggu).ToListAsync(ct);
            if (baris.Count == 0)
            {
                return total;
            }
            var terakhir = await db.Audit.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.InstansiId == instansiId && a.Urutan != null)
                .OrderByDescending(a => a.Urutan)
                .Select(a => new { a.Urutan, a.Hash })
                .FirstOrDefaultAsync(ct);
            var urutan = terakhir?.Urutan ?? 0;
            var sebelumnya = terakhir?.Hash ?? AuditChain.Genesis;
            foreach (var e in baris)
            {
                e.Urutan = ++urutan;
                e.HashSebelumnya = sebelumnya;
                e.Hash = AuditChain.ComputeHash(e);
                sebelumnya = e.Hash;
            }
            if (db.IsPostgres)
            {
                await SimpanSegelPostgresAsync(db, baris, ct);
            }
            else
            {
                await db.SaveChangesAsync(ct);
                foreach (var e in baris)
                {
                    db.Entry(e).State = EntityState.Detached;
                }
            }
            if (tx is not null)
            {
                await tx.CommitAsync(ct);
            }
            total += baris.Count;
            if (baris.Count < Batch)
            {
                return total;
            }
        }
    }

    /// <summary>
    /// The seals of one batch in a single UPDATE (arrays unnested into rows) instead of one UPDATE per entry: every
    /// save writes one or two entries, so per-entry UPDATEs were as many statements as the saves' own INSERTs.
    /// </summary>
    private static Task SimpanSegelPostgresAsync(KinaraDbContext db, List<AuditEntry> baris, CancellationToken ct)
    {
        var id = baris.Select(e => e.Id).ToArray();
        var urutan = baris.Select(e => e.Urutan!.Value).ToArray();
        var sebelumnya = baris.Select(e => e.HashSebelumnya!).ToArray();
        var hash = baris.Select(e => e.Hash!).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            UPDATE audit AS a SET "Urutan" = v.urutan, "HashSebelumnya" = v.sebelumnya, "Hash" = v.hash
            FROM unnest({id}, {urutan}, {sebelumnya}, {hash}) AS v(id, urutan, sebelumnya, hash)
            WHERE a."Id" = v.id AND a."Urutan" IS NULL
            """, ct);
    }

    /// <summary>The Instansi that have entries waiting to be sealed (a partial index keeps this cheap).</summary>
    public static Task<List<Guid>> MenungguAsync(KinaraDbContext db, CancellationToken ct = default) =>
        db.Audit.IgnoreQueryFilters().Where(a => a.Urutan == null).Select(a => a.InstansiId).Distinct().ToListAsync(ct);

    /// <summary>Seals one Instansi's waiting entries if there are any (readers call this before showing the chain).</summary>
    public static async Task SegelBilaPerluAsync(KinaraDbContext db, Guid instansiId, CancellationToken ct = default)
    {
        if (await db.Audit.IgnoreQueryFilters().AnyAsync(a => a.InstansiId == instansiId && a.Urutan == null, ct))
        {
            await SegelAsync(db, instansiId, ct);
        }
    }

    /// <summary>The per-Instansi advisory lock key (the start-up lease uses a fixed key of its own).</summary>
    internal static long Kunci(Guid instansiId) => BitConverter.ToInt64(instansiId.ToByteArray(), 0);
}

/// <summary>
/// Seals the entries the saves of this node wrote (woken by each save, then a short pause so a busy moment's saves
/// become one batch: <c>Kinara:Audit:SegelJedaMs</c>, default 250), and every few seconds (<c>Kinara:Audit:SegelDetik</c>,
/// default 2) whatever other nodes, or a node that died between its commit and the seal, left waiting. On two nodes
/// both run; the advisory lock makes that harmless.
/// </summary>
public sealed class AuditSegelService(IServiceScopeFactory scopes, IConfiguration config, ILogger<AuditSegelService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.2, config.GetValue("Kinara:Audit:SegelDetik", 2.0)));
        var jeda = TimeSpan.FromMilliseconds(Math.Max(0, config.GetValue("Kinara:Audit:SegelJedaMs", 250)));
        using var sinyal = new SemaphoreSlim(0, 1);
        void Bangun()
        {
            // Every PostgreSQL save calls this: when the sealer is already signalled, do nothing (checking first spares
            // the common case an exception per save; the catch covers the race between the check and the release).
            if (sinyal.CurrentCount > 0)
            {
                return;
            }
            try
            {
                sinyal.Release();
            }
            catch (SemaphoreFullException)
            {
                // already awake
            }
        }
        AuditSegel.Menunggu += Bangun;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    using var kegiatan = KerjaLatar.Sumber.StartActivity("audit.segel");
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
                    foreach (var instansiId in await AuditSegel.MenungguAsync(db, stoppingToken))
                    {
                        await AuditSegel.SegelAsync(db, instansiId, stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    // The database may be restarting or not migrated yet: try again at the next tick.
                    log.LogWarning(ex, "Penyegelan rantai audit gagal; dicoba lagi");
                }
                try
                {
                    // A short pause after a wake-up (Kinara:Audit:SegelJedaMs, default 250) lets the saves of a busy
                    // moment pile up into one batch per Instansi instead of one sealing transaction per save.
                    await sinyal.WaitAsync(interval, stoppingToken);
                    await Task.Delay(jeda, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
        finally
        {
            AuditSegel.Menunggu -= Bangun;
        }
    }
}
