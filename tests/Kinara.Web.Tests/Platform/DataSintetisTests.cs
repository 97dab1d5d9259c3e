using System.Net;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Demo;
using Kinara.Web.Infrastructure.Sintetis;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Platform;

/// <summary>The test app with one synthetic Pemda of 300 pegawai from the <c>seed</c> generator (seed 7).</summary>
public sealed class DataSintetisFixture : IAsyncLifetime
{
    public const int Jumlah = 300;
    public const int Seed = 7;

    public KinaraFactory Factory { get; } = new();
    public RingkasanSintetis Ringkasan { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        Ringkasan = (await SeedPerintah.SeedAsync(Factory.Services, Jumlah, Seed, 1, "uji")).Single();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();

    public static async Task<Snapshot> SnapshotAsync(KinaraFactory factory, Guid instansiId) => await factory.WithDbAsync(instansiId, async db => new Snapshot(
        await db.Pegawai.AsNoTracking().ToListAsync(),
        await db.Jabatan.AsNoTracking().ToListAsync(),
        await db.Skp.AsNoTracking().Include(s => s.Rhk).ToListAsync(),
        await db.Unit.CountAsync()));

    public sealed record Snapshot(List<Pegawai> Pegawai, List<Jabatan> Jabatan, List<Skp> Skp, int Unit)
    {
        /// <summary>Pegawai → holder of the atasan post (every post with bawahan has exactly one holder).</summary>
        public Dictionary<Guid, Guid?> Penilai()
        {
            var atasan = Jabatan.ToDictionary(j => j.Id, j => j.AtasanJabatanId);
            var pemegang = Pegawai.ToLookup(p => p.JabatanId!.Value);
            return Pegawai.ToDictionary(p => p.Id, p => atasan[p.JabatanId!.Value] is { } a ? pemegang[a].Single().Id : (Guid?)null);
        }
    }
}

public sealed class DataSintetisTests(DataSintetisFixture fixture) : IClassFixture<DataSintetisFixture>
{
    private KinaraFactory Factory => fixture.Factory;
    private Guid InstansiId => fixture.Ringkasan.InstansiId;

