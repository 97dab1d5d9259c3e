using System.Collections.Concurrent;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Features.Organisasi.Struktur;

public sealed class StrukturOptions
{
    public const string Section = "Kinara:Struktur";

    /// <summary>
    /// Safety net: a snapshot older than this is rebuilt even if no eviction came (a notification lost while the
    /// listener reconnected, a write that bypassed EF). Eviction on write is what keeps it right; this only bounds the damage.
    /// </summary>
    public int MaksimumUmurDetik { get; set; } = 300;

    /// <summary>While the LISTEN connection of a PostgreSQL node is down, other nodes' writes are not heard: snapshots live at most this long.</summary>
    public int MaksimumUmurTanpaPendengarDetik { get; set; } = 10;
}

/// <summary>
/// One <see cref="StrukturSnapshot"/> per Instansi, built on first use and kept until a write to the structure evicts it
/// (<see cref="StrukturInterceptor"/> on this node, <see cref="StrukturListener"/> for writes of other nodes) or it is
/// older than <see cref="StrukturOptions.MaksimumUmurDetik"/>.
/// One build at a time per Instansi: requests arriving meanwhile wait for the same build. Evicting removes the entry,
/// in-flight build included, so a request that starts after an eviction never gets a snapshot read before it.
/// </summary>
public sealed class StrukturCache(IServiceScopeFactory scopes, IOptions<StrukturOptions> options, TimeProvider clock,
    ILogger<StrukturCache> log, IHostApplicationLifetime? lifetime = null)
{
    private sealed class Entri(long dibuat)
    {
        public long Dibuat { get; } = dibuat;
        public TaskCompletionSource<StrukturSnapshot> Hasil { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly ConcurrentDictionary<Guid, Entri> _entri = new();
    private volatile bool _tersinkron = true;
    private long _jumlahBangun;

    /// <summary>This node's id in NOTIFY payloads, so its listener skips the evictions it did itself at commit.</summary>
    public string Node { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Snapshots built since start (tests and the benchmark notes read it).</summary>
    public long JumlahBangun => Interlocked.Read(ref _jumlahBangun);

    public async ValueTask<StrukturSnapshot> GetAsync(Guid instansiId, CancellationToken ct = default)
    {
        while (true)
        {
            if (_entri.TryGetValue(instansiId, out var ada))
            {
                var t = ada.Hasil.Task;
                if (!t.IsCompleted)
                {
                    return await t.WaitAsync(ct);
                }
                if (t.IsCompletedSuccessfully && !Kedaluwarsa(ada))
                {
                    return t.Result;
                }
                // Too old, or the build failed: the first request to notice starts the next one.
                var ganti = new Entri(Environment.TickCount64);
                if (_entri.TryUpdate(instansiId, ganti, ada))
                {
                    _ = BangunAsync(instansiId, ganti);
                    return await ganti.Hasil.Task.WaitAsync(ct);
                }
                continue;
            }
            var baru = new Entri(Environment.TickCount64);
            if (_entri.TryAdd(instansiId, baru))
            {
                _ = BangunAsync(instansiId, baru);
                return await baru.Hasil.Task.WaitAsync(ct);
            }
        }
    }

    /// <summary>
    /// Raised after every eviction (the Instansi, or null for all), whether it came from a write on this node or a
    /// NOTIFY from another: smaller per-tenant caches (<see cref="Infrastructure.Cache.PengaturanInstansiCache"/>) follow it.
    /// </summary>
    public event Action<Guid?>? Dibuang;

    /// <summary>Forgets the snapshot of one Instansi (a build in flight is dropped for later requests too).</summary>
    public void Evict(Guid instansiId)
    {
        _entri.TryRemove(instansiId, out _);
        Dibuang?.Invoke(instansiId);
    }

    public void EvictAll()
    {
        _entri.Clear();
        Dibuang?.Invoke(null);
    }

    /// <summary>False while a PostgreSQL node cannot hear the others (listener not connected yet, or reconnecting).</summary>
    internal bool Tersinkron => _tersinkron;

    /// <summary>Whether a snapshot of this Instansi is held (built or building): for tests.</summary>
    public bool Ada(Guid instansiId) => _entri.ContainsKey(instansiId);

    /// <summary>
    /// Set by the PostgreSQL listener: while it cannot hear other nodes, snapshots live only briefly; on (re)connect
    /// everything is evicted, as notifications sent meanwhile are lost.
    /// </summary>
    internal void TandaiTersinkron(bool tersinkron)
    {
        _tersinkron = tersinkron;
        EvictAll();
    }

    private bool Kedaluwarsa(Entri e)
    {
        var o = options.Value;
        var detik = _tersinkron ? o.MaksimumUmurDetik : Math.Min(o.MaksimumUmurDetik, o.MaksimumUmurTanpaPendengarDetik);
        return Environment.TickCount64 - e.Dibuat > detik * 1000L;
    }

    private async Task BangunAsync(Guid instansiId, Entri entri)
    {
        try
        {
            // Not the request's token: other requests wait for this build too. The app stopping ends it.
            var ct = lifetime?.ApplicationStopping ?? CancellationToken.None;
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(instansiId, null, "struktur");
            var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
            var snapshot = await StrukturSnapshot.BangunAsync(db, instansiId, clock.HariIni(), ct);
            Interlocked.Increment(ref _jumlahBangun);
            log.LogDebug("Struktur {InstansiId}: {Pegawai} pegawai, {Jabatan} jabatan dalam {Lama} ms",
                instansiId, snapshot.Pegawai.Count, snapshot.Jabatan.Count, snapshot.LamaBangun.TotalMilliseconds);
            entri.Hasil.TrySetResult(snapshot);
        }
        catch (Exception ex)
        {
            // Waiting requests get the error; the failed entry is replaced by the next request.
            _entri.TryRemove(new KeyValuePair<Guid, Entri>(instansiId, entri));
            entri.Hasil.TrySetException(ex);
        }
    }
}
