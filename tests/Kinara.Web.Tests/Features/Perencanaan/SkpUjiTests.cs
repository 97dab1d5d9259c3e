using System.Net;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>
/// Set-up shared by the SKP tests: extra staff under the test tree's Kepala Bidang (so every test has its own
/// pegawai and periods never collide), the atasan's SKP with RHK to intervene, and ready-made SKP in any state.
/// </summary>
public static class SkpUji
{
    public static int Tahun => DateTime.UtcNow.AddHours(7).Year;

    private static int _nomor;

    /// <summary>A new pelaksana under the Kepala Bidang (the Atasan account), with an account that can sign in.</summary>
    public static async Task<TestAccount> PegawaiBaruAsync(KinaraFactory factory, TestTenant t, string nama)
    {
        var n = Interlocked.Increment(ref _nomor);
        // Unique across tenants and test classes: account names are unique in the deployment.
        var nip = $"19920101{2015 + n % 10}0{1 + n % 9}1{Random.Shared.Next(100, 1000)}";
        nip = nip[..18];
        var hash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), TestData.Password);
        return await factory.WithDbAsync(t.Id, async db =>
        {
            while (await db.Users.AnyAsync(u => u.UserName == nip))
            {
                nip = nip[..15] + Random.Shared.Next(100, 1000);
            }
            var p = new Pegawai { Nip = nip, Nama = nama, Jenis = JenisPegawai.Pns, Golongan = "II/c", JabatanId = t.JabatanStafId, UnitId = t.UnitBidangId };
            db.Pegawai.Add(p);
            var user = new ApplicationUser
            {
                Id = Guid.CreateVersion7(), UserName = nip, NormalizedUserName = nip, InstansiId = t.Id, PegawaiId = p.Id,
                NamaTampilan = nama, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
            };
            db.Users.Add(user);
            var role = await db.Roles.Where(r => r.Name == Peran.Pegawai).Select(r => r.Id).SingleAsync();
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role });
            await db.SaveChangesAsync();
            return new TestAccount(nip, TestData.Password, user.Id, p.Id, nama);
        });
    }

    /// <summary>The Kepala Bidang's SKP for the year with two RHK (created once per database).</summary>
    public static async Task<(Guid SkpId, Guid RhkUtama, Guid RhkKedua)> SkpAtasanAsync(KinaraFactory factory, TestTenant t)
    {
        return await factory.WithDbAsync(t.Id, async db =>
        {
            var ada = await db.Skp.Include(s => s.Rhk).FirstOrDefaultAsync(s => s.PegawaiId == t.Atasan.PegawaiId && s.Tahun == Tahun && s.Status != StatusSkp.Digantikan);
            if (ada is null)
            {
                var posisi = new PosisiSkp(t.JabatanKabidId, "Kepala Bidang Pembinaan SD", JenisJabatan.Administrator, t.UnitBidangId, "Bidang Pembinaan SD",
                    t.Pimpinan.PegawaiId, t.Pimpinan.Nama, t.Pimpinan.Nip);
                ada = Skp.Buat(t.Id, t.Atasan.PegawaiId, new DateOnly(Tahun, 1, 1), new DateOnly(Tahun, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
                ada.TambahRhk(JenisRhk.Utama, "Meningkatnya mutu pembinaan sekolah dasar");
                ada.TambahRhk(JenisRhk.Utama, "Tersusunnya data pokok pendidikan yang mutakhir");
                db.Skp.Add(ada);
                await db.SaveChangesAsync();
            }
            var rhk = ada.Rhk.OrderBy(r => r.Urutan).ToList();
            return (ada.Id, rhk[0].Id, rhk[1].Id);
        });
    }

    /// <summary>A complete SKP of <paramref name="akun"/> (penilai: the Atasan), one RHK linked to the atasan's first RHK, in <paramref name="status"/>.</summary>
    public static async Task<Guid> SkpLengkapAsync(KinaraFactory factory, TestTenant t, TestAccount akun, StatusSkp status = StatusSkp.Draft,
        string rhk = "Tersusunnya laporan pembinaan sekolah")
    {
        var atasan = await SkpAtasanAsync(factory, t);
        return await factory.WithDbAsync(t.Id, async db =>
        {
            var posisi = new PosisiSkp(t.JabatanStafId, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana, t.UnitBidangId, "Bidang Pembinaan SD",
                t.Atasan.PegawaiId, t.Atasan.Nama, t.Atasan.Nip);
            var skp = Skp.Buat(t.Id, akun.PegawaiId, new DateOnly(Tahun, 1, 1), new DateOnly(Tahun, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
            var r = skp.TambahRhk(JenisRhk.Utama, rhk, atasan.RhkUtama, JenisCascading.TidakLangsung);
            skp.TambahIndikator(r.Id, AspekIndikator.Kuantitas, null, "Jumlah laporan pembinaan", 12, null, null, "Laporan");
            skp.TambahIndikator(r.Id, AspekIndikator.Waktu, null, "Ketepatan waktu penyampaian", 12, null, null, "Bulan");
            if (status is StatusSkp.Diajukan or StatusSkp.Disetujui)
            {
                skp.Ajukan(posisi, reviuPengelola: false, DateTime.UtcNow);
            }
            if (status == StatusSkp.Disetujui)
            {
                skp.Setujui(t.Atasan.PegawaiId, DateTime.UtcNow);
            }
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });
    }

    public static Task<Skp> MuatAsync(KinaraFactory factory, Guid instansiId, Guid skpId) =>
        factory.WithDbAsync(instansiId, db => db.Skp.AsNoTracking().Include(s => s.Rhk).ThenInclude(r => r.Indikator).Include(s => s.Perilaku)
            .Include(s => s.Lampiran).AsSplitQuery().SingleAsync(s => s.Id == skpId));

    /// <summary>The SKP id in a redirect to /perencanaan/skp/{id}[/...].</summary>
    public static Guid IdDari(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var bagian = response.Headers.Location!.OriginalString.Split('/', '#', '?');
        return Guid.Parse(bagian[Array.IndexOf(bagian, "skp") + 1]);
    }
}