    [Fact]
    public async Task The_same_seed_gives_the_same_pegawai_ids_nips_and_skp_on_another_database()
    {
        var pertama = await DataSintetisFixture.SnapshotAsync(Factory, InstansiId);
        var lain = new KinaraFactory();
        await lain.InitializeAsync();
        try
        {
            var ringkasan = (await SeedPerintah.SeedAsync(lain.Services, DataSintetisFixture.Jumlah, DataSintetisFixture.Seed, 1, "uji")).Single();
            Assert.Equal(fixture.Ringkasan, ringkasan);
            var kedua = await DataSintetisFixture.SnapshotAsync(lain, ringkasan.InstansiId);
            Assert.Equal(pertama.Pegawai.OrderBy(p => p.Id).Select(p => (p.Id, p.Nip, p.Nama, p.JabatanId)),
                kedua.Pegawai.OrderBy(p => p.Id).Select(p => (p.Id, p.Nip, p.Nama, p.JabatanId)));
            Assert.Equal(pertama.Skp.OrderBy(s => s.Id).Select(s => (s.Id, s.PegawaiId, s.Status, s.Rhk.Count)),
                kedua.Skp.OrderBy(s => s.Id).Select(s => (s.Id, s.PegawaiId, s.Status, s.Rhk.Count)));
            Assert.Equal(pertama.Unit, kedua.Unit);

            // Another seed number gives other people.
            var beda = (await SeedPerintah.SeedAsync(lain.Services, DataSintetisFixture.Jumlah, DataSintetisFixture.Seed + 1, 1, "uji-lain")).Single();
            var ketiga = await DataSintetisFixture.SnapshotAsync(lain, beda.InstansiId);
            Assert.Empty(ketiga.Pegawai.Select(p => p.Nip).Intersect(pertama.Pegawai.Select(p => p.Nip)));
        }
        finally
        {
            await ((IAsyncLifetime)lain).DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_generated_nip_is_valid_and_matches_the_birth_date_with_pns_and_pppk_mixed()
    {
        var s = await DataSintetisFixture.SnapshotAsync(Factory, InstansiId);
        Assert.Equal(DataSintetisFixture.Jumlah, s.Pegawai.Count);
        Assert.Equal(s.Pegawai.Count, s.Pegawai.Select(p => p.Nip).Distinct().Count());
        foreach (var p in s.Pegawai)
        {
            var parsed = Nip.Parse(p.Nip, p.Jenis, new DateOnly(2026, 1, 1));
            Assert.True(parsed.IsValid && parsed.Warnings.Count == 0, $"{p.Nip}: {parsed.Error} {string.Join("; ", parsed.Warnings)}");
            Assert.Equal(parsed.Value!.TanggalLahir, p.TanggalLahir);
            Assert.True(Golongan.TryParse(p.Golongan, out var g) && g.IsPppk == (p.Jenis == JenisPegawai.Pppk), $"{p.Nip}: golongan {p.Golongan}");
            Assert.Equal(1, p.Versi);
        }
        Assert.Contains(s.Pegawai, p => p.Jenis == JenisPegawai.Pppk);
        Assert.True(s.Pegawai.Count(p => p.Jenis == JenisPegawai.Pns) > s.Pegawai.Count / 2);
    }

    [Fact]
    public async Task Everyone_who_rates_someone_rates_between_four_and_ten_pegawai_as_the_app_derives_them()
    {
        var s = await DataSintetisFixture.SnapshotAsync(Factory, InstansiId);
        var penilai = s.Penilai();
        var rentang = penilai.Values.OfType<Guid>().GroupBy(x => x).Select(g => g.Count()).ToList();
        Assert.NotEmpty(rentang);
        Assert.All(rentang, n => Assert.InRange(n, PemdaSintetis.RentangMinimum, PemdaSintetis.RentangMaksimum));
        Assert.Single(penilai, kv => kv.Value is null); // only the Sekda has no penilai in the tree

        // The app's own rule (PosisiService) finds the same pejabat penilai.
        await Factory.WithDbAsync(InstansiId, async db =>
        {
            var posisi = new PosisiService(db, TimeProvider.System);
            foreach (var p in s.Pegawai.Where((_, i) => i % 15 == 0))
            {
                Assert.Equal(penilai[p.Id], (await posisi.PejabatPenilaiAsync(p.Id))?.PegawaiId);
            }
        });
    }

    [Fact]
    public async Task Skp_rhk_utama_intervene_an_rhk_of_the_pejabat_penilai_and_statuses_are_mixed()
    {
        var s = await DataSintetisFixture.SnapshotAsync(Factory, InstansiId);
        var penilai = s.Penilai();
        var berlaku = s.Skp.Where(x => x.Status != StatusSkp.Digantikan).ToList();
        var rhkMilik = berlaku.SelectMany(x => x.Rhk.Select(r => (r.Id, x.PegawaiId))).ToDictionary(x => x.Id, x => x.PegawaiId);
        var tertaut = 0;
        foreach (var skp in berlaku)
        {
            Assert.Equal(penilai[skp.PegawaiId], skp.PejabatPenilaiId);
            Assert.Equal(1, skp.Versi);
            Assert.NotEmpty(skp.Rhk);
            if (skp.JenisJabatan == JenisJabatan.Jpt)
            {
                Assert.All(skp.Rhk, r => Assert.NotNull(r.SasaranOrganisasiId));
                continue;
            }
            foreach (var r in skp.Rhk.Where(r => r.Jenis == JenisRhk.Utama))
            {
                if (skp.Status != StatusSkp.Draft)
                {
                    Assert.NotNull(r.RhkAtasanId);
                }
                if (r.RhkAtasanId is { } atasanRhk)
                {
                    Assert.Equal(skp.PejabatPenilaiId, rhkMilik.GetValueOrDefault(atasanRhk));
                    tertaut++;
                }
            }
        }
        Assert.True(tertaut > 200, $"hanya {tertaut} RHK tertaut ke RHK atasan");
        Assert.Contains(berlaku, x => x.Status == StatusSkp.Draft);
        Assert.Contains(berlaku, x => x.Status == StatusSkp.Diajukan);
        Assert.Contains(berlaku, x => x.Status == StatusSkp.Disetujui);
        var tanpaSkp = s.Pegawai.Count - berlaku.Select(x => x.PegawaiId).Distinct().Count();
        Assert.InRange(tanpaSkp, 5, s.Pegawai.Count / 3);
    }

    [Fact]
    public async Task The_audit_chain_holds_one_seeding_entry_verifies_and_stays_intact_after_a_generated_user_edits()
    {
        var sebelum = await Factory.WithDbAsync(InstansiId, db => AuditChain.VerifyAsync(db, InstansiId));
        Assert.True(sebelum.Utuh, sebelum.Alasan);
        var entri = await Factory.WithDbAsync(InstansiId, db => db.Audit.AsNoTracking().Where(a => a.Entitas == SeedPerintah.EntitasAudit).ToListAsync());
        Assert.Single(entri);
        Assert.Contains("\"Pegawai\":[null,300]", entri[0].Perubahan);

        // A generated account signs in with the shared password and saves its draft SKP through the page.
        var s = await DataSintetisFixture.SnapshotAsync(Factory, InstansiId);
        var draf = s.Skp.First(x => x.Status == StatusSkp.Draft && x.JenisJabatan != JenisJabatan.Jpt && x.Rhk.Count > 0);
        var pemilik = s.Pegawai.Single(p => p.Id == draf.PegawaiId);
        var client = await Factory.LoginAsync(pemilik.Nip, DemoAccounts.Password);
        var rhk = draf.Rhk.OrderBy(r => r.Urutan).First();
        var response = await Html.PostFormAsync(client, $"/perencanaan/skp/{draf.Id}/rhk/{rhk.Id}", new()
        {
            ["Input.Jenis"] = "Utama", ["Input.Teks"] = rhk.Teks + " (diperbarui)", ["Input.RhkAtasanId"] = rhk.RhkAtasanId?.ToString() ?? "",
            ["Input.Cascading"] = "TidakLangsung", ["Input.Versi"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, await Factory.WithDbAsync(InstansiId, db => db.Skp.Where(x => x.Id == draf.Id).Select(x => x.Versi).SingleAsync()));

        var sesudah = await Factory.WithDbAsync(InstansiId, db => AuditChain.VerifyAsync(db, InstansiId));
        Assert.True(sesudah.Utuh, sesudah.Alasan);
        Assert.True(sesudah.Diperiksa > sebelum.Diperiksa);
    }

    [Fact]
    public async Task Seeding_an_existing_instansi_code_again_is_refused()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => SeedPerintah.SeedAsync(Factory.Services, 100, 1, 1, "uji"));
        Assert.Contains("sudah ada", ex.Message);
    }
}
