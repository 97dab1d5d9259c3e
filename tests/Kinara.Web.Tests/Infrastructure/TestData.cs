using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Infrastructure;

public sealed record TestAccount(string Nip, string Password, Guid UserId, Guid PegawaiId, string Nama);

/// <summary>
/// One tenant of the test data. Position tree: Kepala Dinas (JPT) → Kepala Bidang (Administrator) → Staf (Pelaksana);
/// the Pegawai account holds the Staf post, so its pejabat penilai is the Atasan account (the Kepala Bidang).
/// </summary>
public sealed record TestTenant(
    Guid Id, string Kode,
    Guid UnitDinasId, Guid UnitBidangId,
    Guid JabatanKadinId, Guid JabatanKabidId, Guid JabatanStafId,
    TestAccount Pimpinan, TestAccount Atasan, TestAccount Pegawai, TestAccount Admin, TestAccount Auditor, TestAccount SuperAdmin);

public sealed record TestData(TestTenant Alpha, TestTenant Beta)
{
    public const string Password = "Rahasia#2026";

    public static async Task<TestData> SeedAsync(IServiceProvider services)
    {
        var hash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Password);
        var roles = await EnsureRolesAsync(services);
        var alpha = await SeedTenantAsync(services, "alpha", "Pemerintah Kabupaten Alpha", 1, hash, roles);
        var beta = await SeedTenantAsync(services, "beta", "Pemerintah Kota Beta", 2, hash, roles);
        return new TestData(alpha, beta);
    }

    private static async Task<Dictionary<string, Guid>> EnsureRolesAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<RoleManager<ApplicationRole>>();
        var result = new Dictionary<string, Guid>();
        foreach (var name in Peran.Semua)
        {
            var role = await manager.FindByNameAsync(name);
            if (role is null)
            {
                role = new ApplicationRole(name) { Id = Guid.CreateVersion7() };
                await manager.CreateAsync(role);
            }
            result[name] = role.Id;
        }
        return result;
    }

    private static async Task<TestTenant> SeedTenantAsync(IServiceProvider services, string kode, string nama, int n, string hash, Dictionary<string, Guid> roles)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        var instansi = new Instansi { Kode = kode, Nama = nama };
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(instansi.Id, null, "test");
        db.Instansi.Add(instansi);

        var dinas = new UnitOrganisasi { InstansiId = instansi.Id, Kode = "DINAS", Nama = $"Dinas Pendidikan {kode}", Jenis = JenisUnit.PerangkatDaerah };
        var bidang = new UnitOrganisasi { InstansiId = instansi.Id, Kode = "BIDANG", Nama = "Bidang Pembinaan SD", Jenis = JenisUnit.Bidang };
        bidang.SetInduk(dinas.Id, _ => null);
        db.Unit.AddRange(dinas, bidang);

        var kadin = new Jabatan { InstansiId = instansi.Id, Kode = "KADIN", Nama = "Kepala Dinas Pendidikan", Jenis = JenisJabatan.Jpt, Jenjang = "Pratama", KelasJabatan = 14, UnitId = dinas.Id };
        var kabid = new Jabatan { InstansiId = instansi.Id, Kode = "KABID", Nama = "Kepala Bidang Pembinaan SD", Jenis = JenisJabatan.Administrator, KelasJabatan = 11, UnitId = bidang.Id };
        var staf = new Jabatan { InstansiId = instansi.Id, Kode = "STAF", Nama = "Pengadministrasi Perkantoran", Jenis = JenisJabatan.Pelaksana, Jenjang = "Klerek", KelasJabatan = 5, UnitId = bidang.Id };
        var analis = new Jabatan { InstansiId = instansi.Id, Kode = "ANALIS", Nama = "Analis Kepegawaian Ahli Pertama", Jenis = JenisJabatan.Fungsional, Jenjang = "Ahli Pertama", KelasJabatan = 8, UnitId = dinas.Id };
        kabid.SetAtasan(kadin.Id, _ => null);
        staf.SetAtasan(kabid.Id, id => id == kabid.Id ? kadin.Id : null);
        analis.SetAtasan(kadin.Id, _ => null);
        db.Jabatan.AddRange(kadin, kabid, staf, analis);

        // NIPs differ per tenant (digit 16-18 carry n) because account names are unique across the deployment.
        TestAccount Person(string nip, string namaOrang, Jabatan jabatan, UnitOrganisasi unit, params string[] extraRoles)
        {
            var p = new Pegawai { InstansiId = instansi.Id, Nip = nip, Nama = namaOrang, Jenis = JenisPegawai.Pns, Golongan = "III/a", JabatanId = jabatan.Id, UnitId = unit.Id };
            db.Pegawai.Add(p);
            var user = new ApplicationUser
            {
                Id = Guid.CreateVersion7(), UserName = nip, NormalizedUserName = nip, InstansiId = instansi.Id, PegawaiId = p.Id,
                NamaTampilan = namaOrang, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
            };
            db.Users.Add(user);
            foreach (var role in extraRoles.Prepend(Peran.Pegawai))
            {
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role] });
            }
            return new TestAccount(nip, Password, user.Id, p.Id, namaOrang);
        }

        var pimpinan = Person($"19700101199501100{n}", $"Kepala {kode}", kadin, dinas, Peran.Pimpinan);
        var atasan = Person($"19750202200001100{n}", $"Atasan {kode}", kabid, bidang);
        var pegawai = Person($"19900303201501200{n}", $"Pegawai {kode}", staf, bidang);
        var admin = Person($"19800404200501100{n}", $"Admin {kode}", analis, dinas, Peran.AdminKepegawaian);
        var auditor = Person($"19850505201001200{n}", $"Auditor {kode}", analis, dinas, Peran.Auditor);
        var superAdmin = Person($"19780606200301100{n}", $"Super {kode}", analis, dinas, Peran.SuperAdmin);
        await db.SaveChangesAsync();
        return new TestTenant(instansi.Id, kode, dinas.Id, bidang.Id, kadin.Id, kabid.Id, staf.Id,
            pimpinan, atasan, pegawai, admin, auditor, superAdmin);
    }
}
