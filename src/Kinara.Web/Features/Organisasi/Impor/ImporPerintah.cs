using System.Diagnostics;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Files;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>
/// <c>dotnet run --project src/Kinara.Web -- impor &lt;instansi-kode&gt; &lt;unit|jabatan|pegawai&gt; &lt;berkas&gt; [--buat-instansi]</c>:
/// the same checks and the same <see cref="ImporProcessor"/> as the web upload, run in the foreground. Used by
/// bench/import/run.sh and for large first loads by an operator.
/// </summary>
public static class ImporPerintah
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var posisi = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (posisi.Length != 3 || !Enum.TryParse<JenisImpor>(posisi[1], ignoreCase: true, out var jenis) || !Enum.IsDefined(jenis))
        {
            Console.Error.WriteLine("Pemakaian: impor <instansi-kode> <unit|jabatan|pegawai> <berkas .csv/.xlsx> [--buat-instansi]");
            return 2;
        }
        var (kode, path) = (posisi[0], Path.GetFullPath(posisi[2]));
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"Berkas tidak ditemukan: {path}");
            return 2;
        }
        var options = services.GetRequiredService<IOptions<ImporOptions>>().Value;
        if (BerkasImpor.Periksa(() => File.OpenRead(path), path, jenis, options) is { } tolak)
        {
            Console.Error.WriteLine($"Berkas ditolak ({tolak.Status}): {tolak.Pesan}");
            return 1;
        }

        await DatabaseSetup.MigrateAsync(services);
        Guid jobId;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
            var instansi = await db.Instansi.FirstOrDefaultAsync(i => i.Kode == kode);
            if (instansi is null && args.Contains("--buat-instansi"))
            {
                instansi = new Domain.Organisasi.Instansi { Kode = kode, Nama = kode };
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(instansi.Id, null, "cli");
                db.Instansi.Add(instansi);
                await db.SaveChangesAsync();
            }
            if (instansi is null)
            {
                Console.Error.WriteLine($"Instansi dengan kode \"{kode}\" tidak ada (tambahkan --buat-instansi untuk membuatnya).");
                return 2;
            }
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(instansi.Id, null, "cli");
            string lokasi;
            await using (var isi = File.OpenRead(path))
            {
                lokasi = await scope.ServiceProvider.GetRequiredService<IFileStorage>().SaveAsync(instansi.Id, "impor", isi);
            }
            var job = new ImporJob
            {
                InstansiId = instansi.Id, Jenis = jenis, NamaBerkas = Path.GetFileName(path), LokasiBerkas = lokasi,
                UkuranBerkas = new FileInfo(path).Length, DibuatOlehNip = "cli", DibuatPada = DateTime.UtcNow,
            };
            db.ImporJob.Add(job);
            await db.SaveChangesAsync();
            jobId = job.Id;
        }

        var waktu = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var pantau = PantauAsync(services, jobId, stop.Token);
        var heap = PuncakHeapAsync(stop.Token);
        await services.GetRequiredService<ImporProcessor>().RunAsync(jobId);
        waktu.Stop();
        await stop.CancelAsync();
        await pantau;
        var puncakHeap = await heap;

        using var akhir = services.CreateScope();
        var hasil = await akhir.ServiceProvider.GetRequiredService<KinaraDbContext>().ImporJob.IgnoreQueryFilters().AsNoTracking().FirstAsync(j => j.Id == jobId);
        Console.WriteLine(hasil.Pesan);
        Console.WriteLine($"waktu_detik={waktu.Elapsed.TotalSeconds:0.0} baris={hasil.BarisDiproses} ditambah={hasil.Ditambah} diubah={hasil.Diubah} " +
                          $"tidak_berubah={hasil.TidakBerubah} ditolak={hasil.Ditolak} baris_per_detik={hasil.BarisDiproses / Math.Max(0.001, waktu.Elapsed.TotalSeconds):0} " +
                          $"puncak_working_set_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} puncak_heap_setelah_gc_mb={puncakHeap / 1024 / 1024}");
        return hasil.Status == StatusImpor.Selesai ? 0 : 1;
    }

    /// <summary>
    /// The largest managed heap seen right after a garbage collection: the memory the import really keeps alive,
    /// without the headroom the (server) GC leaves between collections, which the RSS includes.
    /// </summary>
    private static async Task<long> PuncakHeapAsync(CancellationToken ct)
    {
        long puncak = 0;
        try
        {
            while (true)
            {
                puncak = Math.Max(puncak, GC.GetGCMemoryInfo().HeapSizeBytes);
                await Task.Delay(200, ct);
            }
        }
        catch (OperationCanceledException)
        {
            return Math.Max(puncak, GC.GetGCMemoryInfo().HeapSizeBytes);
        }
    }

    private static async Task PantauAsync(IServiceProvider services, Guid jobId, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), ct);
                using var scope = services.CreateScope();
                var j = await scope.ServiceProvider.GetRequiredService<KinaraDbContext>().ImporJob.IgnoreQueryFilters().AsNoTracking()
                    .Where(x => x.Id == jobId).Select(x => new { x.BytesDibaca, x.UkuranBerkas, x.BarisDiproses }).FirstAsync(ct);
                Console.WriteLine($"  {j.BytesDibaca * 100 / Math.Max(1, j.UkuranBerkas)}% · {j.BarisDiproses} baris");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
