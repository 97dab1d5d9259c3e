using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Files;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>
/// Runs one import job. The job is leased through the database first (a conditional UPDATE that only one node can win),
/// so it runs once even with several app nodes; the lease is renewed while the job runs, and a job whose node died is
/// picked up again when its lease runs out (the upsert makes a re-run safe). The worker calls this; tests call it directly.
/// </summary>
public sealed class ImporProcessor(
    IServiceScopeFactory scopes, IFileStorage files, IOptions<ImporOptions> options, ImporNode node, TimeProvider clock,
    ILogger<ImporProcessor> logger)
{
    private ImporOptions Options => options.Value;
    private TimeSpan Lease => TimeSpan.FromSeconds(Options.LeaseDetik);
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Queued jobs, and running jobs whose lease has run out, oldest first (for all tenants: this is the worker's view).</summary>
    public async Task<List<Guid>> CariAntreanAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        var now = Now;
        return await db.ImporJob.IgnoreQueryFilters().AsNoTracking()
            .Where(j => (j.Status == StatusImpor.Antre || j.Status == StatusImpor.Berjalan) && (j.PemegangLease == null || j.LeaseBerakhir < now))
            .OrderBy(j => j.DibuatPada)
            .Select(j => j.Id)
            .Take(10)
            .ToListAsync(ct);
    }

    /// <summary>Claims and runs the job. False when another node holds it or it is already finished.</summary>
    public async Task<bool> RunAsync(Guid jobId, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        var now = Now;
        var diambil = await db.ImporJob.IgnoreQueryFilters()
            .Where(j => j.Id == jobId && (j.Status == StatusImpor.Antre || j.Status == StatusImpor.Berjalan)
                        && (j.PemegangLease == null || j.LeaseBerakhir < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.PemegangLease, node.Nama)
                .SetProperty(j => j.LeaseBerakhir, now + Lease)
                .SetProperty(j => j.Status, StatusImpor.Berjalan)
                .SetProperty(j => j.MulaiPada, j => j.MulaiPada ?? now), ct);
        if (diambil != 1)
        {
            return false;
        }

        var job = await db.ImporJob.IgnoreQueryFilters().AsNoTracking().FirstAsync(j => j.Id == jobId, ct);
        // The job acts for its tenant and its uploader, so the audit trail shows who imported.
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(job.InstansiId, job.DibuatOleh, job.DibuatOlehNip);
        logger.LogInformation("Impor {JobId} ({Jenis}, {Berkas}) dimulai di {Node}", job.Id, job.Jenis, job.NamaBerkas, node.Nama);

        using var leaseCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var stopRenew = new CancellationTokenSource();
        var renew = PerpanjangLeaseAsync(jobId, leaseCts, stopRenew.Token);
        PembacaBaris? baca = null;
        KonteksImpor? k = null;
        var selesai = false;
        try
        {
            // A re-run after a node died starts over: its earlier error rows would be counted twice.
            await db.ImporGalat.Where(g => g.ImporJobId == jobId).ExecuteDeleteAsync(leaseCts.Token);
            var stream = files.OpenRead(job.LokasiBerkas);
            // The content was checked at upload; the format follows the content, not the name the user gave the file.
            baca = PembacaBaris.Buka(stream, BerkasImpor.FormatDariIsi(stream));
            var peta = PetaKolom.Buat(DaftarKolom.Untuk(job.Jenis), baca.Judul);
            if (peta.Hilang.Any())
            {
                throw new ImporGagalException("Kolom wajib tidak ditemukan: " + string.Join(", ", peta.Hilang.Select(x => x.Nama)) + ".");
            }
            k = new KonteksImpor(job, baca, peta, Options);
            var konteks = k;
            k.LaporAsync = c => LaporAsync(db, job.Id, konteks, c);
            await JalankanAsync(db, k, leaseCts.Token);
            await AkhiriAsync(db, job, StatusImpor.Selesai, Ringkasan(k), k, CancellationToken.None);
            selesai = true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The app is stopping: give the lease back so another node (or this one after a restart) continues at once.
            await db.ImporJob.IgnoreQueryFilters().Where(j => j.Id == jobId && j.PemegangLease == node.Nama)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseBerakhir, Now.AddSeconds(-1)), CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (ex is LeaseHilangException || (ex is OperationCanceledException && leaseCts.IsCancellationRequested))
        {
            logger.LogWarning("Impor {JobId}: lease diambil alih node lain; berhenti di node ini", jobId);
        }
        catch (ImporGagalException ex)
        {
            await GagalAsync(db, job, k, ex.Message);
            selesai = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not LeaseHilangException)
        {
            logger.LogError(ex, "Impor {JobId} gagal", jobId);
            await GagalAsync(db, job, k, "isi berkas rusak atau formatnya tidak sesuai, sehingga tidak dapat dibaca sampai selesai.");
            selesai = true;
        }
        finally
        {
            baca?.Dispose();
            await stopRenew.CancelAsync();
            await renew;
        }
        if (selesai)
        {
            await files.DeleteAsync(job.LokasiBerkas, CancellationToken.None);
        }
        return true;
    }

    private static Task JalankanAsync(KinaraDbContext db, KonteksImpor k, CancellationToken ct) => k.Job.Jenis switch
    {
        JenisImpor.Unit => new ImporUnit(db, k).RunAsync(ct),
        JenisImpor.Jabatan => new ImporJabatan(db, k).RunAsync(ct),
        _ => new ImporPegawai(db, k).RunAsync(ct),
    };

    /// <summary>Progress after each batch; the condition on the lease holder makes a node that lost its lease stop.</summary>
    private async Task LaporAsync(KinaraDbContext db, Guid jobId, KonteksImpor k, CancellationToken ct)
    {
        var bytes = k.BytesDibaca();
        var n = await db.ImporJob.Where(j => j.Id == jobId && j.PemegangLease == node.Nama)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.BytesDibaca, bytes)
                .SetProperty(j => j.BarisDiproses, k.BarisDiproses)
                .SetProperty(j => j.Ditambah, k.Ditambah)
                .SetProperty(j => j.Diubah, k.Diubah)
                .SetProperty(j => j.TidakBerubah, k.TidakBerubah)
                .SetProperty(j => j.Ditolak, k.Ditolak), ct);
        if (n != 1)
        {
            throw new LeaseHilangException();
        }
    }

    private async Task AkhiriAsync(KinaraDbContext db, ImporJob job, StatusImpor status, string pesan, KonteksImpor? k, CancellationToken ct)
    {
        if (k is not null)
        {
            db.ImporGalat.AddRange(k.GalatTertunda());
            if (k.GalatTerlewat > 0)
            {
                db.ImporGalat.Add(new ImporGalat
                {
                    InstansiId = job.InstansiId, ImporJobId = job.Id, Baris = 0, Kolom = "",
                    Alasan = $"Masih ada {Nilai.Angka(k.GalatTerlewat)} catatan lain yang tidak disimpan (batas {Nilai.Angka(Options.MaksGalatDisimpan)} catatan). Perbaiki baris di atas lalu impor ulang.",
                });
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            k.GalatTersimpan();
        }
        var now = Now;
        var akhirBytes = status == StatusImpor.Selesai ? job.UkuranBerkas : k?.BytesDibaca() ?? 0;
        int diproses = k?.BarisDiproses ?? 0, ditambah = k?.Ditambah ?? 0, diubah = k?.Diubah ?? 0, sama = k?.TidakBerubah ?? 0, ditolak = k?.Ditolak ?? 0;
        await db.ImporJob.Where(j => j.Id == job.Id && j.PemegangLease == node.Nama)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, status)
                .SetProperty(j => j.Pesan, pesan.Length > 1000 ? pesan[..999] + "…" : pesan)
                .SetProperty(j => j.SelesaiPada, now)
                .SetProperty(j => j.LeaseBerakhir, (DateTime?)null)
                .SetProperty(j => j.BytesDibaca, akhirBytes)
                .SetProperty(j => j.BarisDiproses, diproses)
                .SetProperty(j => j.Ditambah, ditambah)
                .SetProperty(j => j.Diubah, diubah)
                .SetProperty(j => j.TidakBerubah, sama)
                .SetProperty(j => j.Ditolak, ditolak), ct);
        logger.LogInformation("Impor {JobId} {Status}: {Pesan}", job.Id, status, pesan);
    }

    private async Task GagalAsync(KinaraDbContext db, ImporJob job, KonteksImpor? k, string alasan)
    {
        db.ChangeTracker.Clear();
        var tersimpan = k is null ? 0 : k.Ditambah + k.Diubah + k.TidakBerubah;
        var posisi = k is null || k.BarisDiproses == 0 ? "" : $" (di sekitar baris {k.Baca.Nomor})";
        var pesan = $"Impor berhenti{posisi}: {alasan} " + (tersimpan > 0
            ? $"{Nilai.Angka(tersimpan)} baris yang diproses sebelumnya sudah tersimpan dan tetap ada; baris sesudahnya belum diimpor. Perbaiki berkas lalu impor ulang: baris yang sama tidak akan berubah dua kali."
            : "Tidak ada data yang diubah.");
        try
        {
            await AkhiriAsync(db, job, StatusImpor.Gagal, pesan, k, CancellationToken.None);
        }
        catch (DbUpdateException)
        {
            // The pending error rows were what failed to save: still mark the job as failed.
            db.ChangeTracker.Clear();
            await AkhiriAsync(db, job, StatusImpor.Gagal, pesan, null, CancellationToken.None);
        }
    }

    private static string Ringkasan(KonteksImpor k) =>
        $"Selesai: {Nilai.Angka(k.BarisDiproses)} baris diproses — {Nilai.Angka(k.Ditambah)} ditambah, " +
        $"{Nilai.Angka(k.Diubah)} diubah, {Nilai.Angka(k.TidakBerubah)} tidak berubah, {Nilai.Angka(k.Ditolak)} ditolak.";

    /// <summary>Renews the lease every quarter of its length; when another node has taken it, cancels this run.</summary>
    private async Task PerpanjangLeaseAsync(Guid jobId, CancellationTokenSource lease, CancellationToken stop)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, Options.LeaseDetik / 4.0));
        while (true)
        {
            try
            {
                await Task.Delay(interval, clock, stop);
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
                var berakhir = Now + Lease;
                var n = await db.ImporJob.IgnoreQueryFilters()
                    .Where(j => j.Id == jobId && j.PemegangLease == node.Nama && j.Status == StatusImpor.Berjalan)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseBerakhir, berakhir), stop);
                if (n != 1)
                {
                    await lease.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                // Retried on the next tick: the lease is long enough to survive a missed renewal.
                logger.LogWarning(ex, "Impor {JobId}: perpanjangan lease gagal", jobId);
            }
        }
    }

    /// <summary>Another node holds the job now (this node was too slow to renew): stop without touching the job.</summary>
    private sealed class LeaseHilangException() : Exception("Lease lost");
}
