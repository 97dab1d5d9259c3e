#:package MiniExcel
// Generates the import benchmark's files: units, jabatan and N pegawai with valid NIPs, in SIASN's upper-case column
// names plus SIASN columns Kinara ignores. Deterministic (fixed seed), so every run imports the same data.
// Usage: dotnet run bench/import/generate.cs -- <out-dir> [pegawai=100000] [--xlsx]
// A few rows are wrong on purpose (duplicate NIP, unknown golongan, unknown unit) to exercise the rejection path at scale.
using System.Globalization;
using System.Text;
using MiniExcelLibs;

var outDir = args.Length > 0 ? args[0] : "/tmp/kinara-bench-impor";
var jumlah = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 100_000;
var xlsx = args.Contains("--xlsx");
Directory.CreateDirectory(outDir);
var rnd = new Random(42);
var inv = CultureInfo.InvariantCulture;

// Units: 40 perangkat daerah × 4 bidang × 3 seksi, plus 8 UPT under each perangkat daerah. Children before parents
// would also work; the file lists parents first like a SIASN unor export.
var unit = new List<string[]> { new[] { "UNOR_ID", "NAMA_UNOR", "DIATASAN_ID", "JENIS", "ESELON_ID" } };
var jabatan = new List<string[]> { new[] { "JABATAN_ID", "JABATAN_NAMA", "JENIS_JABATAN_NAMA", "ESELON", "JENJANG", "KELAS_JABATAN", "UNOR_ID", "ATASAN_KODE" } };
var posisi = new List<(string Jabatan, string Unit, bool Struktural)>();
string[] bidangNama = ["Perencanaan", "Pelayanan", "Pengembangan", "Pengawasan"];
for (var o = 1; o <= 40; o++)
{
    var opd = $"OPD{o:00}";
    unit.Add([opd, $"Dinas {o:00}", "", "perangkat daerah", "21"]);
    jabatan.Add([$"{opd}-KEPALA", $"Kepala Dinas {o:00}", "Struktural", "II.b", "Pratama", "14", opd, ""]);
    jabatan.Add([$"{opd}-SEK", $"Sekretaris Dinas {o:00}", "Struktural", "III.a", "", "12", opd, $"{opd}-KEPALA"]);
    posisi.Add(($"{opd}-KEPALA", opd, true));
    posisi.Add(($"{opd}-SEK", opd, true));
    for (var f = 1; f <= 5; f++)
    {
        jabatan.Add([$"{opd}-JF{f}", $"Analis {f} Ahli Muda", "Fungsional Tertentu", "", "Ahli Muda", "9", opd, $"{opd}-KEPALA"]);
        posisi.Add(($"{opd}-JF{f}", opd, false));
    }
    for (var b = 1; b <= 4; b++)
    {
        var bid = $"{opd}-B{b}";
        unit.Add([bid, $"Bidang {bidangNama[b - 1]} Dinas {o:00}", opd, "bidang", "31"]);
        jabatan.Add([$"{bid}-KABID", $"Kepala Bidang {bidangNama[b - 1]}", "Struktural", "III.b", "", "11", bid, $"{opd}-KEPALA"]);
        posisi.Add(($"{bid}-KABID", bid, true));
        for (var s = 1; s <= 3; s++)
        {
            var sek = $"{bid}-S{s}";
            unit.Add([sek, $"Seksi {s} {bidangNama[b - 1]} Dinas {o:00}", bid, "seksi", "41"]);
            jabatan.Add([$"{sek}-KASI", $"Kepala Seksi {s}", "Struktural", "IV.a", "", "9", sek, $"{bid}-KABID"]);
            posisi.Add(($"{sek}-KASI", sek, true));
            for (var p = 1; p <= 3; p++)
            {
                jabatan.Add([$"{sek}-P{p}", $"Pelaksana {p} Seksi {s}", "Fungsional Umum", "", p == 1 ? "Klerek" : p == 2 ? "Operator" : "Teknisi", "6", sek, $"{sek}-KASI"]);
                posisi.Add(($"{sek}-P{p}", sek, false));
            }
        }
    }
    for (var u = 1; u <= 8; u++)
    {
        var upt = $"{opd}-UPT{u}";
        unit.Add([upt, $"UPT {u} Dinas {o:00}", opd, "upt", ""]);
        jabatan.Add([$"{upt}-KEPALA", $"Kepala UPT {u}", "Struktural", "IV.a", "", "9", upt, $"{opd}-KEPALA"]);
        jabatan.Add([$"{upt}-GURU", $"Guru Ahli Pertama UPT {u}", "Fungsional Tertentu", "", "Ahli Pertama", "8", upt, $"{upt}-KEPALA"]);
        posisi.Add(($"{upt}-KEPALA", upt, true));
        posisi.Add(($"{upt}-GURU", upt, false));
    }
}

