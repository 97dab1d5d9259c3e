using System.Net;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Demo;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Platform;

/// <summary>The app as `dotnet run` starts it: the demo data of the five regions seeded at start-up.</summary>
public sealed class DemoFactory : KinaraFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Seed"] = "true" };
}

public sealed class DemoDataTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private static readonly string[] Wilayah = ["jambi", "mamuju", "sabangau", "samarinda", "serang"];

    private async Task<Guid> InstansiAsync(string kode)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        return await db.Instansi.Where(i => i.Kode == kode).Select(i => i.Id).SingleAsync();
    }

    [Fact]
    public async Task Every_demo_account_signs_in_and_sees_the_home_page()
    {
        foreach (var akun in DemoAccounts.All)
        {
            var client = await factory.LoginAsync(akun.Nip, akun.Password);
            var response = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(akun.Nip, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_demo_pegawai_is_rated_by_the_demo_atasan_who_rates_at_least_five_people()
    {
        var sabangau = await InstansiAsync(DemoAccounts.InstansiKode);
        var (penilai, bawahan) = await factory.WithDbAsync(sabangau, async db =>
        {
            var posisi = new PosisiService(db, TimeProvider.System);
            var pegawai = await db.Pegawai.SingleAsync(p => p.Nip == DemoAccounts.Pegawai.Nip);
            var atasan = await db.Pegawai.SingleAsync(p => p.Nip == DemoAccounts.Atasan.Nip);
            return (await posisi.PejabatPenilaiAsync(pegawai.Id), await posisi.BawahanAsync(atasan.Id));
        });
        Assert.Equal(DemoAccounts.Atasan.Nip, penilai?.Nip);
        Assert.Equal(SumberPenilai.Definitif, penilai?.Sumber);
        Assert.True(bawahan.Count >= 5, $"atasan demo hanya punya {bawahan.Count} bawahan");
        Assert.Contains(bawahan, b => b.Nip == DemoAccounts.Pegawai.Nip);
    }

    [Fact]
    public async Task Each_region_has_about_300_pegawai_with_valid_unique_nips_that_match_their_birth_dates()
    {
        var semuaNip = new HashSet<string>();
        foreach (var kode in Wilayah)
        {
            var id = await InstansiAsync(kode);
            var pegawai = await factory.WithDbAsync(id, db => db.Pegawai.AsNoTracking().ToListAsync());
            Assert.InRange(pegawai.Count, 270, 360);
            foreach (var p in pegawai)
            {
                Assert.True(semuaNip.Add(p.Nip), $"NIP {p.Nip} dipakai dua kali");
                var parsed = Nip.Parse(p.Nip, p.Jenis);
                Assert.True(parsed.IsValid && parsed.Warnings.Count == 0, $"{p.Nip}: {parsed.Error} {string.Join("; ", parsed.Warnings)}");
                Assert.Equal(parsed.Value!.TanggalLahir, p.TanggalLahir);
                Assert.True(Golongan.TryParse(p.Golongan, out var g) && g.IsPppk == (p.Jenis == JenisPegawai.Pppk), $"{p.Nip}: golongan {p.Golongan}");
            }
            var pppk = pegawai.Count(p => p.Jenis == JenisPegawai.Pppk) / (double)pegawai.Count;
            Assert.InRange(pppk, 0.08, 0.25);
        }
    }

    [Fact]
    public async Task Each_region_has_three_vacant_structural_posts_one_of_them_held_by_a_plt()
    {
        foreach (var kode in Wilayah)
        {
            var id = await InstansiAsync(kode);
            var (kosong, plt) = await factory.WithDbAsync(id, async db =>
            {
                var kosong = await db.Jabatan.Where(j => (j.Jenis == JenisJabatan.Jpt || j.Jenis == JenisJabatan.Administrator || j.Jenis == JenisJabatan.Pengawas)
                                                         && !db.Pegawai.Any(p => p.JabatanId == j.Id)).Select(j => j.Id).ToListAsync();
                return (kosong, await db.PenugasanPlt.Select(t => t.JabatanId).ToListAsync());
            });
            Assert.Equal(3, kosong.Count);
            Assert.Single(plt);
            Assert.Contains(plt[0], kosong);
        }
    }

    [Fact]
    public async Task The_demo_data_is_in_intact_audit_chains_and_a_second_seed_adds_nothing()
    {
        var sabangau = await InstansiAsync(DemoAccounts.InstansiKode);
        var sebelum = await factory.WithDbAsync(sabangau, db => db.Pegawai.CountAsync());
        await DemoSeeder.SeedAsync(factory.Services);
        Assert.Equal(sebelum, await factory.WithDbAsync(sabangau, db => db.Pegawai.CountAsync()));

        foreach (var kode in Wilayah)
        {
            var id = await InstansiAsync(kode);
            var hasil = await factory.WithDbAsync(id, db => AuditChain.VerifyAsync(db, id));
            Assert.True(hasil.Utuh, $"{kode}: {hasil.Alasan}");
            Assert.True(hasil.Diperiksa > 1000);
        }
    }
}
