using System.Threading.Channels;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>Limits and timings of the import (section "Impor"). Every limit is configuration, with a safe default.</summary>
public sealed class ImporOptions
{
    public const string Section = "Impor";

    /// <summary>Run the background worker on this node. Tests turn it off and call <see cref="ImporProcessor.RunAsync"/> themselves.</summary>
    public bool Worker { get; set; } = true;

    /// <summary>Largest upload in MB; a bigger request gets 413 before its body is read.</summary>
    public int BatasUnggahMb { get; set; } = 100;

    /// <summary>How often an idle worker looks for queued jobs (an upload on the same node also wakes it at once).</summary>
    public double IntervalPollDetik { get; set; } = 2;

    /// <summary>A running job holds its lease this long; it is renewed while the job runs, so a dead node's job is picked up after this.</summary>
    public int LeaseDetik { get; set; } = 120;

    /// <summary>Rows per database transaction.</summary>
    public int UkuranBatch { get; set; } = 1000;

    /// <summary>Rejected rows stored for the report; more are counted but not stored.</summary>
    public int MaksGalatDisimpan { get; set; } = 10_000;

    /// <summary>Unit and jabatan files are read whole (parents may come after children), so they have a row cap.</summary>
    public int MaksBarisStruktur { get; set; } = 100_000;

    /// <summary>Zip-bomb guard: total uncompressed size of an .xlsx, in MB.</summary>
    public int MaksXlsxTeruraiMb { get; set; } = 1024;

    /// <summary>Zip-bomb guard: largest uncompressed/compressed ratio of one big entry of an .xlsx.</summary>
    public int MaksRasioKompresi { get; set; } = 100;

    public long BatasUnggahByte => BatasUnggahMb * 1024L * 1024L;
}

/// <summary>Wakes this node's worker right after an upload instead of waiting for the next poll.</summary>
public sealed class ImporSignal
{
    private readonly Channel<Guid> _channel = Channel.CreateBounded<Guid>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Kirim(Guid jobId) => _channel.Writer.TryWrite(jobId);

    public ChannelReader<Guid> Reader => _channel.Reader;
}

public static class ImporRegistration
{
    public static IServiceCollection AddImpor(this IServiceCollection services)
    {
        services.AddOptions<ImporOptions>().BindConfiguration(ImporOptions.Section);
        services.AddSingleton<ImporSignal>();
        services.AddSingleton<ImporNode>();
        services.AddSingleton<ImporProcessor>();
        services.AddHostedService<ImporWorker>();
        return services;
    }
}

/// <summary>This process's name in job leases: unique per process, readable in the database.</summary>
public sealed class ImporNode
{
    public string Nama { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
