using System.Diagnostics;
using System.Globalization;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Infrastructure.Demo;

/// <summary>
/// Seeds the five demo regions on first run: each Pemda gets a unit tree, a position tree and about 300 pegawai with
/// valid NIPs and an account each. The same data every run (a fixed random seed per region); does nothing once any
/// Instansi exists. Rows go through the normal audit chain, recorded as made by "sistem".
/// </summary>
public static class DemoSeeder
{
    private sealed record Wilayah(string Kode, string Nama, string NamaInstansi, JenisPemda Jenis, string DomainEmail, int Benih,
        bool Wajib2faAdmin, bool ReviuPengelolaKinerja, string[] Puskesmas, string KepalaDaerah);

    // Email addresses use the reserved .example domain so the demo can never mail a real government inbox.
    private static readonly Wilayah[] Daftar =
    [
        new("sabangau", "Sabangau", "Pemerintah Kabupaten Sabangau", JenisPemda.Kabupaten, "sabangaukab.example", 62_01, false, false,
            ["Kereng Bangkirai", "Kalampangan", "Tanjung Pinang", "Bereng Bengkel"], "H. Rahmat Hidayat, S.H."),
        new("jambi", "Jambi", "Pemerintah Kota Jambi", JenisPemda.Kota, "jambikota.example", 15_71, false, true,
            ["Paal Merah", "Kenali Besar", "Simpang Kawat", "Talang Banjar"], "Ir. Syamsul Bahri, M.T."),
        new("serang", "Serang", "Pemerintah Kabupaten Serang", JenisPemda.Kabupaten, "serangkab.example", 36_04, false, false,
            ["Ciruas", "Kramatwatu", "Pontang", "Cikande"], "Hj. Ratna Sari, S.E."),
        new("mamuju", "Mamuju", "Pemerintah Kabupaten Mamuju", JenisPemda.Kabupaten, "mamujukab.example", 76_02, false, false,
            ["Binanga", "Kalukku", "Tampa Padang", "Bambu"], "Andi Baso Tahir, S.Sos."),
        new("samarinda", "Samarinda", "Pemerintah Kota Samarinda", JenisPemda.Kota, "samarindakota.example", 64_72, true, false,
            ["Sidomulyo", "Air Putih", "Palaran", "Temindung"], "Drs. Yusuf Efendi, M.Si."),
    ];

    /// <summary>The demo accounts' own pegawai; names match the gender coded in each NIP (digit 15).</summary>
    private static readonly DemoAkunOrang AkunDemo = new(
        Pegawai: new(DemoAccounts.Pegawai, "Dewi Anggraini", null, "S.Psi.", "III/b"),
        Atasan: new(DemoAccounts.Atasan, "Ahmad Fauzan Noor", null, "S.Sos., M.AP.", "IV/a"),
        Admin: new(DemoAccounts.Admin, "Muhammad Rizali", null, "S.AP.", "III/d"),
        Pimpinan: new(DemoAccounts.Pimpinan, "Ahmad Syarifuddin", "Dr. H.", "S.Sos., M.Si.", "IV/d"),
        Auditor: new(DemoAccounts.Auditor, "Norhayati", null, "S.E., Ak., M.Ak.", "III/d"),
        SuperAdmin: new(DemoAccounts.SuperAdmin, "Kristian Dinata", null, "S.Kom., M.T.", "III/d"));

    private sealed record Jumlah(int Unit, int Jabatan, int Pegawai, int Pppk, int Akun, int Kosong);

