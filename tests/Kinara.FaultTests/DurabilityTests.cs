using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Kinara.FaultTests.Infrastructure;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Kinara.FaultTests;

/// <summary>
/// Concurrent writes through the app's own pages (admins creating units and jabatan, pegawai building SKP drafts with
/// RHK and indikator), the app killed with SIGKILL in the middle of them, restarted on the same database and checked:
/// every write that got its success redirect is there, nothing is half-written, the audit chain verifies and the app
/// serves as before. Three kills per provider.
/// </summary>
public sealed class DurabilityTests(ITestOutputHelper log)
{
    private const int Putaran = 3;
    private const int JumlahPegawai = 4;
    private const int JumlahAdmin = 2;
    private static readonly string[] EntitasDiuji = ["UnitOrganisasi", "Jabatan", "Skp", "RencanaHasilKerja", "IndikatorKinerja"];

    [Theory]
    [InlineData(FaultDatabase.Sqlite)]
    [InlineData(FaultDatabase.Postgres)]
    public async Task Every_acknowledged_write_survives_a_SIGKILL_and_nothing_is_half_written(string provider)
    {
        await using var db = await FaultDatabase.CreateAsync(provider);
        var berkas = Path.Combine(Path.GetTempPath(), "kinara-fault-berkas-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string>(db.AppSettings()) { ["Berkas:Root"] = berkas, ["Demo:Seed"] = "true" };
        await using var app = new AppNode("app", settings);
        var persiapan = System.Diagnostics.Stopwatch.StartNew();
        await app.StartAsync();
        log.WriteLine($"{provider}: first start with the demo seed took {persiapan.Elapsed.TotalSeconds:0.0} s");

        // Writes of the test are told apart from the demo data by their codes, their year and the audit entries after this.
        var auditAwal = await db.CountAsync("SELECT coalesce(max(\"Id\"), 0) FROM audit");
        var tahun = DateTime.UtcNow.Year + 1;
        var ack = new Diterima();
        var penulis = new List<Penulis>();
        for (var i = 0; i < JumlahAdmin; i++)
        {
            penulis.Add(new PenulisMasterData(app.BaseUrl, DemoAccounts.Admin.Nip, i, ack));
        }
        foreach (var (nip, pegawaiId) in await PilihPegawaiAsync(db))
        {
            penulis.Add(new PenulisSkp(app.BaseUrl, nip, pegawaiId, tahun, db, ack));
        }
        foreach (var p in penulis)
        {
            await p.Sesi.LoginAsync(p.Nip, DemoAccounts.Password);
        }

        var rng = new Random(20261122);
        for (var putaran = 1; putaran <= Putaran; putaran++)
        {
            foreach (var p in penulis)
            {
                await p.SiapkanAsync();
            }
            var sebelum = ack.Jumlah;
            var mulai = penulis.ToDictionary(p => p, p => p.Berhasil);
            var waktu = System.Diagnostics.Stopwatch.StartNew();
            using var stop = new CancellationTokenSource();
            var jalan = penulis.Select(p => Task.Run(() => p.JalankanAsync(stop.Token))).ToList();

            // Kill while every writer is busy: once each has two acknowledged writes this round (so the pegawai go on
            // from SKP to RHK to indikator over the rounds), then at a different moment each round.
            var batas = DateTime.UtcNow.AddMinutes(2);
            while (penulis.Any(p => p.Berhasil < mulai[p] + 2) && DateTime.UtcNow < batas)
            {
                if (jalan.FirstOrDefault(t => t.IsFaulted) is { } gagal)
                {
                    await gagal; // an unexpected answer: show it
                }
                await Task.Delay(20);
            }
            Assert.True(penulis.All(p => p.Berhasil >= mulai[p] + 2),
                "Too few writes succeeded before the kill:\n" + string.Join("\n", penulis.Select(p => p.Galat)) + app.Output);
            await Task.Delay(rng.Next(20, 500));
            var sebelumKill = waktu.Elapsed;
            var diTengahJalan = penulis.Count(p => p.SedangMengirim);
            await app.KillAsync();
            var saatKill = ack.Jumlah;
            await Task.Delay(300); // writers in flight now fail: those writes were never acknowledged
            await stop.CancelAsync();
            await Task.WhenAll(jalan);
            // A response already on its way when the process died still counts: its transaction had committed.
            log.WriteLine($"{provider} round {putaran}: {ack.Jumlah - sebelum} writes acknowledged ({ack.Jumlah - saatKill} of them " +
                $"answered just before the kill), {diTengahJalan} form posts in flight at the kill, {penulis.Sum(p => p.Gagal)} failed requests so far");

            waktu.Restart();
            await app.StartAsync();
            var mulaiUlang = waktu.Elapsed;
            await PeriksaAsync(db, ack, tahun, auditAwal);
            log.WriteLine($"  writes ran {sebelumKill.TotalSeconds:0.0} s, restart took {mulaiUlang.TotalSeconds:0.0} s, " +
                $"checks {(waktu.Elapsed - mulaiUlang).TotalSeconds:0.0} s");
        }

        Assert.All(new[] { "unit", "jabatan", "skp", "rhk", "indikator" }, jenis => Assert.Contains(ack.Semua, a => a.Jenis == jenis));

        // The app serves as before: the sessions from before the kills still work, and a new write is acknowledged and stored.
        foreach (var p in penulis)
        {
            var beranda = await p.Sesi.GetPageAsync("/");
            Assert.Contains("Selamat datang", beranda.QuerySelector("h1")?.TextContent);
        }
        using var admin = new WebSession(app.BaseUrl);
        await admin.LoginAsync(DemoAccounts.Admin.Nip, DemoAccounts.Admin.Password);
        var form = await admin.GetPageAsync("/organisasi/unit/baru");
        using var akhir = await admin.PostAsync("/organisasi/unit/baru",
            new Dictionary<string, string> { ["Input.Kode"] = "KT-AKHIR", ["Input.Nama"] = "Unit sesudah pemulihan", ["Input.Jenis"] = "Upt" }, WebSession.Token(form));
        Assert.Equal(HttpStatusCode.Redirect, akhir.StatusCode);
        Assert.Equal(1, await db.CountAsync("SELECT count(*) FROM unit_organisasi WHERE \"Kode\" = 'KT-AKHIR'"));
        try { Directory.Delete(berkas, recursive: true); } catch (IOException) { }
    }

    private static async Task PeriksaAsync(FaultDatabase db, Diterima ack, int tahun, long auditAwal)
    {
        if (!db.IsPostgres)
        {
            // WAL is a property of the database file; synchronous is per connection, and the app leaves the default
            // (FULL), which also survives a power cut, not only a killed process.
            Assert.Equal("wal", (string?)(await db.RowsAsync("PRAGMA journal_mode"))[0][0]);
            Assert.Equal(2L, Convert.ToInt64((await db.RowsAsync("PRAGMA synchronous"))[0][0])); // 2 = FULL
            Assert.Equal("ok", (string?)(await db.RowsAsync("PRAGMA integrity_check"))[0][0]);
        }

        var unit = (await db.RowsAsync("SELECT \"Id\", \"Kode\" FROM unit_organisasi WHERE \"Kode\" LIKE 'KT-%'"))
            .ToDictionary(r => (string)r[1]!, r => FaultDatabase.AsGuid(r[0]));
        var jabatan = (await db.RowsAsync("SELECT \"Id\", \"Kode\" FROM jabatan WHERE \"Kode\" LIKE 'KT-%'"))
            .ToDictionary(r => (string)r[1]!, r => FaultDatabase.AsGuid(r[0]));
        var skp = (await db.RowsAsync($"SELECT \"Id\", \"Versi\" FROM skp WHERE \"Tahun\" = {tahun}"))
            .ToDictionary(r => FaultDatabase.AsGuid(r[0]), r => Convert.ToInt32(r[1]));
        var rhk = (await db.RowsAsync("SELECT \"Id\", \"SkpId\", \"Teks\" FROM rhk"))
            .ToDictionary(r => FaultDatabase.AsGuid(r[0]), r => (Skp: FaultDatabase.AsGuid(r[1]), Teks: (string)r[2]!));
        var indikator = (await db.RowsAsync("SELECT \"Id\", \"RhkId\", \"Teks\" FROM indikator_kinerja"))
            .Select(r => (Id: FaultDatabase.AsGuid(r[0]), Rhk: FaultDatabase.AsGuid(r[1]), Teks: (string)r[2]!)).ToList();

        // 1. Every acknowledged write is there, as acknowledged.
        foreach (var a in ack.Semua)
        {
            var ada = a.Jenis switch
            {
                "unit" => unit.ContainsKey(a.Kunci),
                "jabatan" => jabatan.ContainsKey(a.Kunci),
                "skp" => skp.ContainsKey(a.Id),
                "rhk" => rhk.TryGetValue(a.Id, out var r) && r.Skp == a.Induk && r.Teks == a.Kunci,
                _ => indikator.Any(i => i.Rhk == a.Induk && i.Teks == a.Kunci),
            };
            Assert.True(ada, $"Acknowledged {a.Jenis} {a.Kunci} {a.Id} is missing after the restart.");
        }

        // 2. Nothing half-written: no child without its parent, and every row of the test has exactly one "Tambah" audit
        //    entry while every such entry has its row (data and audit commit together or not at all).
        Assert.Equal(0, await db.CountAsync("SELECT count(*) FROM rhk r LEFT JOIN skp s ON s.\"Id\" = r.\"SkpId\" WHERE s.\"Id\" IS NULL"));
        Assert.Equal(0, await db.CountAsync("SELECT count(*) FROM indikator_kinerja i LEFT JOIN rhk r ON r.\"Id\" = i.\"RhkId\" WHERE r.\"Id\" IS NULL"));
        // In write order (Id): on PostgreSQL entries written just before the kill may not be sealed yet (no Urutan); the
        // chain check in step 4 seals them first, as the app's background sealer does after the restart.
        var audit = (await db.RowsAsync($"SELECT \"Entitas\", \"EntitasId\", \"Aksi\", \"Perubahan\" FROM audit WHERE \"Id\" > {auditAwal} ORDER BY \"Id\""))
            .Select(r => (Entitas: (string)r[0]!, Id: (string)r[1]!, Aksi: Convert.ToInt32(r[2]), Perubahan: (string)r[3]!))
            .Where(a => EntitasDiuji.Contains(a.Entitas))
            .ToList();
        var tambah = audit.Where(a => a.Aksi == 1).GroupBy(a => (a.Entitas, Guid.Parse(a.Id))).ToDictionary(g => g.Key, g => g.Count());
        var baris = unit.Values.Select(id => ("UnitOrganisasi", id))
            .Concat(jabatan.Values.Select(id => ("Jabatan", id)))
            .Concat(skp.Keys.Select(id => ("Skp", id)))
            .Concat(rhk.Where(r => skp.ContainsKey(r.Value.Skp)).Select(r => ("RencanaHasilKerja", r.Key)))
            .Concat(indikator.Where(i => rhk.TryGetValue(i.Rhk, out var r) && skp.ContainsKey(r.Skp)).Select(i => ("IndikatorKinerja", i.Id)))
            .ToHashSet();
        Assert.All(baris, b => Assert.Equal(1, tambah.GetValueOrDefault(b)));
        Assert.All(tambah.Keys, k => Assert.Contains(k, baris));

        // 3. Each SKP's Versi agrees with its audit trail: one entry per save, the last one recording the stored Versi.
        foreach (var (id, versi) in skp)
        {
            var jejak = audit.Where(a => a.Entitas == "Skp" && Guid.Parse(a.Id) == id).ToList();
            Assert.Equal(versi, jejak.Count);
            using var perubahan = JsonDocument.Parse(jejak[^1].Perubahan);
            Assert.Equal(versi, perubahan.RootElement.GetProperty("Versi")[1].GetInt32());
        }

        // 4. The hash chain of every Instansi verifies: the app's own check (AuditChain, as `audit verify` runs it), in-process
        //    to keep the rounds short. TwoNodesTests runs the command itself.
        await using var ctx = db.CreateAppContext();
        foreach (var instansi in await ctx.Instansi.IgnoreQueryFilters().Select(i => i.Id).ToListAsync())
        {
            var hasil = await AuditChain.VerifyAsync(ctx, instansi);
            Assert.True(hasil.Utuh, $"Audit chain of {instansi} broken: {hasil.Alasan}");
        }
    }

    /// <summary>Pegawai of the demo region with a pelaksana or fungsional post: each writes their own SKP.</summary>
    private static async Task<List<(string Nip, Guid PegawaiId)>> PilihPegawaiAsync(FaultDatabase db) =>
        (await db.RowsAsync($"""
            SELECT u."UserName", p."Id" FROM "AspNetUsers" u
            JOIN pegawai p ON p."Id" = u."PegawaiId" JOIN jabatan j ON j."Id" = p."JabatanId" JOIN instansi i ON i."Id" = u."InstansiId"
            WHERE i."Kode" = '{DemoAccounts.InstansiKode}' AND p."Aktif" = TRUE AND j."Jenis" IN (4, 5)
            ORDER BY u."UserName" LIMIT {JumlahPegawai}
            """)).Select(r => ((string)r[0]!, FaultDatabase.AsGuid(r[1]))).ToList();

    private sealed record Tulisan(string Jenis, string Kunci, Guid Id, Guid Induk);

    /// <summary>Writes that got their success response, recorded the moment the response arrived.</summary>
    private sealed class Diterima
    {
        private readonly ConcurrentQueue<Tulisan> _semua = new();
        public void Catat(string jenis, string kunci, Guid id = default, Guid induk = default) => _semua.Enqueue(new(jenis, kunci, id, induk));
        public int Jumlah => _semua.Count;
        public IReadOnlyCollection<Tulisan> Semua => _semua.ToArray();
    }

    /// <summary>
    /// One user writing in a loop until stopped. A request that fails because the node is dead (no HTTP status) is counted
    /// and retried; any answer other than the expected one (a 500, a 409, a redirect to the login page) fails the test.
    /// </summary>
    private abstract class Penulis(string baseUrl, string nip)
    {
        public WebSession Sesi { get; } = new(baseUrl);
        public string Nip { get; } = nip;
        public int Gagal { get; private set; }
        public int Berhasil { get; protected set; }
        public bool SedangMengirim => Volatile.Read(ref _mengirim) > 0;
        private int _mengirim;
        public string Galat { get; private set; } = "";

        public virtual Task SiapkanAsync() => Task.CompletedTask;

        public async Task JalankanAsync(CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await LangkahAsync(stop);
                }
                catch (Exception ex) when (ex is HttpRequestException { StatusCode: null } or IOException or OperationCanceledException)
                {
                    Gagal++;
                    Galat = $"{Nip}: {ex.Message}";
                    await Task.Delay(100, CancellationToken.None);
                }
            }
        }

