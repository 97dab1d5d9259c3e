using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Kinara.Web.Infrastructure.Cache;

/// <summary>A computed value and when it was computed (UTC), so a page can say how old the figures are.</summary>
public sealed record Hitungan<T>(T Nilai, DateTimeOffset DihitungPada);

/// <summary>
/// Results of expensive read-only queries (statistics) kept for a few seconds in this process's memory, computed once per key:
/// requests that ask for the same key while it is being computed wait for that computation instead of starting their own
/// (no stampede when the entry expires at month-end). Only for figures where a few seconds of staleness is acceptable,
/// which the page must say; nothing here is needed for correctness (DESIGN.md §4).
/// </summary>
public sealed class HitunganCache(IMemoryCache cache, TimeProvider clock)
{
    private readonly ConcurrentDictionary<object, Lazy<Task<object>>> _berjalan = new();

    /// <summary>
    /// The cached value of <paramref name="kunci"/>, or a new one from <paramref name="hitung"/>. <paramref name="segarkan"/> skips
    /// the cached value (but joins a computation already running). <paramref name="umur"/> zero or less: no cache at all.
    /// </summary>
    /// <remarks>
    /// The request that starts the computation runs it on its own DbContext and waits for the end even if it is cancelled,
    /// so that context stays alive for the others waiting; a 30 ms query is not worth a second, owner-less scope.
    /// </remarks>
    public async Task<Hitungan<T>> AmbilAsync<T>(object kunci, TimeSpan umur, bool segarkan, Func<Task<T>> hitung, CancellationToken ct)
    {
        if (umur <= TimeSpan.Zero)
        {
            return new Hitungan<T>(await hitung(), clock.GetUtcNow());
        }
        if (!segarkan && cache.TryGetValue(kunci, out Hitungan<T>? ada) && ada is not null)
        {
            return ada;
        }
        var milikku = new Lazy<Task<object>>(() => HitungLaluSimpanAsync(kunci, umur, segarkan, hitung));
        var berjalan = _berjalan.GetOrAdd(kunci, milikku);
        if (!ReferenceEquals(berjalan, milikku))
        {
            return (Hitungan<T>)await berjalan.Value.WaitAsync(ct);
        }
        try
        {
            return (Hitungan<T>)await berjalan.Value;
        }
        finally
        {
            _berjalan.TryRemove(KeyValuePair.Create(kunci, milikku));
        }
    }

    /// <summary>Forgets a cached value (the next request computes it again).</summary>
    public void Lupakan(object kunci) => cache.Remove(kunci);

    private async Task<object> HitungLaluSimpanAsync<T>(object kunci, TimeSpan umur, bool segarkan, Func<Task<T>> hitung)
    {
        // Someone may have finished the same computation between this request's cache miss and its turn here.
        if (!segarkan && cache.TryGetValue(kunci, out Hitungan<T>? ada) && ada is not null)
        {
            return ada;
        }
        var hasil = new Hitungan<T>(await hitung(), clock.GetUtcNow());
        cache.Set(kunci, hasil, umur);
        return hasil;
    }
}
