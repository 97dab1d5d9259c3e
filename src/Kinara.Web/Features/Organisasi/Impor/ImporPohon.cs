using Kinara.Domain;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>
/// Upsert by kode of a tree (units by induk, jabatan by atasan). A parent may come after its children in the file,
/// so the file is read whole first (these files are small; capped by <see cref="ImporOptions.MaksBarisStruktur"/>),
/// then written parents first, in batches. A row whose parent is rejected, missing or forms a cycle is rejected too.
/// </summary>
internal abstract class ImporPohon<TEntity, TData>(KinaraDbContext db, KonteksImpor k) where TEntity : class
{
    protected sealed record Baris(int Nomor, string Kode, string? IndukKode, TData Data);

    protected KinaraDbContext Db { get; } = db;
    protected KonteksImpor K { get; } = k;

    /// <summary>"unit" or "jabatan", for messages.</summary>
    protected abstract string Apa { get; }
    protected abstract string KolomInduk { get; }
    protected virtual Task SiapkanAsync(CancellationToken ct) => Task.CompletedTask;
    /// <summary>Validates the current row; records the reasons and returns null when rejected.</summary>
    protected abstract Baris? Periksa(List<(string Kolom, string Alasan)> galat);
    protected abstract Task<List<TEntity>> MuatSemuaAsync(CancellationToken ct);
    protected abstract string Kode(TEntity e);
    protected abstract Guid Id(TEntity e);
    protected abstract Guid? Induk(TEntity e);
    protected abstract TEntity Baru(string kode);
    /// <summary>Sets the parent first (it may throw <see cref="DomainRuleException"/> before anything changed), then the other values.</summary>
    protected abstract void Terapkan(TEntity e, TData data, bool baru, int kedalaman, Guid? indukId, Func<Guid, Guid?> indukDari);

