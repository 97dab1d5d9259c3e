using System.Text.Json;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Impor;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinara.Web.Infrastructure.Audit;

/// <summary>
/// Turns the change tracker's pending changes into audit entries and appends them to each Instansi's hash chain.
/// Also the one place that stamps tenant ids on new rows, refuses cross-tenant writes and bumps concurrency versions.
/// </summary>
internal sealed class AuditRecorder(KinaraDbContext db)
{
    private static readonly HashSet<string> Masked = [nameof(ApplicationUser.PasswordHash), nameof(ApplicationUser.SecurityStamp), nameof(ApplicationUser.ConcurrencyStamp)];
    private static readonly HashSet<Type> NotAudited = [typeof(AuditEntry), typeof(ImporJob), typeof(ImporGalat), typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey), typeof(IdentityUserToken<Guid>)];

    internal sealed record Pending(Guid InstansiId, AuditAksi Aksi, string Entitas, string EntitasId, string Perubahan);

    public async Task<List<Pending>> CollectAsync(CancellationToken ct)
    {
        var result = new List<Pending>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            StampTenant(entry);
            if (entry.State == EntityState.Modified && !entry.Properties.Any(p => p.IsModified))
            {
                continue;
            }
            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Versi++;
            }
            else if (entry.Entity is IVersioned baru && entry.State == EntityState.Added && baru.Versi == 0)
            {
                // Stored versions start at 1: a form that lost its version field binds 0, and 0 must never match a stored
                // row, or an empty POST of a status/delete button would pass the concurrency check (security matrix).
                baru.Versi = 1;
            }
            if (NotAudited.Contains(entry.Metadata.ClrType) || await InstansiOfAsync(entry, ct) is not { } instansiId)
            {
                continue;
            }
            var aksi = entry.State switch
            {
                EntityState.Added => AuditAksi.Tambah,
                EntityState.Deleted => AuditAksi.Hapus,
                _ => AuditAksi.Ubah,
            };
            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            result.Add(new Pending(instansiId, aksi, entry.Metadata.ClrType.Name, key, Describe(entry)));
        }
        return result;
    }

    /// <summary>SQLite: appends the entries to each Instansi's chain at once (the caller holds the write lock).</summary>
    public async Task AppendChainedAsync(List<Pending> pending, CancellationToken ct)
    {
        foreach (var group in pending.GroupBy(p => p.InstansiId))
        {
            var last = await db.Audit.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.InstansiId == group.Key && a.Urutan != null)
                .OrderByDescending(a => a.Urutan)
                .Select(a => new { a.Urutan, a.Hash })
                .FirstOrDefaultAsync(ct);
            var urutan = last?.Urutan ?? 0;
            var prev = last?.Hash ?? AuditChain.Genesis;
            foreach (var e in Entries(group))
            {
                e.Urutan = ++urutan;
                e.HashSebelumnya = prev;
                e.Hash = AuditChain.ComputeHash(e);
                prev = e.Hash;
            }
        }
    }

    /// <summary>PostgreSQL: adds the entries without their place in the chain; <see cref="AuditSegel"/> seals them.</summary>
    public void AppendUnsealed(List<Pending> pending)
    {
        Entries(pending);
    }

    /// <summary>Adds one unsealed entry per pending change to the context, in the order of the changes.</summary>
    private List<AuditEntry> Entries(IEnumerable<Pending> pending)
    {
        var waktu = Truncate(db.Clock.GetUtcNow().UtcDateTime);
        var result = new List<AuditEntry>();
        foreach (var p in pending)
        {
            var e = new AuditEntry
            {
                InstansiId = p.InstansiId,
                Waktu = waktu,
                UserId = db.Tenant.UserId,
                Pelaku = db.Tenant.UserName ?? "sistem",
                Aksi = p.Aksi,
                Entitas = p.Entitas,
                EntitasId = p.EntitasId,
                Perubahan = p.Perubahan,
            };
            db.Audit.Add(e);
            result.Add(e);
        }
        return result;
    }

    private void StampTenant(EntityEntry entry)
    {
        if (entry.Entity is not ITenantOwned owned)
        {
            return;
        }
        if (entry.State == EntityState.Added && owned.InstansiId == Guid.Empty)
        {
            owned.InstansiId = db.Tenant.RequireInstansi();
        }
        if (db.Tenant.InstansiId is { } current && owned.InstansiId != current)
        {
            // A bug, never a user action: the query filters already hide other tenants' rows.
            throw new InvalidOperationException($"Refusing to write {entry.Metadata.ClrType.Name} of another Instansi.");
        }
    }

    // Asynchronous: the only query here (a role's user, when that user is not loaded) must not block a thread, and
    // Npgsql refuses synchronous statements on multiplexed connections (DatabaseSetup.KoneksiPostgres).
    private async ValueTask<Guid?> InstansiOfAsync(EntityEntry entry, CancellationToken ct) => entry.Entity switch
    {
        ITenantOwned owned => owned.InstansiId,
        Instansi instansi => instansi.Id,
        ApplicationUser user => user.InstansiId,
        IdentityUserRole<Guid> role => db.Users.Local.FirstOrDefault(u => u.Id == role.UserId)?.InstansiId
            ?? await db.Users.AsNoTracking().Where(u => u.Id == role.UserId).Select(u => (Guid?)u.InstansiId).FirstOrDefaultAsync(ct),
        _ => null,
    };

    private static string Describe(EntityEntry entry)
    {
        var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var p in entry.Properties)
        {
            var name = p.Metadata.Name;
            object? before = entry.State == EntityState.Added ? null : p.OriginalValue;
            object? after = entry.State == EntityState.Deleted ? null : p.CurrentValue;
            // Identity's UserStore.UpdateAsync marks every column modified: record only the values that really changed.
            if (entry.State == EntityState.Modified && (!p.IsModified || Equals(before, after)))
            {
                continue;
            }
            if (entry.State == EntityState.Added && after is null)
            {
                continue;
            }
            if (Masked.Contains(name))
            {
                before = before is null ? null : "***";
                after = after is null ? null : "***";
            }
            changes[name] = [before, after];
        }
        return JsonSerializer.Serialize(changes);
    }

    internal static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
}
