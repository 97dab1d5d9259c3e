using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Kinara.Web.Infrastructure.Demo;

/// <summary>
/// <c>perencanaan-bench-seed --pegawai 15000</c>: one Pemda scaled up for bench/perencanaan — about 30 perangkat daerah, a
/// Dinas Pendidikan with hundreds of schools and a Dinas Kesehatan with dozens of puskesmas, and this year's SKP for ~90% of
/// the pegawai, cascaded top-down through the position tree with the same domain methods the pages use. The bulk rows go in
/// with PostgreSQL COPY (column names from the EF model), so they bypass the audit trail: benchmark data, not a demo.
/// </summary>
public static partial class DemoPerencanaan
{
    public static async Task<int> BenchSeedAsync(IServiceProvider services, string[] args)
    {
        var jumlah = ArgInt(args, "--pegawai", 15_000);
        var kode = ArgString(args, "--kode", $"bench-{jumlah}");
        var stopwatch = Stopwatch.StartNew();
        await DatabaseSetup.MigrateAsync(services);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        if (!db.IsPostgres)
        {
            Console.Error.WriteLine("perencanaan-bench-seed membutuhkan PostgreSQL (Database__Provider=Postgres).");
            return 2;
        }
        if (await db.Instansi.AnyAsync(i => i.Kode == kode))
        {
            Console.Error.WriteLine($"Instansi \"{kode}\" sudah ada; gunakan database kosong atau --kode lain.");
            return 2;
        }
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var tahun = clock.GetUtcNow().UtcDateTime.AddHours(7).Year;
        var instansi = new Instansi { Kode = kode, Nama = "Pemerintah Kabupaten Tolok Ukur", Jenis = JenisPemda.Kabupaten, Versi = 1 };
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(instansi.Id, null, "bench");

        var pemda = new PemdaSkala(instansi.Id, jumlah, tahun, clock.GetUtcNow().UtcDateTime);
        pemda.Bangun();

        db.Instansi.Add(instansi);
        await db.SaveChangesAsync();
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await SalinAsync(db, conn, pemda.Unit);
        await SalinAsync(db, conn, pemda.Jabatan);
        await SalinAsync(db, conn, pemda.Pegawai);

        // The small things through EF as usual (audited): goals, the library, two accounts to sign in with.
        db.SasaranOrganisasi.AddRange(pemda.Sasaran);
        db.TemplateRhk.AddRange(pemda.Pustaka);
        var hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>().HashPassword(new ApplicationUser(), DemoAccounts.Password);
        var peran = await PeranAsync(db);
        foreach (var (p, role) in new[] { (pemda.Admin, Peran.AdminKepegawaian), (pemda.KepalaDisdik, Peran.Pimpinan) })
        {
            var user = new ApplicationUser
            {
                Id = Guid.CreateVersion7(), UserName = p.Nip, NormalizedUserName = p.Nip, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true, InstansiId = instansi.Id, PegawaiId = p.Id, NamaTampilan = p.NamaLengkap,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = peran[Peran.Pegawai] });
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = peran[role] });
        }
        await db.SaveChangesAsync();

        await SalinAsync(db, conn, pemda.Skp.OrderBy(s => s.Revisi).ToList());
        await SalinAsync(db, conn, pemda.Skp.SelectMany(s => s.Rhk).ToList());
        await SalinAsync(db, conn, pemda.Skp.SelectMany(s => s.Rhk).SelectMany(r => r.Indikator).ToList());
        await SalinAsync(db, conn, pemda.Skp.SelectMany(s => s.Perilaku).ToList());
        await db.Database.ExecuteSqlRawAsync("ANALYZE");

        var disdik = pemda.Unit.First(u => u.Kode == "DISDIK");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Instansi {kode}: {pemda.Unit.Count} unit, {pemda.Jabatan.Count} jabatan, {pemda.Pegawai.Count} pegawai, {pemda.Skp.Count} SKP, " +
            $"{pemda.Skp.Sum(s => s.Rhk.Count)} RHK, {pemda.Skp.Sum(s => s.Rhk.Sum(r => r.Indikator.Count))} indikator, dalam {stopwatch.Elapsed.TotalSeconds:0.0} detik"));
        Console.WriteLine($"admin={pemda.Admin.Nip}");
        Console.WriteLine($"pimpinan={pemda.KepalaDisdik.Nip}");
        Console.WriteLine($"sandi={DemoAccounts.Password}");
        Console.WriteLine($"tahun={tahun}");
        Console.WriteLine($"disdik={disdik.Id} pegawai={pemda.Pegawai.Count(p => pemda.PerangkatDari(p.UnitId) == disdik.Id)}");
        var biasa = pemda.Unit.First(u => u.Kode == "PD05");
        Console.WriteLine($"pdbiasa={biasa.Id} pegawai={pemda.Pegawai.Count(p => pemda.PerangkatDari(p.UnitId) == biasa.Id)}");
        return 0;
    }

    private static async Task<Dictionary<string, Guid>> PeranAsync(KinaraDbContext db)
    {
        var ada = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id);
        foreach (var nama in Peran.Semua.Where(n => !ada.ContainsKey(n)))
        {
            var role = new ApplicationRole(nama) { Id = Guid.CreateVersion7(), NormalizedName = nama.ToUpperInvariant() };
            db.Roles.Add(role);
            ada[nama] = role.Id;
        }
        return ada;
    }

    /// <summary>Binary COPY of entities into their table, every mapped column taken from the EF model (names, converters, types).</summary>
    private static async Task SalinAsync<T>(KinaraDbContext db, NpgsqlConnection conn, IReadOnlyCollection<T> rows) where T : class
    {
        var et = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(et.GetTableName()!, et.GetSchema());
        var kolom = et.GetProperties()
            .Select(p => (Property: p, Nama: p.GetColumnName(table), Tipe: Regex.Replace(p.GetColumnType(), @"\(.*\)", "")))
            .Where(k => k.Nama is not null)
            .ToList();
        var sasaran = (et.GetSchema() is { } s ? $"\"{s}\"." : "") + $"\"{table.Name}\"";
        await using var writer = await conn.BeginBinaryImportAsync(
            $"COPY {sasaran} ({string.Join(", ", kolom.Select(k => $"\"{k.Nama}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var (p, _, tipe) in kolom)
            {
                var nilai = p.PropertyInfo?.GetValue(row) ?? p.FieldInfo?.GetValue(row);
                if (nilai is not null && p.GetTypeMapping().Converter is { } converter)
                {
                    nilai = converter.ConvertToProvider(nilai);
                }
                if (nilai is null)
                {
                    await writer.WriteNullAsync();
                }
                else
                {
                    await writer.WriteAsync(nilai, tipe);
                }
            }
        }
        await writer.CompleteAsync();
    }

    private static int ArgInt(string[] args, string nama, int baku) =>
        Array.IndexOf(args, nama) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var n) ? n : baku;

    private static string ArgString(string[] args, string nama, string baku) =>
        Array.IndexOf(args, nama) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : baku;

    /// <summary>The scaled-up Pemda in memory: units, posts, pegawai, goals and SKP, cascaded top-down.</summary>
    private sealed class PemdaSkala(Guid instansiId, int target, int tahun, DateTime sekarang)
    {
        private readonly Random _rng = new(15_000);
        private readonly DemoPegawaiFactory _orang = new(new Random(15_001), "bench", "tolokukur.example", []);
        private readonly Dictionary<Guid, UnitOrganisasi> _unit = [];
        private readonly Dictionary<Guid, Jabatan> _jabatan = [];
        private readonly List<(Jabatan Jabatan, Profesi Profesi, int Jumlah)> _slot = [];
        private readonly Dictionary<string, SasaranOrganisasi> _pk = [];

        public List<UnitOrganisasi> Unit { get; } = [];
        public List<Jabatan> Jabatan { get; } = [];
        public List<Pegawai> Pegawai { get; } = [];
        public List<SasaranOrganisasi> Sasaran { get; } = [];
        public List<TemplateRhk> Pustaka { get; } = BuatPustaka(instansiId);
        public List<Skp> Skp { get; } = [];
        public Pegawai Admin { get; private set; } = null!;
        public Pegawai KepalaDisdik { get; private set; } = null!;

        public void Bangun()
        {
            BangunOrganisasi();
            foreach (var (jabatan, profesi, jumlah) in _slot)
            {
                for (var i = 0; i < jumlah; i++)
                {
                    var p = _orang.Buat(instansiId, jabatan, jabatan.UnitId, profesi);
                    p.Versi = 1;
                    Pegawai.Add(p);
                }
            }
            Admin = Pegawai.First(p => _jabatan[p.JabatanId!.Value].Nama == "Analis Kebijakan Ahli Muda" && PerangkatDari(p.UnitId) == Unit.First(u => u.Kode == "PD03").Id);
            KepalaDisdik = Pegawai.First(p => _jabatan[p.JabatanId!.Value].Nama == "Kepala Dinas Pendidikan");
            BangunSasaran();
            BangunSkp();
        }

        public Guid? PerangkatDari(Guid? unitId)
        {
            var u = unitId is { } id ? _unit[id] : null;
            while (u?.IndukId is { } induk)
            {
                u = _unit[induk];
            }
            return u?.Id;
        }

        private static readonly string[] NamaDinas =
        [
            "Dinas Pendidikan", "Dinas Kesehatan", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Kependudukan dan Pencatatan Sipil",
            "Dinas Lingkungan Hidup", "Dinas Perhubungan", "Dinas Sosial", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Pertanian",
            "Dinas Perikanan", "Dinas Perindustrian dan Perdagangan", "Dinas Koperasi dan Usaha Mikro", "Dinas Penanaman Modal dan PTSP",
            "Dinas Pariwisata", "Dinas Pemuda dan Olahraga", "Dinas Ketahanan Pangan", "Dinas Perumahan dan Kawasan Permukiman",
            "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Pengendalian Penduduk dan KB", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
            "Dinas Komunikasi dan Informatika", "Dinas Perpustakaan dan Kearsipan", "Dinas Tenaga Kerja", "Badan Perencanaan Pembangunan Daerah",
            "Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Pendapatan Daerah", "Badan Penanggulangan Bencana Daerah", "Satuan Polisi Pamong Praja",
            "Inspektorat", "Badan Kesatuan Bangsa dan Politik",
        ];

        private void BangunOrganisasi()
        {
            var setda = U("SETDA", "Sekretariat Daerah", JenisUnit.PerangkatDaerah, null);
            var sekda = J(setda, "Sekretaris Daerah", JenisJabatan.Jpt, null, Profesi.Pimpinan, 1);
            var jumlahPd = Math.Clamp(target / 500, 5, NamaDinas.Length);
            var puskesmas = Math.Max(2, target / 375);
            var dinas = new List<(UnitOrganisasi Unit, Jabatan Kepala, List<Jabatan> Kabid)>();
            for (var i = 0; i < jumlahPd; i++)
            {
                var kode = i switch { 0 => "DISDIK", 1 => "DINKES", _ => $"PD{i + 1:00}" };
                dinas.Add(Perangkat(kode, NamaDinas[i], sekda));
            }
            var (dinkes, kadinkes, _) = dinas[1];
            for (var i = 1; i <= puskesmas; i++)
            {
                var pkm = U($"PKM-{i:000}", $"Puskesmas {i}", JenisUnit.Upt, dinkes);
                var kapus = J(pkm, "Kepala Puskesmas", JenisJabatan.Pengawas, kadinkes, Profesi.PimpinanKesehatan, 1);
                J(pkm, "Dokter Ahli Pertama", JenisJabatan.Fungsional, kapus, Profesi.Dokter, 3);
                J(pkm, "Perawat Ahli Pertama", JenisJabatan.Fungsional, kapus, Profesi.PerawatAhli, 8);
                J(pkm, "Perawat Terampil", JenisJabatan.Fungsional, kapus, Profesi.PerawatTerampil, 12);
                J(pkm, "Bidan Terampil", JenisJabatan.Fungsional, kapus, Profesi.BidanTerampil, 14);
                J(pkm, "Nutrisionis Terampil", JenisJabatan.Fungsional, kapus, Profesi.NutrisionisTerampil, 2);
                J(pkm, "Apoteker Ahli Pertama", JenisJabatan.Fungsional, kapus, Profesi.Apoteker, 2);
                J(pkm, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana, kapus, Profesi.Pelaksana, 4);
            }
            // The rest are schools: a kepala sekolah, teachers and one clerk each, spread over the SD and SMP kepala bidang.
            var (disdik, _, kabid) = dinas[0];
            var sisa = target - _slot.Sum(s => s.Jumlah);
            var sekolah = Math.Max(1, sisa / 38);
            for (var i = 1; i <= sekolah; i++)
            {
                var guru = sisa / sekolah - 2 + (i <= sisa % sekolah ? 1 : 0);
                var smp = i % 3 == 0;
                var unit = U($"SEK-{i:0000}", smp ? $"SMP Negeri {i}" : $"SD Negeri {i}", JenisUnit.Upt, disdik);
                var kepsek = J(unit, "Kepala Sekolah", JenisJabatan.Fungsional, kabid[smp ? 1 : 0], Profesi.KepalaSekolah, 1);
                J(unit, "Guru Ahli Pertama", JenisJabatan.Fungsional, kepsek, Profesi.Guru, guru * 2 / 3);
                J(unit, "Guru Ahli Muda", JenisJabatan.Fungsional, kepsek, Profesi.GuruSenior, guru - guru * 2 / 3);
                J(unit, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana, kepsek, Profesi.Pelaksana, 1);
            }
        }

        /// <summary>A perangkat daerah: kepala (JPT), sekretariat with two subbagian, three bidang with two seksi each, and staff.</summary>
        private (UnitOrganisasi, Jabatan, List<Jabatan>) Perangkat(string kode, string nama, Jabatan sekda)
        {
            var pd = U(kode, nama, JenisUnit.PerangkatDaerah, null);
            var kepala = J(pd, $"Kepala {nama}", JenisJabatan.Jpt, sekda, Profesi.Pimpinan, 1);
            var sek = U($"{kode}-SEK", $"Sekretariat {nama}", JenisUnit.Bidang, pd);
            var sekretaris = J(sek, $"Sekretaris {nama}", JenisJabatan.Administrator, kepala, Profesi.Pimpinan, 1);
            foreach (var (sub, i) in new[] { "Subbagian Umum dan Kepegawaian", "Subbagian Keuangan dan Perencanaan" }.Select((s, i) => (s, i)))
            {
                var unit = U($"{kode}-SEK-{i + 1}", sub, JenisUnit.Seksi, sek);
                var kasubag = J(unit, $"Kepala {sub}", JenisJabatan.Pengawas, sekretaris, Profesi.Pengawas, 1);
                J(unit, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana, kasubag, Profesi.Pelaksana, 5);
            }
            var kabid = new List<Jabatan>();
            foreach (var b in new[] { "Perencanaan dan Program", "Pelayanan", "Pengembangan" }.Select((b, i) => (Nama: $"Bidang {b}", Nomor: i + 1)))
            {
                var unit = U($"{kode}-B{b.Nomor}", $"{b.Nama} {nama}", JenisUnit.Bidang, pd);
                var kepalaBidang = J(unit, $"Kepala {b.Nama}", JenisJabatan.Administrator, kepala, Profesi.Pimpinan, 1);
                kabid.Add(kepalaBidang);
                J(unit, "Analis Kebijakan Ahli Muda", JenisJabatan.Fungsional, kepalaBidang, Profesi.Umum, 4);
                for (var s = 1; s <= 2; s++)
                {
                    var seksi = U($"{kode}-B{b.Nomor}-S{s}", $"Seksi {s} {b.Nama}", JenisUnit.Seksi, unit);
                    var kasi = J(seksi, $"Kepala Seksi {s} {b.Nama}", JenisJabatan.Pengawas, kepalaBidang, Profesi.Pengawas, 1);
                    J(seksi, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana, kasi, Profesi.Pelaksana, 3);
                    J(seksi, "Operator Layanan Operasional", JenisJabatan.Pelaksana, kasi, Profesi.Pelaksana, 3);
                }
            }
            return (pd, kepala, kabid);
        }

        private UnitOrganisasi U(string kode, string nama, JenisUnit jenis, UnitOrganisasi? induk)
        {
            var u = new UnitOrganisasi { InstansiId = instansiId, Kode = kode, Nama = nama, Jenis = jenis, Versi = 1 };
            u.SetInduk(induk?.Id, id => _unit[id].IndukId);
            _unit[u.Id] = u;
            Unit.Add(u);
            return u;
        }

        private Jabatan J(UnitOrganisasi unit, string nama, JenisJabatan jenis, Jabatan? atasan, Profesi profesi, int jumlah)
        {
            var j = new Jabatan
            {
                InstansiId = instansiId, Kode = $"{unit.Kode}.{Jabatan.Count(x => x.UnitId == unit.Id) + 1:00}", Nama = nama, Jenis = jenis,
                Jenjang = jenis == JenisJabatan.Jpt ? "Pratama" : null, UnitId = unit.Id, Versi = 1,
            };
            j.SetAtasan(atasan?.Id, id => _jabatan[id].AtasanJabatanId);
            _jabatan[j.Id] = j;
            Jabatan.Add(j);
            _slot.Add((j, profesi, jumlah));
            return j;
        }

        private void BangunSasaran()
        {
            var tujuan = SasaranOrganisasi.Buat(instansiId, tahun - 1, null, TingkatSasaran.TujuanRpjmd, "Meningkatnya kualitas pelayanan publik dan sumber daya manusia", null);
            var rpjmd = SasaranOrganisasi.Buat(instansiId, tahun - 1, null, TingkatSasaran.SasaranRpjmd, "Meningkatnya kinerja perangkat daerah", tujuan);
            rpjmd.TambahIku("Indeks Kepuasan Masyarakat", 85, "nilai");
            Sasaran.AddRange([tujuan, rpjmd]);
            foreach (var pd in Unit.Where(u => u.Jenis == JenisUnit.PerangkatDaerah && u.Kode != "SETDA"))
            {
                var renstra = SasaranOrganisasi.Buat(instansiId, tahun, pd.Id, TingkatSasaran.SasaranRenstra, $"Meningkatnya kinerja layanan {pd.Nama}", rpjmd);
                var pk = SasaranOrganisasi.Buat(instansiId, tahun, pd.Id, TingkatSasaran.SasaranPk, $"Tercapainya target layanan {pd.Nama} tahun {tahun}", renstra);
                pk.TambahIku("Persentase capaian standar pelayanan", 95, "%");
                pk.TambahIku("Indeks kepuasan penerima layanan", 85, "nilai");
                Sasaran.AddRange([renstra, pk]);
                _pk[pd.Kode] = pk;
            }
        }

        /// <summary>Top-down through the position tree (holders of higher posts first), so every atasan's RHK exist before their bawahan's.</summary>
        private void BangunSkp()
        {
            var pemegang = Pegawai.ToLookup(p => p.JabatanId!.Value);
            var kedalaman = new Dictionary<Guid, int>();
            int Kedalaman(Guid id) => kedalaman.TryGetValue(id, out var d) ? d
                : kedalaman[id] = _jabatan[id].AtasanJabatanId is { } a ? Kedalaman(a) + 1 : 0;
            var skpPegawai = new Dictionary<Guid, Skp>();
            var byId = Pegawai.ToDictionary(p => p.Id);
            var cocok = new Dictionary<string, List<TemplateRhk>>();

            foreach (var p in Pegawai.OrderBy(p => Kedalaman(p.JabatanId!.Value)))
            {
                var j = _jabatan[p.JabatanId!.Value];
                var penilai = PejabatPenilai.Tentukan(p.Id, j.Id, id => _jabatan[id].AtasanJabatanId, id => pemegang[id].Select(x => x.Id), _ => null);
                var atasan = penilai.PegawaiId is { } pid ? byId[pid] : null;
                var atasanSkp = atasan is not null ? skpPegawai.GetValueOrDefault(atasan.Id) : null;
                var r = _rng.NextDouble();
                if (j.Jenis != JenisJabatan.Jpt && (r < 0.08 || atasanSkp is null && r < 0.5))
                {
                    continue; // no SKP yet
                }
                var unit = _unit[p.UnitId!.Value];
                var posisi = new PosisiSkp(j.Id, j.Nama, j.Jenis, unit.Id, unit.Nama, atasan?.Id, atasan?.NamaLengkap, atasan?.Nip);
                var skp = Domain.Perencanaan.Skp.Buat(instansiId, p.Id, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), Pendekatan.Kuantitatif, posisi, sekarang);
                skp.Versi = 1;
                if (j.Jenis == JenisJabatan.Jpt)
                {
                    var pk = _pk.GetValueOrDefault(Unit.First(u => u.Id == PerangkatDari(unit.Id)).Kode);
                    foreach (var iku in pk?.Iku ?? [])
                    {
                        var rhk = skp.TambahRhk(JenisRhk.Utama, iku.Teks.Replace("Persentase capaian", "Meningkatnya capaian").Replace("Indeks", "Meningkatnya indeks"),
                            penugasanDari: "Bupati Tolok Ukur", sasaranOrganisasiId: pk!.Id);
                        skp.TambahIndikator(rhk.Id, null, "Penerima Layanan", iku.Teks, iku.Target, null, null, iku.Satuan);
                    }
                }
                else
                {
                    if (!cocok.TryGetValue(j.Nama, out var templates))
                    {
                        templates = cocok[j.Nama] = Pustaka
                            .Where(t => t.Jenis == JenisRhk.Utama && t.Kelompok is Guru or Nakes or Pelaksana or Analis && t.CocokUntuk(j.Nama))
                            .Take(2).ToList();
                        if (templates.Count == 0)
                        {
                            templates = cocok[j.Nama] = Pustaka.Where(t => t.Kelompok == Analis).Take(2).ToList();
                        }
                    }
                    var rhkAtasan = atasanSkp?.Rhk ?? [];
                    for (var i = 0; i < templates.Count; i++)
                    {
                        var t = templates[i];
                        var rhk = skp.TambahRhk(JenisRhk.Utama, t.Teks, rhkAtasan.Count == 0 ? null : rhkAtasan[(i + p.Nip[^1]) % rhkAtasan.Count].Id,
                            JenisCascading.TidakLangsung);
                        foreach (var ind in t.Indikator.Take(2))
                        {
                            skp.TambahIndikator(rhk.Id, ind.Aspek, null, ind.Teks, ind.Target, null, ind.TargetTeks, ind.Satuan);
                        }
                    }
                }
                Jalankan(skp, posisi, atasanSkp is not null || j.Jenis == JenisJabatan.Jpt);
                skpPegawai[p.Id] = skp;
            }
        }

        /// <summary>Leaders approved, staff spread over the workflow; one in fifty approved SKP has gone through an approved revision.</summary>
        private void Jalankan(Skp skp, PosisiSkp posisi, bool bisaDiajukan)
        {
            Skp.Add(skp);
            var r = _rng.NextDouble();
            var struktural = posisi.JenisJabatan is JenisJabatan.Jpt or JenisJabatan.Administrator or JenisJabatan.Pengawas;
            if (!bisaDiajukan || posisi.PejabatPenilaiId is not { } penilai || (!struktural && r < 0.15))
            {
                return; // draft
            }
            skp.Ajukan(posisi, false, sekarang);
            if (!struktural && r < 0.27)
            {
                return; // submitted
            }
            if (!struktural && r < 0.30)
            {
                skp.Kembalikan(penilai, "Sesuaikan target dengan beban kerja.");
                return;
            }
            skp.Setujui(penilai, sekarang);
            if (_rng.NextDouble() < 0.02)
            {
                var revisi = skp.BuatRevisi(sekarang);
                revisi.Versi = 1;
                revisi.Ajukan(posisi, false, sekarang);
                revisi.Setujui(penilai, sekarang);
                skp.Gantikan();
                Skp.Add(revisi);
            }
        }
    }
}