    public async Task RunAsync(CancellationToken ct)
    {
        await SiapkanAsync(ct);
        var panjang = Math.Max(1, K.Baca.Panjang);
        var tahapTulis = 0.0;
        K.BytesDibaca = () => (long)(K.Baca.Posisi / 2 + panjang / 2 * tahapTulis);

        // 1. Read and validate every row.
        var rows = new List<Baris>();
        var pertama = new Dictionary<string, int>(StringComparer.Ordinal);
        var ditolak = new Dictionary<string, int>(StringComparer.Ordinal);
        while (K.Baca.Baca())
        {
            ct.ThrowIfCancellationRequested();
            if (++K.BarisDiproses > K.Options.MaksBarisStruktur)
            {
                throw new ImporGagalException($"Berkas {Apa} berisi lebih dari {Nilai.Angka(K.Options.MaksBarisStruktur)} baris. Pecah berkas menjadi beberapa bagian.");
            }
            var galat = new List<(string, string)>();
            var kode = K.Teks("kode");
            if (K.Baca.Cacat is { } cacat)
            {
                galat.Add(("", cacat));
            }
            else if (Periksa(galat) is { } b)
            {
                if (pertama.TryGetValue(b.Kode, out var n))
                {
                    galat.Add((K.Kolom("kode"), $"kode \"{b.Kode}\" sudah muncul di baris {n}; setiap kode hanya boleh satu kali dalam satu berkas"));
                }
                else
                {
                    pertama[b.Kode] = b.Nomor;
                    rows.Add(b);
                }
            }
            if (galat.Count > 0)
            {
                K.Tolak(K.Baca.Nomor, galat);
                if (kode is not null)
                {
                    ditolak.TryAdd(kode, K.Baca.Nomor);
                }
            }
            if (K.BarisDiproses % K.Options.UkuranBatch == 0)
            {
                await K.LaporAsync(ct);
            }
        }

        // 2. Write parents before children, breadth first from the rows whose parent is not in the file.
        var semua = await MuatSemuaAsync(ct);
        var perKode = semua.ToDictionary(Kode, StringComparer.Ordinal);
        var perId = semua.ToDictionary(Id);
        var diFile = rows.ToDictionary(r => r.Kode, StringComparer.Ordinal);
        var anak = rows.Where(r => r.IndukKode is not null && r.IndukKode != r.Kode).ToLookup(r => r.IndukKode!, StringComparer.Ordinal);
        var antrean = new Queue<Baris>(rows.Where(r => r.IndukKode is null || r.IndukKode == r.Kode || !diFile.ContainsKey(r.IndukKode)));
        var selesai = new HashSet<string>(StringComparer.Ordinal);
        int tambah = 0, ubah = 0, sama = 0, dalamBatch = 0;

        Guid? IndukDari(Guid id) => perId.TryGetValue(id, out var x) ? Induk(x) : null;

        while (antrean.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            var r = antrean.Dequeue();
            selesai.Add(r.Kode);
            var ada = perKode.TryGetValue(r.Kode, out var e);
            e ??= Baru(r.Kode);

            // An empty parent cell leaves an existing row where it is (empty means "not given", as for every column).
            Guid? indukId = ada ? Induk(e) : null;
            var kedalaman = ada ? Kedalaman(e) : 0;
            if (r.IndukKode is { } ik)
            {
                if (ik == r.Kode)
                {
                    indukId = Id(e);
                }
                else if (perKode.TryGetValue(ik, out var induk))
                {
                    indukId = Id(induk);
                    kedalaman = Kedalaman(induk) + 1;
                }
                else
                {
                    K.Tolak(r.Nomor, K.Kolom(KolomInduk), ditolak.TryGetValue(ik, out var nb)
                        ? $"{Apa} induk \"{ik}\" ditolak di baris {nb}, jadi baris ini juga tidak dapat diimpor"
                        : $"{Apa} induk dengan kode \"{ik}\" tidak ditemukan di berkas maupun di data yang sudah ada");
                    TolakTurunan(r);
                    continue;
                }
            }

            try
            {
                if (ada)
                {
                    Db.Attach(e);
                }
                Terapkan(e, r.Data, !ada, kedalaman, indukId, IndukDari);
            }
            catch (DomainRuleException ex)
            {
                if (ada)
                {
                    Db.Entry(e).State = EntityState.Detached;
                }
                K.Tolak(r.Nomor, K.Kolom(KolomInduk), ex.Message);
                TolakTurunan(r);
                continue;
            }

            if (ada)
            {
                var entry = Db.Entry(e);
                entry.DetectChanges();
                if (entry.State == EntityState.Modified) { ubah++; } else { sama++; }
            }
            else
            {
                Db.Add(e);
                perKode[r.Kode] = e;
                perId[Id(e)] = e;
                tambah++;
            }
            foreach (var c in anak[r.Kode])
            {
                antrean.Enqueue(c);
            }
            if (++dalamBatch >= K.Options.UkuranBatch)
            {
                tahapTulis = (double)selesai.Count / Math.Max(1, rows.Count);
                await SimpanAsync(tambah, ubah, sama, ct);
                tambah = ubah = sama = dalamBatch = 0;
            }
        }

        // 3. Rows never reached sit on a cycle of parents inside the file.
        foreach (var r in rows.Where(r => !selesai.Contains(r.Kode)).OrderBy(r => r.Nomor))
        {
            selesai.Add(r.Kode);
            K.Tolak(r.Nomor, K.Kolom(KolomInduk), $"{Apa} induk \"{r.IndukKode}\" membentuk lingkaran dengan baris lain di berkas ini (induk tidak boleh berasal dari turunannya sendiri)");
        }
        tahapTulis = 1;
        await SimpanAsync(tambah, ubah, sama, ct);

        void TolakTurunan(Baris induk)
        {
            foreach (var c in anak[induk.Kode])
            {
                if (selesai.Add(c.Kode))
                {
                    K.Tolak(c.Nomor, K.Kolom(KolomInduk), $"{Apa} induk \"{induk.Kode}\" di baris {induk.Nomor} ditolak, jadi baris ini juga tidak dapat diimpor");
                    TolakTurunan(c);
                }
            }
        }

        int Kedalaman(TEntity x)
        {
            var d = 0;
            for (var p = Induk(x); p is { } id && d < 100; p = IndukDari(id))
            {
                d++;
            }
            return d;
        }
    }