string[] depan = ["Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur", "Oki", "Putri", "Rizki", "Sari", "Teguh", "Wahyu", "Yuli", "Zainal", "Ahmad", "Siti", "Muhammad", "Ni Luh", "I Gusti", "Andi", "Rahmat", "Fajar"];
string[] belakang = ["Saputra", "Wijaya", "Lestari", "Hidayat", "Pratama", "Siregar", "Nasution", "Simanjuntak", "Rahayu", "Kusuma", "Hasibuan", "Setiawan", "Santoso", "Gunawan", "Purnomo", "Harahap", "Syahputra", "Utami", "Permata", "Ramadhan"];
string[] gelarBelakang = ["", "", "S.Pd.", "S.E.", "S.Kom.", "S.H.", "S.Sos.", "S.T., M.T.", "A.Md.", "S.Kep., Ns."];
string[] golPns = ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"];
string[] agama = ["Islam", "Kristen", "Katolik", "Hindu", "Buddha"];

var kolom = new[]
{
    "PNS_ID", "NIP_BARU", "NIP_LAMA", "NAMA", "GELAR_DEPAN", "GELAR_BELAKANG", "TEMPAT_LAHIR_NAMA", "TANGGAL_LAHIR", "JENIS_KELAMIN",
    "AGAMA_NAMA", "NOMOR_HP", "EMAIL", "EMAIL_GOV", "JENIS_PEGAWAI_NAMA", "KEDUDUKAN_HUKUM_NAMA", "STATUS_CPNS_PNS", "GOL_AKHIR_NAMA",
    "JENIS_JABATAN_NAMA", "JABATAN_ID", "JABATAN_NAMA", "UNOR_ID", "UNOR_NAMA", "INSTANSI_INDUK_NAMA",
};
var nips = new HashSet<string>();
var pegawai = new List<string[]>(jumlah + 1) { kolom };
for (var i = 0; i < jumlah; i++)
{
    var lahir = new DateOnly(1966, 1, 1).AddDays(rnd.Next(0, 34 * 365));
    var pppk = i % 8 == 7;
    var cpns = !pppk && i % 33 == 0;
    string nip;
    do
    {
        var tmt = new DateOnly(Math.Min(2025, lahir.Year + rnd.Next(20, 34)), rnd.Next(1, 13), 1);
        var kelamin = rnd.Next(1, 3);
        nip = pppk
            ? $"{lahir:yyyyMMdd}{rnd.Next(2019, 2025)}21{kelamin}{rnd.Next(1, 1000):000}"
            : $"{lahir:yyyyMMdd}{tmt:yyyyMM}{kelamin}{rnd.Next(1, 1000):000}";
    } while (!nips.Add(nip));
    var (jab, unor, _) = posisi[rnd.Next(posisi.Count)];
    var nama = $"{depan[rnd.Next(depan.Length)]} {belakang[rnd.Next(belakang.Length)]}";
    var gol = pppk ? new[] { "V", "VII", "IX", "X", "XI" }[rnd.Next(5)] : golPns[rnd.Next(golPns.Length)];
    var email = $"{nama.ToLowerInvariant().Replace(' ', '.')}{i}@contoh.go.id";
    var aktif = i % 40 == 0 ? "Pensiun" : "Aktif";
    // Wrong on purpose: every 2,000th row repeats an earlier NIP, every 2,500th has an unknown golongan, every 5,000th an unknown unit.
    if (i > 0 && i % 2000 == 0) { nip = pegawai[i - 5][1]; }
    if (i % 2500 == 1) { gol = "III/z"; }
    if (i % 5000 == 2) { unor = "TIDAK-ADA"; }
    pegawai.Add([
        $"A{i:x8}", nip, "", nama, i % 50 == 0 ? "Dr." : "", gelarBelakang[rnd.Next(gelarBelakang.Length)], "Palangka Raya",
        lahir.ToString("dd-MM-yyyy", inv), nip[14] == '2' ? "F" : "M", agama[rnd.Next(agama.Length)],
        $"08{rnd.Next(11, 99)}{rnd.Next(1000000, 9999999)}", email, "", pppk ? "PPPK" : cpns ? "CPNS" : "PNS", aktif,
        cpns ? "C" : "P", gol, "", jab, "", unor, "", "Pemerintah Kabupaten Bench",
    ]);
}

Tulis(Path.Combine(outDir, "unit.csv"), unit);
Tulis(Path.Combine(outDir, "jabatan.csv"), jabatan);
Tulis(Path.Combine(outDir, "pegawai.csv"), pegawai);
if (xlsx)
{
    var path = Path.Combine(outDir, "pegawai.xlsx");
    File.Delete(path);
    // Every cell as text, like a SIASN export: a NIP stored as a number would lose its last digits.
    MiniExcel.SaveAs(path, pegawai.Skip(1).Select(r => kolom.Select((k, i) => (k, v: (object)r[i])).ToDictionary(x => x.k, x => x.v)), printHeader: true);
}
Console.WriteLine($"{outDir}: unit {unit.Count - 1}, jabatan {jabatan.Count - 1}, pegawai {pegawai.Count - 1} baris; pegawai.csv {new FileInfo(Path.Combine(outDir, "pegawai.csv")).Length / 1024.0 / 1024.0:0.0} MB");

static void Tulis(string path, List<string[]> rows)
{
    using var w = new StreamWriter(path, false, new UTF8Encoding(false));
    foreach (var r in rows)
    {
        w.Write(string.Join(',', r.Select(Kutip)));
        w.Write("\r\n");
    }
}

static string Kutip(string s) => s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
