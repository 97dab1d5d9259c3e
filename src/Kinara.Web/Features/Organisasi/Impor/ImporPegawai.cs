using System.Net.Mail;
using Kinara.Domain.Kepegawaian;
using Kinara.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>
/// Upserts pegawai by NIP, streaming: rows are validated one by one, then written in batches of
/// <see cref="ImporOptions.UkuranBatch"/>, each batch one transaction. Only changed properties are written, so
/// importing the same file again produces no UPDATE and no audit entry.
/// </summary>
internal sealed class ImporPegawai(KinaraDbContext db, KonteksImpor k)
{
    private sealed record Calon(
        int Baris, string Nip, string Nama, string? GelarDepan, string? GelarBelakang, JenisPegawai? Jenis, string? Golongan,
        Guid? JabatanId, Guid? UnitId, string? Email, string? NomorHp, DateOnly? TanggalLahir, bool? Aktif);

    private Dictionary<string, Guid> _unit = [];
    private Dictionary<string, Guid> _jabatan = [];
    // NIP (18 digits fit in a long) → first row it appeared on; it is what finds duplicates across batches.
    // As a long, 100,000 NIPs take about 2.5 MB instead of about 9 MB as strings.
    private readonly Dictionary<long, int> _nipTerlihat = [];

    public async Task RunAsync(CancellationToken ct)
    {
        _unit = await db.Unit.AsNoTracking().ToDictionaryAsync(u => u.Kode, u => u.Id, StringComparer.Ordinal, ct);
        _jabatan = await db.Jabatan.AsNoTracking().ToDictionaryAsync(j => j.Kode, j => j.Id, StringComparer.Ordinal, ct);
        k.BytesDibaca = () => k.Baca.Posisi;

        var batch = new List<Calon>(k.Options.UkuranBatch);
        var sejakSimpan = 0;
        while (k.Baca.Baca())
        {
            ct.ThrowIfCancellationRequested();
            k.BarisDiproses++;
            if (Periksa() is { } calon)
            {
                batch.Add(calon);
            }
            if (++sejakSimpan >= k.Options.UkuranBatch)
            {
                await SimpanAsync(batch, ct);
                batch.Clear();
                sejakSimpan = 0;
            }
        }
        await SimpanAsync(batch, ct);
    }