    private async Task SimpanAsync(int tambah, int ubah, int sama, CancellationToken ct)
    {
        Db.ImporGalat.AddRange(K.GalatTertunda());
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ImporGagalException(
                $"Data {Apa} diubah oleh pengguna lain selama impor berjalan. Impor ulang berkas yang sama: baris yang sudah tersimpan tidak akan berubah lagi.");
        }
        Db.ChangeTracker.Clear();
        K.GalatTersimpan();
        K.Ditambah += tambah;
        K.Diubah += ubah;
        K.TidakBerubah += sama;
        await K.LaporAsync(ct);
    }
}

internal sealed class ImporUnit(KinaraDbContext db, KonteksImpor k) : ImporPohon<UnitOrganisasi, ImporUnit.Data>(db, k)
{
    internal sealed record Data(string Nama, JenisUnit? Jenis, bool? Aktif);

    protected override string Apa => "unit";
    protected override string KolomInduk => "induk_kode";

    protected override Baris? Periksa(List<(string Kolom, string Alasan)> galat)
    {
        var kode = K.Teks("kode");
        var nama = K.Teks("nama");
        if (kode is null) { galat.Add((K.Kolom("kode"), "kode unit wajib diisi")); }
        else if (kode.Length > 64) { galat.Add((K.Kolom("kode"), "kode terlalu panjang (paling banyak 64 karakter)")); }
        if (nama is null) { galat.Add((K.Kolom("nama"), "nama unit wajib diisi")); }
        else if (nama.Length > 250) { galat.Add((K.Kolom("nama"), "nama terlalu panjang (paling banyak 250 karakter)")); }
        JenisUnit? jenis = null;
        if (K.Teks("jenis") is { } j && (jenis = Nilai.JenisUnit(j)) is null)
        {
            galat.Add((K.Kolom("jenis"), $"jenis unit \"{j}\" tidak dikenal (pilihan: perangkat daerah, bidang, seksi, upt)"));
        }
        bool? aktif = null;
        if (K.Teks("aktif") is { } a && (aktif = Nilai.YaTidak(a)) is null)
        {
            galat.Add((K.Kolom("aktif"), $"nilai \"{a}\" tidak dikenal (isi ya atau tidak)"));
        }
        return galat.Count > 0 ? null : new Baris(K.Baca.Nomor, kode!, K.Teks("induk_kode"), new Data(nama!, jenis, aktif));
    }

    protected override Task<List<UnitOrganisasi>> MuatSemuaAsync(CancellationToken ct) => Db.Unit.AsNoTracking().ToListAsync(ct);
    protected override string Kode(UnitOrganisasi e) => e.Kode;
    protected override Guid Id(UnitOrganisasi e) => e.Id;
    protected override Guid? Induk(UnitOrganisasi e) => e.IndukId;
    protected override UnitOrganisasi Baru(string kode) => new() { InstansiId = K.Job.InstansiId, Kode = kode };

    protected override void Terapkan(UnitOrganisasi e, Data d, bool baru, int kedalaman, Guid? indukId, Func<Guid, Guid?> indukDari)
    {
        if (e.IndukId != indukId)
        {
            e.SetInduk(indukId, indukDari);
        }
        e.Nama = d.Nama;
        if (d.Jenis is { } jenis)
        {
            e.Jenis = jenis;
        }
        else if (baru)
        {
            e.Jenis = kedalaman switch { 0 => JenisUnit.PerangkatDaerah, 1 => JenisUnit.Bidang, _ => JenisUnit.Seksi };
        }
        if (d.Aktif is { } aktif)
        {
            e.Aktif = aktif;
        }
    }
}

internal sealed class ImporJabatan(KinaraDbContext db, KonteksImpor k) : ImporPohon<Jabatan, ImporJabatan.Data>(db, k)
{
    internal sealed record Data(string Nama, JenisJabatan Jenis, string? Jenjang, int? Kelas, Guid? UnitId, bool? Aktif);

    private Dictionary<string, Guid> _unit = [];

    protected override string Apa => "jabatan";
    protected override string KolomInduk => "atasan_kode";

