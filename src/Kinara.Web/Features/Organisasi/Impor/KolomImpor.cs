namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>
/// One column an import understands. A file's header matches <see cref="Nama"/> or any <see cref="Alias"/> after
/// <see cref="DaftarKolom.Normalisasi"/> (so "NIP_BARU", "Nip Baru" and "nip-baru" are the same column).
/// The same list drives the header check, the CSV templates, the help on the page and docs/import.md.
/// </summary>
public sealed record KolomImpor(string Nama, string[] Alias, bool Wajib, string Keterangan, string Contoh)
{
    public IEnumerable<string> SemuaNama => Alias.Prepend(Nama);
}

public static class DaftarKolom
{
    public static readonly IReadOnlyList<KolomImpor> Unit =
    [
        new("kode", ["unor_id", "id", "kode_unit"], true,
            "Kode unit, unik dalam instansi. Dari SIASN: unor_id (atau Id pada referensi unor).", "DISDIK"),
        new("nama", ["nama_unor", "nama_unit", "unor_nama"], true, "Nama unit.", "Dinas Pendidikan"),
        new("induk_kode", ["diatasan_id", "kode_induk", "induk"], false,
            "Kode unit induk (boleh muncul di baris mana saja dalam berkas, juga sesudah unit anaknya). Kosong = unit teratas.", ""),
        new("jenis", ["jenis_unit"], false,
            "perangkat daerah, bidang, seksi, atau upt. Kosong: unit baru diberi jenis menurut kedalamannya (teratas = perangkat daerah, lalu bidang, lalu seksi); unit lama tidak diubah.", "perangkat daerah"),
        new("aktif", [], false, "ya atau tidak. Kosong: unit baru aktif; unit lama tidak diubah.", "ya"),
    ];

    public static readonly IReadOnlyList<KolomImpor> Jabatan =
    [
        new("kode", ["jabatan_id", "kode_jabatan", "id"], true, "Kode jabatan, unik dalam instansi. Dari SIASN: jabatan_id.", "KADISDIK"),
        new("nama", ["jabatan_nama", "nama_jabatan"], true, "Nama jabatan.", "Kepala Dinas Pendidikan"),
        new("jenis", ["jenis_jabatan", "jenis_jabatan_nama"], true,
            "jpt, administrator, pengawas, pelaksana, atau fungsional. Nama SIASN juga diterima: Fungsional Tertentu = fungsional; Fungsional Umum = pelaksana; Struktural memerlukan kolom eselon.", "jpt"),
        new("eselon", ["eselon_nama", "eselon_id"], false,
            "Hanya untuk jenis Struktural dari SIASN: I/II = jpt, III = administrator, IV/V = pengawas (contoh II.a, III.b, 31).", ""),
        new("jenjang", [], false, "Pratama/Madya/Utama untuk JPT; Ahli Pertama … Penyelia untuk fungsional; Klerek/Operator/Teknisi untuk pelaksana.", "Pratama"),
        new("kelas_jabatan", ["kelas"], false, "Angka 1–17.", "14"),
        new("unit_kode", ["unor_id", "kode_unit"], false, "Kode unit tempat jabatan berada; unit harus sudah ada (impor unit lebih dulu).", "DISDIK"),
        new("atasan_kode", ["kode_atasan", "atasan_jabatan_id"], false,
            "Kode jabatan atasan langsung (boleh muncul di baris mana saja dalam berkas). Menentukan pejabat penilai.", ""),
        new("aktif", [], false, "ya atau tidak. Kosong: jabatan baru aktif; jabatan lama tidak diubah.", "ya"),
    ];