    /// <summary>Validates the whole current row before anything of it is written; null when rejected.</summary>
    private Calon? Periksa()
    {
        var baris = k.Baca.Nomor;
        var galat = new List<(string, string)>();
        // Warnings are reported only for rows that are imported: a rejected row's warnings would be noise.
        var peringatan = new List<(string, string)>();
        if (k.Baca.Cacat is { } cacat)
        {
            k.Tolak(baris, "", cacat);
            return null;
        }

        JenisPegawai? jenis = null;
        if (k.Teks("jenis_pegawai_nama") is { } jenisTeks)
        {
            jenis = Nilai.JenisPegawai(jenisTeks);
            if (jenis is null)
            {
                galat.Add((k.Kolom("jenis_pegawai_nama"), $"jenis pegawai \"{jenisTeks}\" tidak dikenal (pilihan: PNS, CPNS, PPPK, PPPK Paruh Waktu)"));
            }
        }
        if (k.Teks("status_cpns_pns") is { } status && jenis is null or JenisPegawai.Pns)
        {
            var s = status.Trim().ToUpperInvariant();
            jenis = s is "C" or "CPNS" ? JenisPegawai.Cpns : s is "P" or "PNS" ? JenisPegawai.Pns : jenis;
        }

        string? nip = null;
        var nipSel = k.Sel("nip_baru");
        if (nipSel is double)
        {
            galat.Add((k.Kolom("nip_baru"), "NIP tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang. Format kolom NIP sebagai Teks lalu ketik ulang NIP-nya."));
        }
        else
        {
            var hasil = Nip.Parse(Nilai.Teks(nipSel), jenis ?? JenisPegawai.Pns);
            if (!hasil.IsValid)
            {
                var saran = jenis is null && Nip.Parse(Nilai.Teks(nipSel), JenisPegawai.Pppk).IsValid
                    ? "; bila pegawai ini PPPK, isi kolom jenis_pegawai_nama dengan PPPK" : "";
                galat.Add((k.Kolom("nip_baru"), hasil.Error + saran));
            }
            else
            {
                nip = hasil.Value.Value;
                foreach (var w in hasil.Warnings)
                {
                    peringatan.Add((k.Kolom("nip_baru"), $"NIP {hasil.Value.Formatted}: {w}; data tetap diimpor"));
                }
                var kunci = long.Parse(nip, System.Globalization.CultureInfo.InvariantCulture);
                if (_nipTerlihat.TryGetValue(kunci, out var pertama))
                {
                    galat.Add((k.Kolom("nip_baru"), $"NIP {nip} sudah muncul di baris {pertama}; setiap NIP hanya boleh satu kali dalam satu berkas"));
                }
                else
                {
                    _nipTerlihat[kunci] = baris;
                }
                if (k.Sel("tanggal_lahir") is { } tglSel && Nilai.TryTanggal(tglSel, out var tgl) && tgl != hasil.Value.TanggalLahir)
                {
                    peringatan.Add((k.Kolom("tanggal_lahir"),
                        $"tanggal lahir {tgl:dd-MM-yyyy} berbeda dengan tanggal lahir dalam NIP ({hasil.Value.TanggalLahir:dd-MM-yyyy}); data tetap diimpor"));
                }
            }
        }

        var nama = Rapikan(k.Teks("nama"));
        if (nama is null)
        {
            galat.Add((k.Kolom("nama"), "nama wajib diisi"));
        }
        Panjang(galat, "nama", nama, 200);
        var gelarDepan = k.Teks("gelar_depan");
        Panjang(galat, "gelar_depan", gelarDepan, 60);
        var gelarBelakang = k.Teks("gelar_belakang");
        Panjang(galat, "gelar_belakang", gelarBelakang, 100);

        string? golongan = null;
        if (k.Teks("gol_akhir_nama") is { } golTeks)
        {
            if (!Golongan.TryParse(golTeks, out var gol))
            {
                galat.Add((k.Kolom("gol_akhir_nama"), $"golongan \"{golTeks}\" tidak dikenal (contoh: III/a untuk PNS, IX untuk PPPK)"));
            }
            else if (gol.IsPppk != (jenis is JenisPegawai.Pppk or JenisPegawai.PppkParuhWaktu))
            {
                var j = jenis ?? JenisPegawai.Pns;
                galat.Add((k.Kolom("gol_akhir_nama"), gol.IsPppk
                    ? $"golongan {gol.Kode} adalah golongan PPPK, tidak sesuai dengan jenis pegawai {j}"
                    : $"golongan {gol.Kode} adalah golongan PNS, tidak sesuai dengan jenis pegawai {j}"));
            }
            else
            {
                golongan = gol.Kode;
            }
        }

        var jabatanId = Rujukan(galat, "jabatan_id", _jabatan, "jabatan", "impor jabatan lebih dulu");
        var unitId = Rujukan(galat, "unor_id", _unit, "unit", "impor unit lebih dulu");

        var email = k.Teks("email") ?? k.Teks("email_gov");
        if (email is not null && (!MailAddress.TryCreate(email, out var alamat) || alamat.Address != email || email.Length > 200))
        {
            galat.Add((k.Kolom(k.Teks("email") is null ? "email_gov" : "email"), $"alamat email \"{email}\" tidak valid"));
        }

        var hp = NomorHp(k.Teks("nomor_hp"), out var galatHp);
        if (galatHp is not null)
        {
            galat.Add((k.Kolom("nomor_hp"), galatHp));
        }

        DateOnly? tanggalLahir = null;
        if (k.Sel("tanggal_lahir") is { } tglLahir)
        {
            if (Nilai.TryTanggal(tglLahir, out var t))
            {
                tanggalLahir = t;
            }
            else
            {
                galat.Add((k.Kolom("tanggal_lahir"), $"tanggal lahir \"{Nilai.Teks(tglLahir)}\" tidak dapat dibaca (gunakan dd-mm-yyyy, misalnya 01-08-1966, atau yyyy-mm-dd)"));
            }
        }

        bool? aktif = null;
        if (k.Teks("kedudukan_hukum_nama") is { } kedudukan)
        {
            aktif = kedudukan.Trim().StartsWith("aktif", StringComparison.OrdinalIgnoreCase);
        }
        else if (k.Teks("aktif") is { } aktifTeks)
        {
            aktif = Nilai.YaTidak(aktifTeks);
            if (aktif is null)
            {
                galat.Add((k.Kolom("aktif"), $"nilai \"{aktifTeks}\" tidak dikenal (isi ya atau tidak)"));
            }
        }

        if (galat.Count > 0)
        {
            k.Tolak(baris, galat);
            return null;
        }
        foreach (var (kolom, alasan) in peringatan)
        {
            k.Peringatan(baris, kolom, alasan);
        }
        return new Calon(baris, nip!, nama!, gelarDepan, gelarBelakang, jenis, golongan, jabatanId, unitId, email, hp, tanggalLahir, aktif);
    }