    protected override async Task SiapkanAsync(CancellationToken ct) =>
        _unit = await Db.Unit.AsNoTracking().ToDictionaryAsync(u => u.Kode, u => u.Id, StringComparer.Ordinal, ct);

    protected override Baris? Periksa(List<(string Kolom, string Alasan)> galat)
    {
        var kode = K.Teks("kode");
        var nama = K.Teks("nama");
        if (kode is null) { galat.Add((K.Kolom("kode"), "kode jabatan wajib diisi")); }
        else if (kode.Length > 64) { galat.Add((K.Kolom("kode"), "kode terlalu panjang (paling banyak 64 karakter)")); }
        if (nama is null) { galat.Add((K.Kolom("nama"), "nama jabatan wajib diisi")); }
        else if (nama.Length > 250) { galat.Add((K.Kolom("nama"), "nama terlalu panjang (paling banyak 250 karakter)")); }

        JenisJabatan? jenis = null;
        if (K.Teks("jenis") is not { } jenisTeks)
        {
            galat.Add((K.Kolom("jenis"), "jenis jabatan wajib diisi (jpt, administrator, pengawas, pelaksana, fungsional)"));
        }
        else
        {
            (jenis, var galatJenis) = Nilai.JenisJabatan(jenisTeks, K.Teks("eselon"));
            if (galatJenis is not null)
            {
                galat.Add((K.Kolom(galatJenis.StartsWith("eselon", StringComparison.Ordinal) ? "eselon" : "jenis"), galatJenis));
            }
        }

        var jenjang = K.Teks("jenjang");
        if (jenjang is { Length: > 60 })
        {
            galat.Add((K.Kolom("jenjang"), "jenjang terlalu panjang (paling banyak 60 karakter)"));
        }
        int? kelas = null;
        if (K.Teks("kelas_jabatan") is { } kelasTeks)
        {
            if (int.TryParse(kelasTeks, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var kj) && kj is >= 1 and <= 17)
            {
                kelas = kj;
            }
            else
            {
                galat.Add((K.Kolom("kelas_jabatan"), $"kelas jabatan \"{kelasTeks}\" tidak valid (angka 1–17)"));
            }
        }
        Guid? unitId = null;
        if (K.Teks("unit_kode") is { } unitKode)
        {
            if (_unit.TryGetValue(unitKode, out var u))
            {
                unitId = u;
            }
            else
            {
                galat.Add((K.Kolom("unit_kode"), $"unit dengan kode \"{unitKode}\" tidak ditemukan di instansi ini; impor unit lebih dulu"));
            }
        }
        bool? aktif = null;
        if (K.Teks("aktif") is { } a && (aktif = Nilai.YaTidak(a)) is null)
        {
            galat.Add((K.Kolom("aktif"), $"nilai \"{a}\" tidak dikenal (isi ya atau tidak)"));
        }
        return galat.Count > 0 ? null
            : new Baris(K.Baca.Nomor, kode!, K.Teks("atasan_kode"), new Data(nama!, jenis!.Value, jenjang, kelas, unitId, aktif));
    }

    protected override Task<List<Jabatan>> MuatSemuaAsync(CancellationToken ct) => Db.Jabatan.AsNoTracking().ToListAsync(ct);
    protected override string Kode(Jabatan e) => e.Kode;
    protected override Guid Id(Jabatan e) => e.Id;
    protected override Guid? Induk(Jabatan e) => e.AtasanJabatanId;
    protected override Jabatan Baru(string kode) => new() { InstansiId = K.Job.InstansiId, Kode = kode };

    protected override void Terapkan(Jabatan e, Data d, bool baru, int kedalaman, Guid? indukId, Func<Guid, Guid?> indukDari)
    {
        if (e.AtasanJabatanId != indukId)
        {
            e.SetAtasan(indukId, indukDari);
        }
        e.Nama = d.Nama;
        e.Jenis = d.Jenis;
        if (d.Jenjang is not null) { e.Jenjang = d.Jenjang; }
        if (d.Kelas is { } kelas) { e.KelasJabatan = kelas; }
        if (d.UnitId is { } unit) { e.UnitId = unit; }
        if (d.Aktif is { } aktif) { e.Aktif = aktif; }
    }
}
