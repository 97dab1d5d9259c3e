using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Demo;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Infrastructure.Sintetis;

/// <summary>What one generated Instansi holds, as written to the database (ids are the deterministic ones).</summary>
public sealed record RingkasanSintetis(string Kode, Guid InstansiId, int Unit, int Jabatan, int Pegawai, int Akun, int Skp, int Rhk, int Indikator, int Perilaku, int Sasaran);

/// <summary>
/// <c>seed --pegawai 100000 [--seed 42] [--instansi K] [--kode sintetis] [--daftar akun.tsv]</c>: K synthetic Pemda
/// (default one per 12,500 pegawai) with a position tree, pegawai with valid NIPs, an account for everyone (password
/// <see cref="DemoAccounts.Password"/>, hashed once and shared so 100,000 accounts take seconds) and this year's SKP.
/// Bulk rows go straight into the tables (<see cref="PenulisMassal"/>), one transaction per Instansi; each Instansi's
/// audit chain gets its creation and one entry stating the seeding, so <c>audit verify</c> still passes.
/// Same seed number (and codes), same data: NIPs, names, ids, statuses.
/// </summary>
public static class SeedPerintah
{
    public const string EntitasAudit = "DataSintetis";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var jumlah = ArgInt(args, "--pegawai", 1000);
        var seed = ArgInt(args, "--seed", 42);
        var instansi = ArgInt(args, "--instansi", Math.Max(1, (int)Math.Round(jumlah / 12_500.0)));
        var kode = Arg(args, "--kode") ?? "sintetis";
        var daftar = Arg(args, "--daftar");
        if (instansi < 1 || jumlah / instansi < PemdaSintetis.MinimumPegawai)
        {
            Console.Error.WriteLine($"Setiap Instansi sintetis membutuhkan paling sedikit {PemdaSintetis.MinimumPegawai} pegawai (--pegawai {jumlah}, --instansi {instansi}).");
            return 2;
        }
        var stopwatch = Stopwatch.StartNew();
        await DatabaseSetup.MigrateAsync(services);
        await using var berkas = daftar is null ? null : new StreamWriter(daftar);
        berkas?.WriteLine("instansi\tperan\tnip\tpegawai\tskp\tstatus\trhk\tskp_bawahan\tperangkat");
        try
        {
            var hasil = await SeedAsync(services, jumlah, seed, instansi, kode, berkas);
            var total = hasil.Aggregate((a, b) => a with
            {
                Unit = a.Unit + b.Unit, Jabatan = a.Jabatan + b.Jabatan, Pegawai = a.Pegawai + b.Pegawai, Akun = a.Akun + b.Akun, Skp = a.Skp + b.Skp,
                Rhk = a.Rhk + b.Rhk, Indikator = a.Indikator + b.Indikator, Perilaku = a.Perilaku + b.Perilaku, Sasaran = a.Sasaran + b.Sasaran,
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Selesai: {hasil.Count} instansi, {total.Pegawai} pegawai, {total.Akun} akun, {total.Skp} SKP, {total.Rhk} RHK, {total.Indikator} indikator " +
                $"dalam {stopwatch.Elapsed.TotalSeconds:0.0} detik (seed {seed})."));
            return 0;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Instansi", StringComparison.Ordinal))
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }

