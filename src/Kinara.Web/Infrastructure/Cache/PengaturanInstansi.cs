using System.Collections.Concurrent;
using Kinara.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kinara.Web.Infrastructure.Cache;

/// <summary>The per-tenant switches that requests read on every hit (the 2FA middleware on every admin request, the SKP page).</summary>
public sealed record PengaturanInstansi(bool Wajib2faAdmin, bool ReviuPengelolaKinerja);

/// <summary>
/// <see cref="PengaturanInstansi"/> per Instansi in memory, so an admin request or an SKP page does not ask the database for
/// two booleans each time. It is dropped whenever the structure cache is (a saved Instansi row evicts it after the commit on
/// this node and is announced to the others by NOTIFY kinara_struktur, ADR 0005), so a change on the Instansi page takes
/// effect on the very next request on every node; <see cref="Ttl"/> bounds what a lost notification can leave
/// (DESIGN.md §4: cache entries only as an optimisation).
/// </summary>
public sealed class PengaturanInstansiCache
{
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(60);

    private readonly IMemoryCache cache;
    // Bumped by every eviction: a read that started before an eviction must not put its (possibly old) value back.
    private readonly ConcurrentDictionary<Guid, int> _generasi = new();
    // The Instansi with an entry, so "forget all" (a structure listener that reconnected) can find them.
    private readonly ConcurrentDictionary<Guid, byte> _tersimpan = new();

    public PengaturanInstansiCache(IMemoryCache cache, Features.Organisasi.Struktur.StrukturCache struktur)
    {
        this.cache = cache;
        struktur.Dibuang += id =>
        {
            if (id is { } instansiId)
            {
                Lupakan(instansiId);
                return;
            }
            foreach (var i in _tersimpan.Keys)
            {
                Lupakan(i);
            }
        };
    }

    public Task<PengaturanInstansi> AmbilAsync(KinaraDbContext db, Guid instansiId, CancellationToken ct = default) =>
        AmbilAsync(() => db, instansiId, ct);

    /// <summary>As above, resolving the request's DbContext only when the value is not cached (middleware).</summary>
    public async Task<PengaturanInstansi> AmbilAsync(Func<KinaraDbContext> db, Guid instansiId, CancellationToken ct = default)
    {
        var kunci = new Kunci(instansiId);
        if (cache.TryGetValue(kunci, out PengaturanInstansi? ada) && ada is not null)
        {
            return ada;
        }
        var generasi = _generasi.GetValueOrDefault(instansiId);
        // The Instansi table has no tenant filter: this reads the row of the given id whatever the context's tenant.
        var nilai = await db().Instansi.AsNoTracking().Where(i => i.Id == instansiId)
            .Select(i => new PengaturanInstansi(i.Wajib2faAdmin, i.ReviuPengelolaKinerja)).FirstOrDefaultAsync(ct)
            ?? new PengaturanInstansi(false, false);
        if (_generasi.GetValueOrDefault(instansiId) == generasi)
        {
            cache.Set(kunci, nilai, Ttl);
            _tersimpan[instansiId] = 0;
        }
        return nilai;
    }

    /// <summary>Forgets the settings of <paramref name="instansiId"/>: the next request reads them again.</summary>
    public void Lupakan(Guid instansiId)
    {
        _generasi.AddOrUpdate(instansiId, 1, (_, g) => g + 1);
        cache.Remove(new Kunci(instansiId));
    }

    private sealed record Kunci(Guid InstansiId);
}