    public static async Task SeedIfEnabledAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var config = services.GetRequiredService<IConfiguration>();
        if (config.GetValue("Demo:Seed", true))
        {
            await SeedAsync(services, ct);
        }
    }

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeder));
        var stopwatch = Stopwatch.StartNew();
        Dictionary<string, Guid> peran;
        string hash;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
            if (await db.Instansi.AnyAsync(ct))
            {
                return;
            }
            peran = await PastikanPeranAsync(db, ct);
            // PBKDF2 is slow on purpose: hash once and share it. Each hash embeds its own salt, so this is a valid hash for every account.
            hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>().HashPassword(new ApplicationUser(), DemoAccounts.Password);
        }

        var nipTerpakai = new HashSet<string>(DemoAccounts.All.Select(a => a.Nip), StringComparer.Ordinal);
        var hasil = new List<Jumlah>();
        for (var i = 0; i < Daftar.Length; i++)
        {
            using var scope = services.CreateScope();
            hasil.Add(await SeedInstansiAsync(scope.ServiceProvider, Daftar[i], i, peran, hash, nipTerpakai, ct));
        }
        log.LogInformation(
            "Data demo dibuat: {Instansi} instansi, {Unit} unit, {Jabatan} jabatan ({Kosong} jabatan struktural kosong), {Pegawai} pegawai ({Pppk} PPPK), {Akun} akun, dalam {Detik:0.0} detik",
            hasil.Count, hasil.Sum(h => h.Unit), hasil.Sum(h => h.Jabatan), hasil.Sum(h => h.Kosong), hasil.Sum(h => h.Pegawai),
            hasil.Sum(h => h.Pppk), hasil.Sum(h => h.Akun), stopwatch.Elapsed.TotalSeconds);
    }

    private static async Task<Dictionary<string, Guid>> PastikanPeranAsync(KinaraDbContext db, CancellationToken ct)
    {
        var ada = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        foreach (var nama in Peran.Semua.Where(n => !ada.ContainsKey(n)))
        {
            var role = new ApplicationRole(nama) { Id = Guid.CreateVersion7(), NormalizedName = nama.ToUpperInvariant() };
            db.Roles.Add(role);
            ada[nama] = role.Id;
        }
        await db.SaveChangesAsync(ct);
        return ada;
    }

    private static async Task<Jumlah> SeedInstansiAsync(IServiceProvider sp, Wilayah w, int urutan, Dictionary<string, Guid> peran, string hash,
        HashSet<string> nipTerpakai, CancellationToken ct)
    {
        var db = sp.GetRequiredService<KinaraDbContext>();
        var tenant = sp.GetRequiredService<TenantContext>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var rng = new Random(w.Benih);

        var instansi = new Instansi
        {
            Kode = w.Kode,
            Nama = w.NamaInstansi,
            Jenis = w.Jenis,
            Wajib2faAdmin = w.Wajib2faAdmin,
            ReviuPengelolaKinerja = w.ReviuPengelolaKinerja,
            // Fictional office holders: the pejabat penilai of each region's Sekda.
            KepalaDaerahJabatan = (w.Jenis == JenisPemda.Kota ? "Wali Kota " : "Bupati ") + w.Nama,
            KepalaDaerahNama = w.KepalaDaerah,
        };
        tenant.Set(instansi.Id, null, "sistem");

        var demo = w.Kode == DemoAccounts.InstansiKode ? AkunDemo : null;
        var org = new DemoOrganisasi(instansi.Id, w.Nama, rng, demo);
        org.Bangun(w.Puskesmas);

        // Three vacant structural posts: a kepala dinas (its sekretaris acts as Plt; a different dinas in each region), a kepala
        // bidang and a kepala seksi without Plt, so their bawahan are rated one level up. Never on the demo accounts' chain
        // (BKPSDM, Setda, Inspektorat).
        var (kepalaKosong, sekretarisPlt) = org.DinasBiasa[urutan % org.DinasBiasa.Count];
        var kabidKosong = Pilih(rng, org.BolehKosong.Where(s => s.Jabatan.Jenis == JenisJabatan.Administrator && s.Perangkat != kepalaKosong.Perangkat));
        var kasiKosong = Pilih(rng, org.BolehKosong.Where(s => s.Jabatan.Jenis == JenisJabatan.Pengawas
                                                              && s.Perangkat != kepalaKosong.Perangkat && s.Perangkat != kabidKosong.Perangkat));
        DemoSlot[] kosong = [kepalaKosong, kabidKosong, kasiKosong];
        foreach (var s in kosong)
        {
            s.Jumlah = 0;
        }

        var factory = new DemoPegawaiFactory(rng, w.Kode, w.DomainEmail, nipTerpakai);
        var pegawai = new List<Pegawai>();
        var akunDemo = new Dictionary<Guid, DemoAccount>();
        Pegawai? plt = null;
        foreach (var slot in org.Slot)
        {
            for (var i = 0; i < slot.Jumlah; i++)
            {
                Pegawai p;
                if (i < slot.Tetap.Count)
                {
                    p = factory.BuatTetap(instansi.Id, slot.Jabatan, slot.Tetap[i]);
                    akunDemo[p.Id] = slot.Tetap[i].Akun;
                }
                else
                {
                    p = factory.Buat(instansi.Id, slot.Jabatan, slot.Jabatan.UnitId, slot.Profesi);
                }
                pegawai.Add(p);
                plt ??= slot == sekretarisPlt ? p : null;
            }
        }
        // Two pegawai not yet placed in a post (moved in from another Pemda), so admins see that case too.
        pegawai.Add(factory.Buat(instansi.Id, null, org.Bkpsdm.Id, Profesi.Umum, (9, 11)));
        pegawai.Add(factory.Buat(instansi.Id, null, org.Setda.Id, Profesi.Pelaksana, (6, 8)));

        var hariIni = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));
        var mulai = new DateOnly(hariIni.Year, hariIni.Month, 1).AddMonths(-3);
        var penugasan = new PenugasanPlt
        {
            InstansiId = instansi.Id,
            JabatanId = kepalaKosong.Jabatan.Id,
            PegawaiId = (plt ?? throw new InvalidOperationException("Sekretaris untuk Plt tidak terisi.")).Id,
            Jenis = JenisPenugasan.Plt,
            Mulai = mulai,
            NomorSurat = $"800.1.3.3/{rng.Next(100, 1000)}/BKPSDM/{mulai.Year.ToString(CultureInfo.InvariantCulture)}",
        };
        penugasan.Validasi();

        var users = new List<ApplicationUser>(pegawai.Count);
        var userRoles = new List<IdentityUserRole<Guid>>(pegawai.Count + 8);
        foreach (var p in pegawai)
        {
            var user = new ApplicationUser
            {
                Id = Guid.CreateVersion7(),
                UserName = p.Nip,
                NormalizedUserName = p.Nip,
                Email = p.Email,
                NormalizedEmail = p.Email?.ToUpperInvariant(),
                EmailConfirmed = true,
                PhoneNumber = p.NomorHp,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                LockoutEnabled = true,
                InstansiId = instansi.Id,
                PegawaiId = p.Id,
                NamaTampilan = p.NamaLengkap,
            };
            users.Add(user);
            userRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = peran[Peran.Pegawai] });
            if (akunDemo.TryGetValue(p.Id, out var akun) && akun.Peran != Peran.Pegawai)
            {
                userRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = peran[akun.Peran] });
            }
        }

        // The audit recorder looks up each role row's user in Users.Local; with automatic change detection every lookup
        // would rescan all ~1,000 tracked rows. SaveChangesAsync still detects changes once before saving.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Instansi.Add(instansi);
        db.Unit.AddRange(org.Unit);
        db.Jabatan.AddRange(org.Jabatan);
        db.Pegawai.AddRange(pegawai);
        db.PenugasanPlt.Add(penugasan);
        db.Users.AddRange(users);
        db.UserRoles.AddRange(userRoles);
        await db.SaveChangesAsync(ct);
        await DemoPerencanaan.SeedAsync(db, instansi, w.Nama, org, pegawai, clock, ct);

        return new Jumlah(org.Unit.Count, org.Jabatan.Count, pegawai.Count, pegawai.Count(p => p.Jenis == JenisPegawai.Pppk), users.Count, kosong.Length);
    }

    private static DemoSlot Pilih(Random rng, IEnumerable<DemoSlot> pilihan)
    {
        var daftar = pilihan.ToList();
        return daftar[rng.Next(daftar.Count)];
    }
}
