using System.Collections.Concurrent;
using System.Diagnostics;
using Kinara.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands this factory's database runs while alive (EF's diagnostic events, filtered by connection
/// string, so tests of other classes running at the same time against their own databases do not count), leaving out
/// the app's background work (audit sealer, import worker: they run inside a <see cref="KerjaLatar"/> activity, which
/// the counter listens to for the whole test run, so those activities exist).
/// <see cref="Perintah"/> keeps the SQL text, so a failing assertion can say which queries ran.
/// </summary>
public sealed class HitungKueri : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _koneksi;
    private readonly List<IDisposable> _langganan = [];
    private static ActivityListener? _latar;

    /// <summary>
    /// Listens to the app's background activities for the rest of the test run (KinaraFactory calls it before the app
    /// starts), so a background pass that began before a counter was created is still recognised as background work.
    /// </summary>
    public static void DengarKerjaLatar()
    {
        lock (typeof(HitungKueri))
        {
            if (_latar is null)
            {
                _latar = new ActivityListener
                {
                    ShouldListenTo = s => s.Name == KerjaLatar.Nama,
                    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                };
                ActivitySource.AddActivityListener(_latar);
            }
        }
    }
    private readonly ConcurrentQueue<string> _perintah = new();
    private int _jumlah;
    private int _koneksiDibuka;

    public HitungKueri(KinaraFactory factory)
    {
        // As the app's contexts see it: on PostgreSQL the app adds pool settings to the configured string (DatabaseSetup.Verbindung).
        using (var scope = factory.Services.CreateScope())
        {
            _koneksi = scope.ServiceProvider.GetRequiredService<Kinara.Web.Data.KinaraDbContext>().Database.GetConnectionString()!;
        }
        DengarKerjaLatar();
        _langganan.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public int Jumlah => Volatile.Read(ref _jumlah);

    /// <summary>How many times the app's contexts opened their database connection (taken from the pool) meanwhile.</summary>
    public int KoneksiDibuka => Volatile.Read(ref _koneksiDibuka);

    /// <summary>The SQL of every counted command, in the order they finished.</summary>
    public IReadOnlyList<string> Perintah => _perintah.ToList();

    /// <summary>The commands as one readable block, for assertion messages.</summary>
    public override string ToString() => string.Join("\n---\n", _perintah);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_langganan) { _langganan.Add(value.Subscribe(this)); }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
            && data.Context?.Database.GetConnectionString() == _koneksi && !KerjaLatar.SedangBerjalan())
        {
            Interlocked.Increment(ref _jumlah);
            _perintah.Enqueue(data.Command.CommandText);
        }
        else if (value.Key == RelationalEventId.ConnectionOpened.Name && value.Value is ConnectionEndEventData buka
                 && buka.Context?.Database.GetConnectionString() == _koneksi && !KerjaLatar.SedangBerjalan())
        {
            Interlocked.Increment(ref _koneksiDibuka);
        }
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_langganan)
        {
            _langganan.ForEach(l => l.Dispose());
        }
    }

    /// <summary>Does nothing; registered by KinaraFactory so that EF reports every connection opening (see there).</summary>
    public sealed class KoneksiTerlihat : DbConnectionInterceptor;
}
