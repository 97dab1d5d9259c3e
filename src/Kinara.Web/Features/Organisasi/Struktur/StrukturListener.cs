using Kinara.Web.Data;
using Npgsql;

namespace Kinara.Web.Features.Organisasi.Struktur;

/// <summary>
/// Hears the other nodes' structure writes on PostgreSQL: <c>LISTEN kinara_struktur</c> on a dedicated unpooled
/// connection, one eviction per notification. PostgreSQL does not keep notifications for a session that was not
/// listening, so every (re)connect evicts everything, and while disconnected snapshots live only briefly
/// (<see cref="StrukturOptions.MaksimumUmurTanpaPendengarDetik"/>). Reconnects with a growing pause (1 s … 30 s).
/// On SQLite there is one node and nothing to hear.
/// </summary>
public sealed class StrukturListener(StrukturCache cache, DatabaseOptions database, IConfiguration config, ILogger<StrukturListener> log)
    : BackgroundService
{
    private static readonly TimeSpan JedaMaksimum = TimeSpan.FromSeconds(30);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.IsPostgres)
        {
            // Before the first request: until LISTEN runs, other nodes' writes would go unheard.
            cache.TandaiTersinkron(false);
        }
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.IsPostgres || config.GetConnectionString("Kinara") is not { Length: > 0 } cs)
        {
            return;
        }
        var koneksi = new NpgsqlConnectionStringBuilder(cs)
        {
            // Not pooled: LISTEN belongs to the session, which must not go back to a pool or be reset.
            Pooling = false,
            Multiplexing = false,
            // A keepalive query every 15 s while waiting, so a dead server or network is noticed and we reconnect.
            KeepAlive = 15,
            ApplicationName = "kinara-struktur",
        }.ToString();
        var jeda = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = new NpgsqlConnection(koneksi);
                conn.Notification += (_, e) => Terima(e.Payload);
                await conn.OpenAsync(stoppingToken);
                await using (var cmd = new NpgsqlCommand($"LISTEN {StrukturInterceptor.Kanal}", conn))
                {
                    await cmd.ExecuteNonQueryAsync(stoppingToken);
                }
                cache.TandaiTersinkron(true);
                log.LogInformation("Mendengarkan perubahan struktur dari node lain ({Kanal})", StrukturInterceptor.Kanal);
                jeda = TimeSpan.FromSeconds(1);
                while (true)
                {
                    await conn.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            // Any failure, not only network ones: an exception escaping a BackgroundService stops the whole host.
            catch (Exception ex)
            {
                cache.TandaiTersinkron(false);
                log.LogWarning(ex, "Koneksi LISTEN struktur terputus; mencoba lagi dalam {Detik} detik", jeda.TotalSeconds);
            }
            try
            {
                await Task.Delay(jeda, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            jeda = TimeSpan.FromTicks(Math.Min(jeda.Ticks * 2, JedaMaksimum.Ticks));
        }
    }

    /// <summary>Payload "&lt;instansi id&gt;" or "*", optionally followed by "|&lt;node&gt;" (this node's own writes are skipped).</summary>
    internal void Terima(string payload)
    {
        var bagian = payload.Split('|', 2);
        if (bagian.Length == 2 && bagian[1] == cache.Node)
        {
            return;
        }
        if (bagian[0] == StrukturInterceptor.Semua)
        {
            cache.EvictAll();
        }
        else if (Guid.TryParse(bagian[0], out var id))
        {
            cache.Evict(id);
        }
        else
        {
            // Unknown payload: evicting everything is always safe.
            cache.EvictAll();
        }
    }
}