    /// <summary>Generates and writes <paramref name="jumlahInstansi"/> Instansi; the account list goes to <paramref name="daftar"/> when given.</summary>
    public static async Task<List<RingkasanSintetis>> SeedAsync(IServiceProvider services, int jumlah, int seed, int jumlahInstansi, string kodeDasar,
        TextWriter? daftar = null, CancellationToken ct = default)
    {
        var kode = Enumerable.Range(1, jumlahInstansi).Select(i => jumlahInstansi == 1 ? kodeDasar : $"{kodeDasar}-{i:00}").ToList();
        string hash;
        HashSet<string> nipTerpakai;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
            if (await db.Instansi.Where(i => kode.Contains(i.Kode)).Select(i => i.Kode).FirstOrDefaultAsync(ct) is { } ada)
            {
                throw new InvalidOperationException($"Instansi \"{ada}\" sudah ada; gunakan database kosong atau --kode lain.");
            }
            await PeranAsync(db, ct);
            // One hash for everyone: hashing is deliberately slow (PBKDF2), 100,000 of them would take many minutes.
            hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>().HashPassword(new ApplicationUser(), DemoAccounts.Password);
            // NIPs are user names, unique across tenants: skip those already taken (demo data, an earlier seed).
            nipTerpakai = (await db.Users.Select(u => u.UserName!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        }
        var ukuran = BagiUkuran(jumlah, jumlahInstansi, new Random(seed));
        var hasil = new List<RingkasanSintetis>();
        for (var i = 0; i < jumlahInstansi; i++)
        {
            var nama = jumlahInstansi == 1 ? "Pemerintah Kabupaten Tolok Ukur" : $"Pemerintah Kabupaten Tolok Ukur {i + 1}";
            hasil.Add(await SeedInstansiAsync(services, kode[i], nama, ukuran[i], seed, hash, nipTerpakai, daftar, ct));
        }
        return hasil;
    }

    /// <summary>Tenant sizes between 0.6 and 1.4 times the average, adding up to <paramref name="jumlah"/>.</summary>
    private static int[] BagiUkuran(int jumlah, int k, Random rng)
    {
        var bobot = Enumerable.Range(0, k).Select(_ => 0.6 + 0.8 * rng.NextDouble()).ToArray();
        var hasil = bobot.Select(b => Math.Max(PemdaSintetis.MinimumPegawai, (int)(jumlah * b / bobot.Sum()))).ToArray();
        var sisa = jumlah - hasil.Sum();
        for (var i = 0; sisa != 0; i = (i + 1) % k)
        {
            var langkah = Math.Sign(sisa);
            if (hasil[i] + langkah >= PemdaSintetis.MinimumPegawai)
            {
                hasil[i] += langkah;
                sisa -= langkah;
            }
        }
        return hasil;
    }

    private static async Task<RingkasanSintetis> SeedInstansiAsync(IServiceProvider services, string kode, string nama, int jumlah, int seed, string hash,
        HashSet<string> nipTerpakai, TextWriter? daftar, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var sekarang = AuditRecorder.Truncate(clock.GetUtcNow().UtcDateTime);
        var tahun = sekarang.AddHours(7).Year; // the year in WIB
        var ids = new IdDeterministik(seed, kode);
        var instansi = new Instansi { Id = ids.Baru(), Kode = kode, Nama = nama, Jenis = JenisPemda.Kabupaten, Versi = 1 };
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(instansi.Id, null, "sintetis");

        var orang = new DemoPegawaiFactory(new Random(IdDeterministik.HashStabil(seed, kode + "/orang")), "bench", "tolokukur.example", nipTerpakai);
        var pemda = new PemdaSintetis(instansi.Id, jumlah, tahun, sekarang, new Random(IdDeterministik.HashStabil(seed, kode + "/isi")), orang);
        pemda.Bangun();
        foreach (var t in pemda.Pustaka)
        {
            t.Id = ids.Baru();
        }

        var peran = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var akun = new List<ApplicationUser>(pemda.Pegawai.Count);
        var peranAkun = new List<IdentityUserRole<Guid>>(pemda.Pegawai.Count + 50);
        var khusus = pemda.Admin.Select(p => (p.Id, Peran.AdminKepegawaian)).Concat(pemda.Auditor.Select(p => (p.Id, Peran.Auditor)))
            .Concat(pemda.Pimpinan.Select(p => (p.Id, Peran.Pimpinan))).ToLookup(x => x.Id, x => x.Item2);
        foreach (var p in pemda.Pegawai)
        {
            var user = new ApplicationUser
            {
                Id = ids.Baru(), UserName = p.Nip, NormalizedUserName = p.Nip, PasswordHash = hash,
                SecurityStamp = ids.Baru().ToString("N").ToUpperInvariant(), ConcurrencyStamp = ids.Baru().ToString(),
                LockoutEnabled = true, InstansiId = instansi.Id, PegawaiId = p.Id, NamaTampilan = p.NamaLengkap,
            };
            akun.Add(user);
            peranAkun.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = peran[Peran.Pegawai] });
            peranAkun.AddRange(khusus[p.Id].Select(r => new IdentityUserRole<Guid> { UserId = user.Id, RoleId = peran[r] }));
        }

