using System.Text.RegularExpressions;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Infrastructure.Cache;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Memory;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>
/// The monitoring counts are kept in memory for a short while (Kinara:Monitoring:CacheDetik): a reload within that time does
/// not count again, "Perbarui" does (once per user per few seconds), and the page says how old its figures are.
/// </summary>
public sealed class MonitoringCacheTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    /// <summary>The count query of the monitoring (the one that reads every SKP of the Pemda), among the commands that ran.</summary>
    internal static int KueriHitung(HitungKueri hitung) =>
        hitung.Perintah.Count(p => p.Contains("count(", StringComparison.OrdinalIgnoreCase) && p.Contains("skp", StringComparison.OrdinalIgnoreCase)
            && p.Contains("pegawai", StringComparison.OrdinalIgnoreCase));

    internal static int PegawaiAktif(AngleSharp.Dom.IDocument page) =>
        int.Parse(Regex.Replace(page.QuerySelector(".card-stat .angka")!.TextContent, @"\D", ""));

    internal static Task TambahPegawaiAsync(KinaraFactory factory, string nama) => factory.WithDbAsync(factory.Data.Alpha.Id, db =>
    {
        var alpha = factory.Data.Alpha;
        db.Pegawai.Add(new Pegawai
        {
            InstansiId = alpha.Id, Nip = $"19930101201601{Random.Shared.Next(1000, 10000)}", Nama = nama, UnitId = alpha.UnitBidangId,
            JabatanId = alpha.JabatanStafId, Aktif = true,
        });
        return db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_reload_within_the_cache_time_does_not_count_again_and_perbarui_does_once_per_few_seconds()
    {
        var admin = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var url = $"/perencanaan/monitoring?tahun={SkpUji.Tahun}";
        var pertama = await Html.GetAsync(admin, url);
        var sebelum = PegawaiAktif(pertama);
        Assert.Matches(@"Data per \d\d[.:]\d\d WIB", pertama.QuerySelector("#data-per")!.TextContent);
        Assert.Contains("30 detik", pertama.QuerySelector("#data-per")!.TextContent);

        await TambahPegawaiAsync(factory, "Pegawai Baru Monitoring");
        using (var hitung = new HitungKueri(factory))
        {
            var kedua = await Html.GetAsync(admin, url);
            Assert.Equal(0, KueriHitung(hitung));
            Assert.Equal(sebelum, PegawaiAktif(kedua)); // the figures kept in memory, up to 30 seconds old
        }

        // Another user of the same Pemda shares the figures; the pimpinan's own "Perbarui" counts again.
        var pimpinan = await factory.LoginAsync(factory.Data.Alpha.Pimpinan);
        var halaman = await Html.GetAsync(pimpinan, url);
        Assert.Equal(sebelum, PegawaiAktif(halaman));
        var perbarui = halaman.QuerySelector("#perbarui")!.GetAttribute("href")!;
        using (var hitung = new HitungKueri(factory))
        {
            var segar = await Html.GetAsync(pimpinan, perbarui);
            Assert.Equal(1, KueriHitung(hitung));
            Assert.Equal(sebelum + 1, PegawaiAktif(segar));
            Assert.Null(segar.QuerySelector("#perbarui-ditunda"));
        }
        // A second "Perbarui" right away is not run (month-end: many admins, one database); the figures stay.
        await TambahPegawaiAsync(factory, "Pegawai Baru Monitoring Dua");
        using (var hitung = new HitungKueri(factory))
        {
            var lagi = await Html.GetAsync(pimpinan, perbarui);
            Assert.Equal(0, KueriHitung(hitung));
            Assert.NotNull(lagi.QuerySelector("#perbarui-ditunda"));
            Assert.Equal(sebelum + 1, PegawaiAktif(lagi));
        }
        // The refreshed figures are what everyone sees now.
        Assert.Equal(sebelum + 1, PegawaiAktif(await Html.GetAsync(admin, url)));
    }

    [Fact]
    public async Task The_figures_are_kept_per_instansi_year_and_unit()
    {
        var alpha = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var beta = await factory.LoginAsync(factory.Data.Beta.Admin);
        var tahun = SkpUji.Tahun - 1;
        using var hitung = new HitungKueri(factory);
        await Html.GetAsync(alpha, $"/perencanaan/monitoring?tahun={tahun}");
        await Html.GetAsync(beta, $"/perencanaan/monitoring?tahun={tahun}");
        await Html.GetAsync(alpha, $"/perencanaan/monitoring?tahun={tahun}&unit={factory.Data.Alpha.UnitDinasId}");
        await Html.GetAsync(alpha, $"/perencanaan/monitoring?tahun={tahun - 1}");
        Assert.Equal(4, KueriHitung(hitung));
        await Html.GetAsync(beta, $"/perencanaan/monitoring?tahun={tahun}&urut=capaian&hal=1");
        Assert.Equal(4, KueriHitung(hitung)); // order and page are not part of the key
    }

    [Fact]
    public async Task Requests_arriving_together_on_an_empty_cache_compute_once()
    {
        var cache = new HitunganCache(new MemoryCache(new MemoryCacheOptions()), TimeProvider.System);
        var kunci = ("uji", Guid.NewGuid());
        var mulai = new TaskCompletionSource();
        var hasil = new TaskCompletionSource<int>();
        var dihitung = 0;
        Task<int> Hitung()
        {
            Interlocked.Increment(ref dihitung);
            mulai.TrySetResult();
            return hasil.Task;
        }
        var pertama = cache.AmbilAsync(kunci, TimeSpan.FromSeconds(30), false, Hitung, CancellationToken.None);
        await mulai.Task; // the first computation is running
        var lainnya = Enumerable.Range(0, 5).Select(_ => cache.AmbilAsync(kunci, TimeSpan.FromSeconds(30), false, Hitung, CancellationToken.None)).ToList();
        // Even a forced refresh joins the computation that is already running.
        lainnya.Add(cache.AmbilAsync(kunci, TimeSpan.FromSeconds(30), true, Hitung, CancellationToken.None));
        Assert.All(lainnya, t => Assert.False(t.IsCompleted));
        hasil.SetResult(42);
        var semua = await Task.WhenAll(lainnya.Prepend(pertama));
        Assert.Equal(1, dihitung);
        Assert.All(semua, h => Assert.Equal((42, semua[0].DihitungPada), (h.Nilai, h.DihitungPada)));

        // Within the time: from memory; a refresh computes again; zero time: no cache at all.
        Assert.Equal(42, (await cache.AmbilAsync(kunci, TimeSpan.FromSeconds(30), false, () => Task.FromResult(7), CancellationToken.None)).Nilai);
        Assert.Equal(7, (await cache.AmbilAsync(kunci, TimeSpan.FromSeconds(30), true, () => Task.FromResult(7), CancellationToken.None)).Nilai);
        Assert.Equal(9, (await cache.AmbilAsync(kunci, TimeSpan.Zero, false, () => Task.FromResult(9), CancellationToken.None)).Nilai);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept_and_a_waiter_that_gives_up_does_not_stop_the_others()
    {
        var cache = new HitunganCache(new MemoryCache(new MemoryCacheOptions()), TimeProvider.System);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.AmbilAsync("gagal", TimeSpan.FromSeconds(30), false, () => Task.FromException<int>(new InvalidOperationException("db mati")), CancellationToken.None));
        Assert.Equal(5, (await cache.AmbilAsync("gagal", TimeSpan.FromSeconds(30), false, () => Task.FromResult(5), CancellationToken.None)).Nilai);

        var hasil = new TaskCompletionSource<int>();
        var pemilik = cache.AmbilAsync("lambat", TimeSpan.FromSeconds(30), false, () => hasil.Task, CancellationToken.None);
        using var batal = new CancellationTokenSource();
        var penunggu = cache.AmbilAsync("lambat", TimeSpan.FromSeconds(30), false, () => Task.FromResult(-1), batal.Token);
        await batal.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => penunggu);
        hasil.SetResult(3);
        Assert.Equal(3, (await pemilik).Nilai);
    }
}