        protected abstract Task LangkahAsync(CancellationToken ct);

        /// <summary>Loads the form, posts it, and returns the redirect target of a success (302), or throws.</summary>
        protected async Task<string> KirimAsync(string url, Dictionary<string, string> isi, CancellationToken ct, string? versiDari = null)
        {
            var page = await Sesi.GetPageAsync(url, ct);
            if (versiDari is not null)
            {
                isi[versiDari] = WebSession.Field(page, versiDari);
            }
            Interlocked.Increment(ref _mengirim);
            using var response = await KirimFormAsync();
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new HttpRequestException($"POST {url} returned {(int)response.StatusCode}", null, response.StatusCode);
            }
            return response.Headers.Location!.ToString();

            async Task<HttpResponseMessage> KirimFormAsync()
            {
                try
                {
                    return await Sesi.PostAsync(url, isi, WebSession.Token(page), ct);
                }
                finally
                {
                    Interlocked.Decrement(ref _mengirim);
                }
            }
        }
    }

    /// <summary>An admin creating units and jabatan with unique codes.</summary>
    private sealed class PenulisMasterData(string baseUrl, string nip, int nomor, Diterima ack) : Penulis(baseUrl, nip)
    {
        private int _n;

        protected override async Task LangkahAsync(CancellationToken ct)
        {
            var n = ++_n;
            if (n % 2 == 1)
            {
                var kode = $"KT-U{nomor}-{n}";
                var ke = await KirimAsync("/organisasi/unit/baru", new()
                {
                    ["Input.Kode"] = kode, ["Input.Nama"] = $"Unit uji ketahanan {kode}", ["Input.Jenis"] = "Upt",
                }, ct);
                Assert.Equal("/organisasi/unit?q=" + kode, ke);
                ack.Catat("unit", kode);
                Berhasil++;
            }
            else
            {
                var kode = $"KT-J{nomor}-{n}";
                var ke = await KirimAsync("/organisasi/jabatan/baru", new()
                {
                    ["Input.Kode"] = kode, ["Input.Nama"] = $"Jabatan uji ketahanan {kode}", ["Input.Jenis"] = "Pelaksana",
                }, ct);
                Assert.Equal("/organisasi/jabatan?q=" + kode, ke);
                ack.Catat("jabatan", kode);
                Berhasil++;
            }
        }
    }

    /// <summary>A pegawai creating an SKP draft for next year, then adding RHK, each followed by an indikator.</summary>
    private sealed class PenulisSkp(string baseUrl, string nip, Guid pegawaiId, int tahun, FaultDatabase db, Diterima ack) : Penulis(baseUrl, nip)
    {
        private Guid? _skp;
        private Guid? _rhkTanpaIndikator;
        private int _n;

        /// <summary>After a kill the SKP may exist without its acknowledgement: find it in the database.</summary>
        public override async Task SiapkanAsync()
        {
            var rows = await db.RowsAsync($"SELECT \"Id\" FROM skp WHERE \"Tahun\" = {tahun} AND \"PegawaiId\" = '{Teks(pegawaiId)}'");
            _skp = rows.Count == 0 ? null : FaultDatabase.AsGuid(rows[0][0]);
            _rhkTanpaIndikator = null;
            if (_skp is { } skp)
            {
                var tanpa = await db.RowsAsync($"""
                    SELECT r."Id" FROM rhk r WHERE r."SkpId" = '{Teks(skp)}'
                    AND NOT EXISTS (SELECT 1 FROM indikator_kinerja i WHERE i."RhkId" = r."Id")
                    """);
                _rhkTanpaIndikator = tanpa.Count == 0 ? null : FaultDatabase.AsGuid(tanpa[0][0]);
            }
        }

        // SQLite stores a Guid as upper-case text, PostgreSQL as uuid (which accepts the lower-case text).
        private string Teks(Guid id) => db.IsPostgres ? id.ToString() : id.ToString().ToUpperInvariant();

        protected override async Task LangkahAsync(CancellationToken ct)
        {
            var n = ++_n;
            if (_skp is not { } skp)
            {
                var ke = await KirimAsync("/perencanaan/skp/baru", new()
                {
                    ["Input.Tahun"] = tahun.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["Input.SatuTahunPenuh"] = "true",
                    ["Input.Pendekatan"] = "Kuantitatif",
                }, ct);
                var id = Guid.Parse(ke.Split('/').Last());
                ack.Catat("skp", Nip, id);
                Berhasil++;
                _skp = id;
            }
            else if (_rhkTanpaIndikator is not { } rhk)
            {
                var teks = $"RHK uji ketahanan {Nip}-{n}";
                var ke = await KirimAsync($"/perencanaan/skp/{skp}/rhk", new()
                {
                    ["Input.Jenis"] = "Utama", ["Input.Teks"] = teks, ["Input.Cascading"] = "TidakLangsung",
                }, ct, versiDari: "Input.Versi");
                var id = Guid.Parse(ke.Split('/')[^2]); // /perencanaan/skp/{skp}/rhk/{rhk}/indikator
                ack.Catat("rhk", teks, id, skp);
                Berhasil++;
                _rhkTanpaIndikator = id;
            }
            else
            {
                var teks = $"Indikator uji ketahanan {Nip}-{n}";
                await KirimAsync($"/perencanaan/skp/{skp}/rhk/{rhk}/indikator", new()
                {
                    ["Input.Aspek"] = "Kuantitas", ["Input.Teks"] = teks, ["Input.Target"] = "12", ["Input.Satuan"] = "dokumen",
                }, ct, versiDari: "Input.Versi");
                ack.Catat("indikator", teks, default, rhk);
                Berhasil++;
                _rhkTanpaIndikator = null;
            }
        }
    }
}