    public static readonly IReadOnlyList<KolomImpor> Pegawai =
    [
        new("nip_baru", ["nip"], true, "NIP 18 digit (atau NI PPPK). Spasi dan titik diabaikan. Di Excel, format kolom ini sebagai Teks.", "196608011988031001"),
        new("nama", ["nama_pegawai"], true, "Nama tanpa gelar.", "Amir Hamzah"),
        new("gelar_depan", [], false, "Gelar di depan nama.", "Dr."),
        new("gelar_belakang", [], false, "Gelar di belakang nama.", "S.Pd., M.Pd."),
        new("jenis_pegawai_nama", ["jenis_pegawai"], false,
            "PNS, CPNS, PPPK, atau PPPK Paruh Waktu. Kosong: pegawai baru dianggap PNS. Wajib diisi untuk PPPK.", "PNS"),
        new("status_cpns_pns", [], false, "Kolom SIASN: C = CPNS, P = PNS (dipakai bila jenis PNS).", "P"),
        new("gol_akhir_nama", ["golongan", "gol_akhir", "pangkat_golongan"], false,
            "Golongan/ruang PNS (III/a … IV/e) atau golongan PPPK (I … XVII).", "IV/a"),
        new("jabatan_id", ["jabatan_kode", "kode_jabatan"], false, "Kode jabatan; jabatan harus sudah ada (impor jabatan lebih dulu).", "KADISDIK"),
        new("unor_id", ["unit_kode", "kode_unit"], false, "Kode unit; unit harus sudah ada (impor unit lebih dulu).", "DISDIK"),
        new("email", [], false, "Alamat email.", "amir@example.go.id"),
        new("email_gov", [], false, "Email dinas dari SIASN; dipakai bila kolom email kosong.", ""),
        new("nomor_hp", ["no_hp", "hp", "telepon"], false, "Nomor HP.", "081234567890"),
        new("tanggal_lahir", ["tgl_lahir"], false,
            "dd-mm-yyyy (juga dd/mm/yyyy) atau yyyy-mm-dd. Bila berbeda dengan tanggal lahir dalam NIP, baris tetap diimpor dengan peringatan.", "01-08-1966"),
        new("kedudukan_hukum_nama", ["kedudukan_hukum"], false,
            "Kolom SIASN: Aktif = pegawai aktif; nilai lain (Pensiun, Diberhentikan, CLTN, …) = tidak aktif.", "Aktif"),
        new("aktif", [], false, "ya atau tidak (dipakai bila kedudukan_hukum_nama tidak ada). Kosong: pegawai baru aktif; pegawai lama tidak diubah.", ""),
    ];

    public static IReadOnlyList<KolomImpor> Untuk(JenisImpor jenis) => jenis switch
    {
        JenisImpor.Unit => Unit,
        JenisImpor.Jabatan => Jabatan,
        _ => Pegawai,
    };

    /// <summary>"  NIP Baru " → "nip_baru": trim, lower case, spaces and dashes to underscores, byte-order mark removed.</summary>
    public static string Normalisasi(string? judul)
    {
        if (string.IsNullOrWhiteSpace(judul))
        {
            return "";
        }
        var s = judul.Trim().Trim('\uFEFF').Trim().ToLowerInvariant();
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(char.IsWhiteSpace(c) || c is '-' or '.' ? '_' : c);
        }
        return sb.ToString();
    }

    public static string Teks(this JenisImpor jenis) => jenis switch
    {
        JenisImpor.Unit => "Unit organisasi",
        JenisImpor.Jabatan => "Jabatan",
        _ => "Pegawai",
    };

    public static string Teks(this StatusImpor status) => status switch
    {
        StatusImpor.Antre => "Menunggu giliran",
        StatusImpor.Berjalan => "Sedang berjalan",
        StatusImpor.Selesai => "Selesai",
        _ => "Gagal",
    };
}

/// <summary>The file's header matched against the columns of one import kind.</summary>
public sealed class PetaKolom
{
    private PetaKolom(IReadOnlyList<KolomImpor> kolom, int[] posisi, IReadOnlyList<string> judul)
    {
        Kolom = kolom;
        Posisi = posisi;
        Judul = judul;
    }

    public IReadOnlyList<KolomImpor> Kolom { get; }

    /// <summary>For each <see cref="Kolom"/>: its position in the file, or -1 when the file does not have it.</summary>
    public int[] Posisi { get; }

    /// <summary>The file's header as written (trimmed).</summary>
    public IReadOnlyList<string> Judul { get; }

    public IEnumerable<KolomImpor> Hilang => Kolom.Where((k, i) => k.Wajib && Posisi[i] < 0);

    public bool Ada(string nama) => Posisi[Index(nama)] >= 0;

    public int Index(string nama)
    {
        for (var i = 0; i < Kolom.Count; i++)
        {
            if (Kolom[i].Nama == nama)
            {
                return i;
            }
        }
        throw new ArgumentException($"Unknown column {nama}", nameof(nama));
    }

    /// <summary>
    /// Matches each known column to the first header cell that carries its name, or else its first alias in list order.
    /// Unknown header cells are ignored; a header cell is used for one column only.
    /// </summary>
    public static PetaKolom Buat(IReadOnlyList<KolomImpor> kolom, IReadOnlyList<string> judul)
    {
        var normal = judul.Select(DaftarKolom.Normalisasi).ToArray();
        var dipakai = new bool[normal.Length];
        var posisi = new int[kolom.Count];
        Array.Fill(posisi, -1);
        // Exact names first, so "unor_id" goes to the column called unor_id before another column's alias takes it.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < kolom.Count; i++)
            {
                if (posisi[i] >= 0)
                {
                    continue;
                }
                var nama = pass == 0 ? [kolom[i].Nama] : kolom[i].Alias;
                foreach (var n in nama)
                {
                    var p = Array.FindIndex(normal, (h) => h == n);
                    if (p >= 0 && !dipakai[p])
                    {
                        posisi[i] = p;
                        dipakai[p] = true;
                        break;
                    }
                }
            }
        }
        return new PetaKolom(kolom, posisi, judul.Select(j => j.Trim().Trim('\uFEFF')).ToArray());
    }
}