        // The domain gave every object a clock-based id; map each to a deterministic one, in a fixed order.
        var skp = pemda.Skp.OrderBy(s => s.Revisi).ToList();
        var rhk = skp.SelectMany(s => s.Rhk).ToList();
        var indikator = rhk.SelectMany(r => r.Indikator).ToList();
        var perilaku = skp.SelectMany(s => s.Perilaku).ToList();
        var iku = pemda.Sasaran.SelectMany(s => s.Iku).ToList();
        var peta = new Dictionary<Guid, Guid>();
        foreach (var id in pemda.Unit.Select(x => x.Id).Concat(pemda.Jabatan.Select(x => x.Id)).Concat(pemda.Pegawai.Select(x => x.Id))
                     .Concat(pemda.Sasaran.Select(x => x.Id)).Concat(iku.Select(x => x.Id)).Concat(skp.Select(x => x.Id))
                     .Concat(rhk.Select(x => x.Id)).Concat(indikator.Select(x => x.Id)).Concat(perilaku.Select(x => x.Id)))
        {
            peta[id] = ids.Baru();
        }

        var ringkasan = new RingkasanSintetis(kode, instansi.Id, pemda.Unit.Count, pemda.Jabatan.Count, pemda.Pegawai.Count, akun.Count, skp.Count,
            rhk.Count, indikator.Count, perilaku.Count, pemda.Sasaran.Count);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // The Instansi and its library through EF, audited like any other change.
            db.Instansi.Add(instansi);
            db.TemplateRhk.AddRange(pemda.Pustaka);
            await db.SaveChangesAsync(ct);
            var penulis = new PenulisMassal(db, peta);
            await penulis.TulisAsync(pemda.Unit, ct);
            await penulis.TulisAsync(pemda.Jabatan, ct);
            await penulis.TulisAsync(pemda.Pegawai, ct);
            await penulis.TulisAsync(akun, ct);
            await penulis.TulisAsync(peranAkun, ct);
            await penulis.TulisAsync(pemda.Sasaran, ct);
            await penulis.TulisAsync(iku, ct);
            await penulis.TulisAsync(skp, ct);
            await penulis.TulisAsync(rhk, ct);
            await penulis.TulisAsync(indikator, ct);
            await penulis.TulisAsync(perilaku, ct);
            await CatatAuditAsync(db, instansi.Id, seed, ringkasan, peranAkun.Count, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Instansi {kode}: {ringkasan.Unit} unit, {ringkasan.Jabatan} jabatan, {ringkasan.Pegawai} pegawai, {ringkasan.Akun} akun, {ringkasan.Skp} SKP, " +
            $"{ringkasan.Rhk} RHK, {ringkasan.Indikator} indikator, dalam {stopwatch.Elapsed.TotalSeconds:0.0} detik"));
        Console.WriteLine($"instansi={kode} admin={pemda.Admin.FirstOrDefault()?.Nip} pimpinan={pemda.Pimpinan[0].Nip} sandi={DemoAccounts.Password} tahun={tahun}");
        Console.WriteLine($"instansi={kode} disdik={peta[pemda.Pendidikan.Id]} pegawai={pemda.Pegawai.Count(p => pemda.PerangkatDari[p.UnitId!.Value] == pemda.Pendidikan.Id)}");
        Console.WriteLine($"instansi={kode} pdbiasa={peta[pemda.PerangkatBiasa.Id]} pegawai={pemda.Pegawai.Count(p => pemda.PerangkatDari[p.UnitId!.Value] == pemda.PerangkatBiasa.Id)}");
        if (daftar is not null)
        {
            TulisDaftar(daftar, kode, pemda, peta);
        }
        return ringkasan;
    }

    /// <summary>One audit entry for everything written in bulk, appended to the Instansi's hash chain like the recorder does.</summary>
    private static async Task CatatAuditAsync(KinaraDbContext db, Guid instansiId, int seed, RingkasanSintetis r, int peranAkun, CancellationToken ct)
    {
        var isi = new SortedDictionary<string, object?[]>(StringComparer.Ordinal)
        {
            ["Catatan"] = [null, "Data sintetis dibuat dengan perintah seed (sisip massal, tidak dicatat per baris)"],
            ["Seed"] = [null, seed],
            ["Unit"] = [null, r.Unit], ["Jabatan"] = [null, r.Jabatan], ["Pegawai"] = [null, r.Pegawai], ["Akun"] = [null, r.Akun],
            ["PeranAkun"] = [null, peranAkun], ["SasaranOrganisasi"] = [null, r.Sasaran], ["Skp"] = [null, r.Skp], ["Rhk"] = [null, r.Rhk],
            ["IndikatorKinerja"] = [null, r.Indikator], ["PerilakuKerja"] = [null, r.Perilaku],
        };
        var entri = new AuditEntry
        {
            InstansiId = instansiId,
            Waktu = AuditRecorder.Truncate(db.Clock.GetUtcNow().UtcDateTime),
            Pelaku = "sistem",
            Aksi = AuditAksi.Tambah,
            Entitas = EntitasAudit,
            EntitasId = r.Kode,
            Perubahan = JsonSerializer.Serialize(isi),
        };
        db.Audit.Add(entri);
        await db.SaveChangesAsync(ct);
        await AuditSegel.SegelAsync(db, instansiId, ct);
    }

    /// <summary>
    /// The account list for load tests, one line per pegawai: peran (admin, auditor, pimpinan, atasan = rates someone,
    /// pegawai), NIP, the SKP in force with its status and first RHK, one bawahan's SKP, and the perangkat daerah unit.
    /// </summary>
    private static void TulisDaftar(TextWriter w, string kode, PemdaSintetis pemda, Dictionary<Guid, Guid> peta)
    {
        var admin = pemda.Admin.Select(p => p.Id).ToHashSet();
        var auditor = pemda.Auditor.Select(p => p.Id).ToHashSet();
        var pimpinan = pemda.Pimpinan.Select(p => p.Id).ToHashSet();
        var skpBawahan = new Dictionary<Guid, Guid>();
        foreach (var (pegawai, penilai) in pemda.Penilai)
        {
            if (penilai is { } a && !skpBawahan.ContainsKey(a) && pemda.SkpBerlaku.TryGetValue(pegawai, out var s))
            {
                skpBawahan[a] = s.Id;
            }
        }
        var punyaBawahan = pemda.Penilai.Values.OfType<Guid>().ToHashSet();
        string Id(Guid? id) => id is { } g ? peta.GetValueOrDefault(g, g).ToString() : "";
        foreach (var p in pemda.Pegawai)
        {
            var peran = admin.Contains(p.Id) ? "admin" : auditor.Contains(p.Id) ? "auditor" : pimpinan.Contains(p.Id) ? "pimpinan"
                : punyaBawahan.Contains(p.Id) ? "atasan" : "pegawai";
            var skp = pemda.SkpBerlaku.GetValueOrDefault(p.Id);
            w.WriteLine(string.Join('\t', kode, peran, p.Nip, Id(p.Id), Id(skp?.Id), skp?.Status.ToString() ?? "", Id(skp?.Rhk.FirstOrDefault()?.Id),
                Id(skpBawahan.TryGetValue(p.Id, out var b) ? b : null), Id(pemda.PerangkatDari[p.UnitId!.Value])));
        }
    }

    private static async Task PeranAsync(KinaraDbContext db, CancellationToken ct)
    {
        var ada = await db.Roles.Where(r => r.Name != null).Select(r => r.Name!).ToListAsync(ct);
        foreach (var nama in Peran.Semua.Except(ada))
        {
            db.Roles.Add(new ApplicationRole(nama) { Id = Guid.CreateVersion7(), NormalizedName = nama.ToUpperInvariant() });
        }
        await db.SaveChangesAsync(ct);
    }

    private static int ArgInt(string[] args, string nama, int baku) =>
        Arg(args, nama) is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : baku;

    private static string? Arg(string[] args, string nama) =>
        Array.IndexOf(args, nama) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
