using Kinara.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>
/// Runs queued imports on this node, one at a time. Wakes on an upload made on this node (<see cref="ImporSignal"/>)
/// or every <see cref="ImporOptions.IntervalPollDetik"/> seconds, which also finds jobs uploaded on other nodes and
/// jobs left behind by a node that died. The lease in <see cref="ImporProcessor.RunAsync"/> keeps a job to one node.
/// </summary>
public sealed class ImporWorker(ImporProcessor processor, ImporSignal signal, IOptions<ImporOptions> options, ILogger<ImporWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Worker)
        {
            return;
        }
        // Let start-up (migrations, seeding) finish before the first database poll.
        await Task.Yield();
        var interval = TimeSpan.FromSeconds(Math.Max(0.2, options.Value.IntervalPollDetik));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var kegiatan = KerjaLatar.Sumber.StartActivity("impor.antrean");
                foreach (var id in await processor.CariAntreanAsync(stoppingToken))
                {
                    await processor.RunAsync(id, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A database hiccup must not kill the worker; the next poll tries again.
                logger.LogError(ex, "Pekerja impor: gagal memeriksa antrean");
            }
            await TungguAsync(interval, stoppingToken);
        }
    }

    private async Task TungguAsync(TimeSpan interval, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(interval);
        try
        {
            await signal.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