/// <summary>Kinara:Monitoring:CacheDetik = 0 turns the cache off: every request counts.</summary>
public sealed class MonitoringTanpaCacheTests(MonitoringTanpaCacheTests.Factory factory) : IClassFixture<MonitoringTanpaCacheTests.Factory>
{
    public sealed class Factory : KinaraFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Kinara:Monitoring:CacheDetik"] = "0" };
    }

    [Fact]
    public async Task Every_request_counts_and_no_perbarui_link_is_offered()
    {
        var admin = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var url = $"/perencanaan/monitoring?tahun={SkpUji.Tahun}";
        var pertama = await Html.GetAsync(admin, url);
        Assert.Null(pertama.QuerySelector("#perbarui"));
        Assert.Contains("Data per", pertama.QuerySelector("#data-per")!.TextContent);
        await MonitoringCacheTests.TambahPegawaiAsync(factory, "Pegawai Tanpa Cache");
        using var hitung = new HitungKueri(factory);
        var kedua = await Html.GetAsync(admin, url);
        Assert.Equal(1, MonitoringCacheTests.KueriHitung(hitung));
        Assert.Equal(MonitoringCacheTests.PegawaiAktif(pertama) + 1, MonitoringCacheTests.PegawaiAktif(kedua));
    }
}

/// <summary>
/// The whole-Pemda counts and a unit's drill-down reach "the SKP that counts" by two differently shaped queries (see
/// Pengisian): they must agree on every case — revisions, a second period in the year, last year's SKP.
/// </summary>
public sealed class MonitoringKonsistenTests(MonitoringTanpaCacheTests.Factory factory) : IClassFixture<MonitoringTanpaCacheTests.Factory>
{
    private static readonly string[] Kolom = ["Pegawai", "Belum ada SKP", "Draf", "Diajukan", "Dikembalikan", "Disetujui"];

