using System.Net;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Organisasi.Struktur;
using Kinara.Web.Infrastructure.Tenancy;
using Kinara.Web.Tests.Features.Perencanaan;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>
/// The position tree served from memory (StrukturCache): the hot pages run (almost) no query, and every way the
/// structure changes — the master-data pages, Plt, an explicit transaction, ExecuteUpdate, another node — is visible on
/// the next request. Every test that changes the tree builds its own small branch under the Kepala Dinas.
/// </summary>
public sealed class StrukturTests(KinaraFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<KinaraFactory>
{
    private static readonly TimeSpan BatasTunggu = TimeSpan.FromSeconds(5);
    private static int _nomor;
    private TestTenant Alpha => factory.Data.Alpha;
    private StrukturCache Cache => factory.Services.GetRequiredService<StrukturCache>();

    private sealed record Cabang(HttpClient Client, TestAccount Staf, Pegawai Kabid, Guid JabatanKabidId, Guid JabatanStafId);

    /// <summary>
    /// A new Kepala Bidang post under the Kepala Dinas held by a new pegawai, with a staff post under it whose holder has
    /// an account, signed in, with the home page opened once (the cache is warm and names the new Kabid as penilai).
    /// </summary>
    private async Task<Cabang> CabangAsync(string nama)
    {
        var staf = await SkpUji.PegawaiBaruAsync(factory, Alpha, $"Staf {nama}");
        var kabidJabatan = new Jabatan { Kode = $"KABID-{nama.ToUpperInvariant()}", Nama = $"Kepala Bidang {nama}", Jenis = JenisJabatan.Administrator, UnitId = Alpha.UnitDinasId };
        kabidJabatan.SetAtasan(Alpha.JabatanKadinId, _ => null);
        var stafJabatan = new Jabatan { Kode = $"STAF-{nama.ToUpperInvariant()}", Nama = $"Pengolah Data {nama}", Jenis = JenisJabatan.Pelaksana, UnitId = Alpha.UnitDinasId };
        stafJabatan.SetAtasan(kabidJabatan.Id, _ => null);
        var kabid = new Pegawai // with a valid NIP: the pegawai page checks it when the kabid is edited
        {
            Nip = $"197506012000011{Interlocked.Increment(ref _nomor):000}", Nama = $"Kabid {nama}", GelarBelakang = "S.E.", Jenis = JenisPegawai.Pns,
            Golongan = "IV/a", JabatanId = kabidJabatan.Id, UnitId = Alpha.UnitDinasId,
        };
        await factory.WithDbAsync(Alpha.Id, async db =>
        {
            db.Jabatan.AddRange(kabidJabatan, stafJabatan);
            db.Pegawai.Add(kabid);
            (await db.Pegawai.SingleAsync(p => p.Id == staf.PegawaiId)).JabatanId = stafJabatan.Id;
            await db.SaveChangesAsync();
        });
        var client = await factory.LoginAsync(staf);
        Assert.Contains("Kabid " + nama, await PenilaiDiBerandaAsync(client));
        Assert.True(Cache.Ada(Alpha.Id));
        return new Cabang(client, staf, kabid, kabidJabatan.Id, stafJabatan.Id);
    }

    private static async Task<string> PenilaiDiBerandaAsync(HttpClient client) =>
        (await Html.GetAsync(client, "/")).QuerySelector("section[aria-labelledby=penilai-judul]")!.TextContent;

    private async Task TungguAsync(Func<bool> kondisi, string apa)
    {
        var batas = DateTime.UtcNow + BatasTunggu;
        while (!kondisi())
        {
            Assert.True(DateTime.UtcNow < batas, $"Waited {BatasTunggu.TotalSeconds} s for: {apa}");
            await Task.Delay(25);
        }
    }

    [Fact]
    public async Task The_home_pages_and_the_bawahan_list_run_at_most_two_queries_with_a_warm_cache()
    {
        var pegawai = await factory.LoginAsync(Alpha.Pegawai);
        var atasan = await factory.LoginAsync(Alpha.Atasan);
        var admin = await factory.LoginAsync(Alpha.Admin);
        var halaman = new (HttpClient Client, string Url, int Batas)[]
        {
            (pegawai, "/", 2), (atasan, "/", 2), (admin, "/", 3), (atasan, "/perencanaan/skp-bawahan", 2),
        };
        foreach (var (client, url, _) in halaman)
        {
            await Html.GetAsync(client, url); // warm-up: views, the snapshot
        }
        var dibangun = Cache.JumlahBangun;
        foreach (var (client, url, batas) in halaman)
        {
            using var hitung = new HitungKueri(factory);
            var page = await Html.GetAsync(client, url);
            output.WriteLine($"{url}: {hitung.Jumlah} queries");
            Assert.True(hitung.Jumlah <= batas, $"{url}: {hitung.Jumlah} queries\n{hitung}");
            if (client == pegawai)
            {
                Assert.Contains(Alpha.Atasan.Nama, page.QuerySelector("section[aria-labelledby=penilai-judul]")!.TextContent);
                Assert.Contains("Pengadministrasi Perkantoran", page.QuerySelector("section[aria-labelledby=profil-judul]")!.TextContent);
            }
            if (client == atasan && url == "/")
            {
                Assert.Contains(Alpha.Pegawai.Nama, page.QuerySelector("section[aria-labelledby=bawahan-judul]")!.TextContent);
            }
            if (url == "/perencanaan/skp-bawahan")
            {
                Assert.Contains(Alpha.Pegawai.Nama, page.QuerySelector("#daftar-bawahan")!.TextContent);
            }
        }
        Assert.Equal(dibangun, Cache.JumlahBangun); // served from the snapshot, not rebuilt
    }

    [Fact]
    public async Task Moving_a_pegawai_on_the_pegawai_page_or_the_post_on_the_jabatan_page_changes_the_penilai_on_the_next_request()
    {
        var c = await CabangAsync("Mutasi");
        var admin = await factory.LoginAsync(Alpha.Admin);

        // The staff member moves to the Kabid's own post level: a fungsional post directly under the Kepala Dinas.
        var analis = new Jabatan { Kode = "ANALIS-MUTASI", Nama = "Analis Mutasi", Jenis = JenisJabatan.Fungsional, UnitId = Alpha.UnitDinasId };
        analis.SetAtasan(Alpha.JabatanKadinId, _ => null);
        await factory.WithDbAsync(Alpha.Id, async db => { db.Jabatan.Add(analis); await db.SaveChangesAsync(); });
        var pindah = await MasterDataForm.SubmitAsync(admin, $"/organisasi/pegawai/{c.Staf.PegawaiId}/ubah", new() { ["Input.JabatanId"] = analis.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, pindah.StatusCode);
        var penilai = await PenilaiDiBerandaAsync(c.Client);
        Assert.Contains(Alpha.Pimpinan.Nama, penilai);
        Assert.DoesNotContain("Kabid Mutasi", penilai);

        // Then the post itself is put under the new Kabid on the jabatan page.
        var atasanBaru = await MasterDataForm.SubmitAsync(admin, $"/organisasi/jabatan/{analis.Id}/ubah", new() { ["Input.AtasanJabatanId"] = c.JabatanKabidId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, atasanBaru.StatusCode);
        Assert.Contains("Kabid Mutasi", await PenilaiDiBerandaAsync(c.Client));
    }

    [Fact]
    public async Task A_plt_added_on_the_plt_page_and_deactivating_the_atasan_on_the_pegawai_page_are_seen_on_the_next_request()
    {
        var c = await CabangAsync("Sarpras");
        var admin = await factory.LoginAsync(Alpha.Admin);

        // The Kabid leaves: the post is vacant, so the penilai comes from one level up.
        var nonaktif = await MasterDataForm.SubmitAsync(admin, $"/organisasi/pegawai/{c.Kabid.Id}/ubah", [], "form[action*='handler=Status']");
        Assert.Equal(HttpStatusCode.Redirect, nonaktif.StatusCode);
        var penilai = await PenilaiDiBerandaAsync(c.Client);
        Assert.Contains(Alpha.Pimpinan.Nama, penilai);
        Assert.Contains("penilai diambil dari jabatan di atasnya", penilai);

        // A Plt is appointed to the vacant post: he rates the staff from the next request on.
        var plt = await MasterDataForm.SubmitAsync(admin, $"/organisasi/plt/baru?jabatan={c.JabatanKabidId}", new()
        {
            ["Input.JabatanId"] = c.JabatanKabidId.ToString(), ["Input.Nip"] = Alpha.Admin.Nip, ["Input.Jenis"] = nameof(JenisPenugasan.Plt),
            ["Input.Mulai"] = "2025-01-01", ["Input.Selesai"] = "", ["Input.NomorSurat"] = "800/7/BKPSDM/2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, plt.StatusCode);
        penilai = await PenilaiDiBerandaAsync(c.Client);
        Assert.Contains(Alpha.Admin.Nama, penilai);
        Assert.Contains("Plt", penilai);
    }

    [Fact]
    public async Task A_change_in_an_explicit_transaction_is_seen_after_commit_and_a_rolled_back_one_never()
    {
        var c = await CabangAsync("Transaksi");
        async Task NonaktifkanKabidAsync(bool commit) => await factory.WithDbAsync(Alpha.Id, async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            (await db.Pegawai.SingleAsync(p => p.Id == c.Kabid.Id)).Aktif = false;
            await db.SaveChangesAsync();
            // Saved but not committed: the snapshot stays, and so does the answer.
            Assert.True(Cache.Ada(Alpha.Id));
            Assert.Contains("Kabid Transaksi", await PenilaiDiBerandaAsync(c.Client));
            if (commit)
            {
                await tx.CommitAsync();
            }
            else
            {
                await tx.RollbackAsync();
            }
        });

        var dibangun = Cache.JumlahBangun;
        await NonaktifkanKabidAsync(commit: false);
        Assert.True(Cache.Ada(Alpha.Id));
        Assert.Contains("Kabid Transaksi", await PenilaiDiBerandaAsync(c.Client));
        Assert.Equal(dibangun, Cache.JumlahBangun);

        await NonaktifkanKabidAsync(commit: true);
        Assert.False(Cache.Ada(Alpha.Id));
        Assert.Contains(Alpha.Pimpinan.Nama, await PenilaiDiBerandaAsync(c.Client));
    }

    [Fact]
    public async Task An_execute_update_on_pegawai_evicts_the_snapshot()
    {
        var c = await CabangAsync("Massal");
        await factory.WithDbAsync(Alpha.Id, db => db.Pegawai.Where(p => p.Id == c.Kabid.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Aktif, false)));
        Assert.Contains(Alpha.Pimpinan.Nama, await PenilaiDiBerandaAsync(c.Client));
    }

    [Fact]
    public async Task Sixty_four_requests_on_a_cold_cache_share_one_build()
    {
        Cache.Evict(Alpha.Id);
        var dibangun = Cache.JumlahBangun;
        var mulai = new TaskCompletionSource();
        var tugas = Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            await mulai.Task;
            await using var scope = factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Alpha.Id);
            return await scope.ServiceProvider.GetRequiredService<PosisiService>().PejabatPenilaiAsync(Alpha.Pegawai.PegawaiId);
        })).ToList();
        mulai.SetResult();
        var hasil = await Task.WhenAll(tugas);
        Assert.All(hasil, h => Assert.Equal(Alpha.Atasan.PegawaiId, h?.PegawaiId));
        Assert.Equal(dibangun + 1, Cache.JumlahBangun);
    }

    [Fact]
    public async Task A_write_on_another_node_is_seen_here_once_its_notification_arrives_also_after_the_listener_reconnects()
    {
        var c = await CabangAsync("Node");
        var listener = factory.Services.GetServices<IHostedService>().OfType<StrukturListener>().Single();
        if (factory.Provider != "Postgres")
        {
            // One node on SQLite: no LISTEN connection. What a payload does is checked directly: this node's own is
            // skipped (it evicted at commit already), another node's evicts, and an unreadable one evicts everything.
            listener.Terima($"{Alpha.Id}|{Cache.Node}");
            Assert.True(Cache.Ada(Alpha.Id));
            listener.Terima(Alpha.Id + "|node-lain");
            Assert.False(Cache.Ada(Alpha.Id));
            await PenilaiDiBerandaAsync(c.Client);
            listener.Terima("bukan-id");
            Assert.False(Cache.Ada(Alpha.Id));
            return;
        }

        var cs = factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Kinara");
        await using var nodeLain = new NpgsqlConnection(cs);
        await nodeLain.OpenAsync();
        // The other node commits a change. Until its notification arrives this node answers from memory.
        await using (var ubah = new NpgsqlCommand("UPDATE pegawai SET \"Aktif\" = false WHERE \"Id\" = @id", nodeLain))
        {
            ubah.Parameters.AddWithValue("id", c.Kabid.Id);
            Assert.Equal(1, await ubah.ExecuteNonQueryAsync());
        }
        Assert.Contains("Kabid Node", await PenilaiDiBerandaAsync(c.Client));
        await using (var notify = new NpgsqlCommand($"SELECT pg_notify('{StrukturInterceptor.Kanal}', @p)", nodeLain))
        {
            notify.Parameters.AddWithValue("p", Alpha.Id.ToString());
            await notify.ExecuteNonQueryAsync();
        }
        await TungguAsync(() => !Cache.Ada(Alpha.Id), "the notification evicts the snapshot");
        Assert.Contains(Alpha.Pimpinan.Nama, await PenilaiDiBerandaAsync(c.Client));

        // The listener's connection drops (server restart, network): it reconnects and keeps hearing the other nodes.
        await using (var putus = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'kinara-struktur' AND datname = current_database()", nodeLain))
        {
            Assert.Equal(1L, await putus.ExecuteScalarAsync());
        }
        await TungguAsync(() => !Cache.Tersinkron, "the listener notices the dropped connection");
        await TungguAsync(() => Cache.Tersinkron, "the listener reconnects");
        await PenilaiDiBerandaAsync(c.Client);
        Assert.True(Cache.Ada(Alpha.Id));
        await using (var notify = new NpgsqlCommand($"SELECT pg_notify('{StrukturInterceptor.Kanal}', @p)", nodeLain))
        {
            notify.Parameters.AddWithValue("p", Alpha.Id.ToString());
            await notify.ExecuteNonQueryAsync();
        }
        await TungguAsync(() => !Cache.Ada(Alpha.Id), "a notification after the reconnect evicts the snapshot");
    }

    [Fact]
    public async Task A_save_here_notifies_the_other_nodes_at_commit_and_a_rolled_back_one_does_not()
    {
        var c = await CabangAsync("Kabar");
        async Task UbahNamaAsync(string nama, bool commit) => await factory.WithDbAsync(Alpha.Id, async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            (await db.Pegawai.SingleAsync(p => p.Id == c.Kabid.Id)).Nama = nama;
            await db.SaveChangesAsync();
            if (commit) { await tx.CommitAsync(); } else { await tx.RollbackAsync(); }
        });
        if (factory.Provider != "Postgres")
        {
            await UbahNamaAsync("Kabid Kabar Lama", commit: false);
            Assert.True(Cache.Ada(Alpha.Id));
            await UbahNamaAsync("Kabid Kabar Baru", commit: true);
            Assert.False(Cache.Ada(Alpha.Id));
            Assert.Contains("Kabid Kabar Baru", await PenilaiDiBerandaAsync(c.Client));
            return;
        }

        // A second node listening on the same database (LISTEN needs a connection of its own, never multiplexed).
        var cs = new NpgsqlConnectionStringBuilder(factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Kinara")) { Multiplexing = false }.ConnectionString;
        await using var nodeLain = new NpgsqlConnection(cs);
        await nodeLain.OpenAsync();
        var diterima = new List<string>();
        nodeLain.Notification += (_, e) => { lock (diterima) { diterima.Add(e.Payload); } };
        await using (var listen = new NpgsqlCommand($"LISTEN {StrukturInterceptor.Kanal}", nodeLain))
        {
            await listen.ExecuteNonQueryAsync();
        }
        await UbahNamaAsync("Kabid Kabar Lama", commit: false);
        await UbahNamaAsync("Kabid Kabar Baru", commit: true);
        // Without a transaction of the caller's own (EF's implicit one): notified right after the commit.
        var admin = await factory.LoginAsync(Alpha.Admin);
        var ubah = await MasterDataForm.SubmitAsync(admin, $"/organisasi/pegawai/{c.Kabid.Id}/ubah", new() { ["Input.Golongan"] = "IV/b" });
        Assert.Equal(HttpStatusCode.Redirect, ubah.StatusCode);
        var batas = DateTime.UtcNow + BatasTunggu;
        while (diterima.Count < 2 && DateTime.UtcNow < batas)
        {
            await nodeLain.WaitAsync(TimeSpan.FromMilliseconds(200));
        }
        await nodeLain.WaitAsync(TimeSpan.FromMilliseconds(300)); // anything late (there must be nothing more)
        Assert.Equal([$"{Alpha.Id}|{Cache.Node}", $"{Alpha.Id}|{Cache.Node}"], diterima);
        Assert.Contains("Kabid Kabar Baru", await PenilaiDiBerandaAsync(c.Client));
    }
}