    private Guid? Rujukan(List<(string, string)> galat, string kolom, Dictionary<string, Guid> peta, string apa, string saran)
    {
        if (k.Teks(kolom) is not { } kode)
        {
            return null;
        }
        if (peta.TryGetValue(kode, out var id))
        {
            return id;
        }
        galat.Add((k.Kolom(kolom), $"{apa} dengan kode \"{kode}\" tidak ditemukan di instansi ini; {saran}"));
        return null;
    }

    private void Panjang(List<(string, string)> galat, string kolom, string? nilai, int maks)
    {
        if (nilai is not null && nilai.Length > maks)
        {
            galat.Add((k.Kolom(kolom), $"terlalu panjang ({nilai.Length} karakter; paling banyak {maks})"));
        }
    }

    private static string? Rapikan(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Digits with an optional leading +; an Excel number that lost its leading 0 ("81234567890") gets it back.</summary>
    private static string? NomorHp(string? s, out string? galat)
    {
        galat = null;
        if (s is null)
        {
            return null;
        }
        var plus = s.TrimStart().StartsWith('+');
        var digit = new string(s.Where(char.IsAsciiDigit).ToArray());
        if (s.Any(c => char.IsLetter(c)) || digit.Length is < 8 or > 15)
        {
            galat = $"nomor HP \"{s}\" tidak valid (8–15 angka, contoh 081234567890)";
            return null;
        }
        if (!plus && digit.StartsWith('8'))
        {
            digit = "0" + digit;
        }
        return plus ? "+" + digit : digit;
    }

    /// <summary>
    /// Writes one batch: one query for the existing pegawai of the batch, then one SaveChanges (one transaction, with
    /// the audit entries of the changed rows). A conflict with a concurrent edit or another import reloads and retries.
    /// </summary>
    private async Task SimpanAsync(List<Calon> batch, CancellationToken ct)
    {
        for (var percobaan = 1; ; percobaan++)
        {
            try
            {
                var nips = batch.Select(c => c.Nip).ToList();
                var ada = nips.Count == 0 ? [] : await db.Pegawai.Where(p => nips.Contains(p.Nip)).ToDictionaryAsync(p => p.Nip, StringComparer.Ordinal, ct);
                int tambah = 0, ubah = 0, sama = 0;
                foreach (var c in batch)
                {
                    if (ada.TryGetValue(c.Nip, out var p))
                    {
                        Terapkan(p, c);
                        var entry = db.Entry(p);
                        entry.DetectChanges();
                        if (entry.State == EntityState.Modified)
                        {
                            ubah++;
                        }
                        else
                        {
                            sama++;
                        }
                    }
                    else
                    {
                        p = new Pegawai { InstansiId = k.Job.InstansiId, Nip = c.Nip, Jenis = c.Jenis ?? JenisPegawai.Pns, Aktif = c.Aktif ?? true };
                        Terapkan(p, c);
                        db.Pegawai.Add(p);
                        tambah++;
                    }
                }
                db.ImporGalat.AddRange(k.GalatTertunda());
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                k.GalatTersimpan();
                k.Ditambah += tambah;
                k.Diubah += ubah;
                k.TidakBerubah += sama;
                await k.LaporAsync(ct);
                return;
            }
            catch (DbUpdateException) when (percobaan < 3)
            {
                // Someone edited or added one of these pegawai meanwhile: start the batch again from fresh data.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Copies the values the file carries; an empty cell leaves the stored value as it is.</summary>
    private static void Terapkan(Pegawai p, Calon c)
    {
        p.Nama = c.Nama;
        if (c.GelarDepan is not null) { p.GelarDepan = c.GelarDepan; }
        if (c.GelarBelakang is not null) { p.GelarBelakang = c.GelarBelakang; }
        if (c.Jenis is { } jenis) { p.Jenis = jenis; }
        if (c.Golongan is not null) { p.Golongan = c.Golongan; }
        if (c.JabatanId is { } jabatan) { p.JabatanId = jabatan; }
        if (c.UnitId is { } unit) { p.UnitId = unit; }
        if (c.Email is not null) { p.Email = c.Email; }
        if (c.NomorHp is not null) { p.NomorHp = c.NomorHp; }
        if (c.TanggalLahir is { } tgl) { p.TanggalLahir = tgl; }
        if (c.Aktif is { } aktif) { p.Aktif = aktif; }
    }
}