    private static int[] Angka(AngleSharp.Dom.IElement baris) =>
        Kolom.Select(k => int.Parse(Regex.Match(baris.QuerySelector($"td[data-label='{k}']")!.TextContent.Replace(".", ""), @"\d+").Value)).ToArray();

    private async Task<(int[] SeluruhPemda, int[] DrillDown)> BacaAsync(HttpClient client)
    {
        var alpha = factory.Data.Alpha;
        var pemda = await Html.GetAsync(client, $"/perencanaan/monitoring?tahun={RencanaUji.Tahun}");
        var dinas = pemda.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Dinas Pendidikan alpha"));
        var drill = await Html.GetAsync(client, $"/perencanaan/monitoring?tahun={RencanaUji.Tahun}&unit={alpha.UnitDinasId}");
        return (Angka(dinas), Angka(drill.QuerySelector("tfoot tr")!));
    }

    [Fact]
    public async Task The_whole_pemda_row_of_a_unit_equals_its_drill_down_in_every_case()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var (awal, awalDrill) = await BacaAsync(client);
        Assert.Equal(awal, awalDrill);

        var nomor = 0;
        Pegawai Orang(string nama) => new()
        {
            InstansiId = alpha.Id, Nip = $"19920202201702{++nomor:0000}", Nama = nama, UnitId = alpha.UnitBidangId, JabatanId = alpha.JabatanStafId, Aktif = true,
        };
        var orang = Enumerable.Range(1, 8).Select(i => Orang($"Konsisten {i}")).ToArray();
        var posisi = RencanaUji.Posisi(alpha.JabatanStafId, "Staf", Kinara.Domain.Organisasi.JenisJabatan.Pelaksana, alpha.UnitBidangId, alpha.Atasan);
        Skp Baru(Pegawai p)
        {
            var s = RencanaUji.Buat(alpha.Id, p.Id, posisi);
            RencanaUji.Rhk(s, "RHK uji konsisten", Guid.CreateVersion7());
            return s;
        }
        var skp = new List<Skp> { Baru(orang[1]) };                 // 1: draft
        var diajukan = Baru(orang[2]);
        diajukan.Ajukan(posisi, false, DateTime.UtcNow);                                       // 2: submitted
        var kembali = Baru(orang[3]);
        kembali.Ajukan(posisi, false, DateTime.UtcNow);
        kembali.Kembalikan(alpha.Atasan.PegawaiId, "Perbaiki");                               // 3: returned
        var v1 = Baru(orang[4]).Setujui(posisi);
        var v2 = v1.BuatRevisi(DateTime.UtcNow).Setujui(posisi);
        v1.Gantikan();                                                                         // 4: approved revision in force
        var berlaku = Baru(orang[5]).Setujui(posisi);
        var revisiDraf = berlaku.BuatRevisi(DateTime.UtcNow);                                  // 5: approved, revision in draft
        var semester1 = Baru(orang[6]).Setujui(posisi);
        var semester2 = semester1.MulaiPeriodeBaru(new DateOnly(RencanaUji.Tahun, 7, 1), posisi, DateTime.UtcNow); // 6: second period, draft
        var lalu = Skp.Buat(alpha.Id, orang[7].Id, new(RencanaUji.Tahun - 1, 1, 1), new(RencanaUji.Tahun - 1, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
        RencanaUji.Rhk(lalu, "RHK tahun lalu", Guid.CreateVersion7());
        lalu.Setujui(posisi);                                                                  // 7: only last year's
        skp.AddRange([diajukan, kembali, v1, v2, berlaku, revisiDraf, semester1, semester2, lalu]); // 0: none at all
        await factory.WithDbAsync(alpha.Id, db =>
        {
            db.Pegawai.AddRange(orang);
            db.Skp.AddRange(skp);
            return db.SaveChangesAsync();
        });

        var (akhir, akhirDrill) = await BacaAsync(client);
        Assert.Equal(akhir, akhirDrill);
        Assert.Equal([8, 2, 2, 1, 1, 2], akhir.Zip(awal, (a, b) => a - b));
    }
}
