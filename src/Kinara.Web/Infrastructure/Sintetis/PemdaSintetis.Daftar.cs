using Kinara.Web.Infrastructure.Demo;

namespace Kinara.Web.Infrastructure.Sintetis;

/// <summary>The names a generated Pemda is built from: perangkat daerah, bidang, seksi and the staff posts of each kind.</summary>
internal sealed partial class PemdaSintetis
{
    private sealed record Perangkat(string Kode, string Nama, JenisPd Jenis, string[] Bidang);

    /// <summary>In this order: a small Pemda gets the first four (Pendidikan and Kesehatan are the big ones, BKPSDM has the admins, Inspektorat the auditors).</summary>
    private static readonly Perangkat[] DaftarPerangkat =
    [
        new("DISDIK", "Dinas Pendidikan", JenisPd.Pendidikan,
            ["Pembinaan Sekolah Dasar", "Pembinaan Sekolah Menengah Pertama", "Pendidikan Anak Usia Dini dan Pendidikan Nonformal", "Guru dan Tenaga Kependidikan", "Kebudayaan"]),
        new("DINKES", "Dinas Kesehatan", JenisPd.Kesehatan,
            ["Pelayanan Kesehatan", "Kesehatan Masyarakat", "Pencegahan dan Pengendalian Penyakit", "Sumber Daya Kesehatan"]),
        new("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", JenisPd.Kepegawaian,
            ["Pengadaan, Pemberhentian dan Informasi", "Mutasi dan Promosi", "Pengembangan Kompetensi", "Penilaian Kinerja dan Penghargaan"]),
        new("INSPEKTORAT", "Inspektorat", JenisPd.Inspektorat, []),
        new("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", JenisPd.Umum,
            ["Pelayanan Pendaftaran Penduduk", "Pelayanan Pencatatan Sipil", "Pengelolaan Informasi Administrasi Kependudukan", "Pemanfaatan Data dan Inovasi Pelayanan"]),
        new("DLH", "Dinas Lingkungan Hidup", JenisPd.Umum, ["Pengelolaan Sampah", "Pengendalian Pencemaran", "Penataan dan Peningkatan Kapasitas", "Pertamanan"]),
        new("DISHUB", "Dinas Perhubungan", JenisPd.Umum, ["Lalu Lintas", "Angkutan", "Sarana dan Prasarana", "Pengujian Kendaraan Bermotor"]),
        new("DINSOS", "Dinas Sosial", JenisPd.Umum, ["Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial", "Pemberdayaan Sosial", "Penanganan Fakir Miskin"]),
        new("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", JenisPd.Umum, ["Bina Marga", "Sumber Daya Air", "Cipta Karya", "Penataan Ruang"]),
        new("DISTAN", "Dinas Pertanian", JenisPd.Umum, ["Tanaman Pangan", "Hortikultura", "Peternakan", "Penyuluhan"]),
        new("DISKAN", "Dinas Perikanan", JenisPd.Umum, []),
        new("DISPERINDAG", "Dinas Perindustrian dan Perdagangan", JenisPd.Umum, []),
        new("DISKOP", "Dinas Koperasi dan Usaha Mikro", JenisPd.Umum, []),
        new("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", JenisPd.Umum, []),
        new("DISPAR", "Dinas Pariwisata", JenisPd.Umum, []),
        new("DISPORA", "Dinas Pemuda dan Olahraga", JenisPd.Umum, []),
        new("DKP", "Dinas Ketahanan Pangan", JenisPd.Umum, []),
        new("DPERKIM", "Dinas Perumahan dan Kawasan Permukiman", JenisPd.Umum, []),
        new("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", JenisPd.Umum, []),
        new("DPPKB", "Dinas Pengendalian Penduduk dan Keluarga Berencana", JenisPd.Umum, []),
        new("DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", JenisPd.Umum, []),
        new("DISKOMINFO", "Dinas Komunikasi dan Informatika", JenisPd.Umum, []),
        new("DISPUSIP", "Dinas Perpustakaan dan Kearsipan", JenisPd.Umum, []),
        new("DISNAKER", "Dinas Tenaga Kerja", JenisPd.Umum, []),
        new("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", JenisPd.Umum, []),
        new("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", JenisPd.Umum, []),
        new("BAPENDA", "Badan Pendapatan Daerah", JenisPd.Umum, []),
        new("BPBD", "Badan Penanggulangan Bencana Daerah", JenisPd.Umum, []),
        new("SATPOLPP", "Satuan Polisi Pamong Praja", JenisPd.Umum, []),
        new("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", JenisPd.Umum, []),
    ];

    private static readonly string[] NamaAsisten =
    [
        "Asisten Pemerintahan dan Kesejahteraan Rakyat", "Asisten Perekonomian dan Pembangunan", "Asisten Administrasi Umum",
        "Staf Ahli Bupati Bidang Kemasyarakatan dan Sumber Daya Manusia",
    ];

    private static readonly string[] BidangUmum =
        ["Program dan Pelaporan", "Pelayanan", "Pengembangan", "Pengendalian", "Pembinaan", "Sarana dan Prasarana", "Data dan Informasi", "Kerja Sama"];

    private static readonly string[] Subbagian =
        ["Umum dan Kepegawaian", "Keuangan", "Perencanaan dan Pelaporan", "Aset dan Perlengkapan", "Hukum dan Hubungan Masyarakat", "Tata Usaha"];

    private static readonly string[] Seksi =
    [
        "Perencanaan", "Pelaksanaan", "Evaluasi dan Pelaporan", "Pembinaan", "Pengawasan", "Data dan Informasi", "Pengembangan", "Pengendalian",
        "Kerja Sama", "Sarana dan Prasarana",
    ];

    private static readonly (string Nama, Profesi Profesi)[] KoordinatorPuskesmas =
        [("Perawat Ahli Muda", Profesi.PerawatAhli), ("Bidan Ahli Muda", Profesi.BidanAhli), ("Dokter Ahli Muda", Profesi.Dokter), ("Administrator Kesehatan Ahli Muda", Profesi.Kesmas)];

    private static readonly Pilihan[] StafUmum =
    [
        new("Pengadministrasi Perkantoran", Profesi.Pelaksana, 3), new("Penata Layanan Operasional", Profesi.Pelaksana, 2),
        new("Operator Layanan Operasional", Profesi.Pelaksana, 2), new("Pengolah Data dan Informasi", Profesi.Pelaksana, 1),
        new("Analis Kebijakan Ahli Pertama", Profesi.Umum, 1), new("Pranata Komputer Ahli Pertama", Profesi.Komputer, 0.6),
        new("Perencana Ahli Pertama", Profesi.Perencana, 0.5), new("Pranata Keuangan APBD Terampil", Profesi.Keuangan, 0.6),
    ];

    private static readonly Pilihan[] StafMadya = [new("Analis Kebijakan Ahli Madya", Profesi.Umum, 2), new("Perencana Ahli Madya", Profesi.Perencana, 1)];

    private static readonly Pilihan[] StafSekolah =
    [
        new("Guru Ahli Pertama", Profesi.Guru, 6), new("Guru Ahli Muda", Profesi.GuruSenior, 3), new("Guru Ahli Madya", Profesi.GuruSenior, 1),
        new("Pengadministrasi Perkantoran", Profesi.Pelaksana, 0.7),
    ];

    private static readonly Pilihan[] StafPuskesmas =
    [
        new("Dokter Ahli Pertama", Profesi.Dokter, 1), new("Dokter Gigi Ahli Pertama", Profesi.DokterGigi, 0.3), new("Perawat Ahli Pertama", Profesi.PerawatAhli, 2),
        new("Perawat Terampil", Profesi.PerawatTerampil, 3), new("Bidan Terampil", Profesi.BidanTerampil, 3), new("Bidan Ahli Pertama", Profesi.BidanAhli, 0.5),
        new("Nutrisionis Terampil", Profesi.NutrisionisTerampil, 1), new("Apoteker Ahli Pertama", Profesi.Apoteker, 0.7),
        new("Pengadministrasi Perkantoran", Profesi.Pelaksana, 1),
    ];

    private static readonly Pilihan[] StafDinkes =
        [new("Administrator Kesehatan Ahli Pertama", Profesi.Kesmas, 2), new("Epidemiolog Kesehatan Ahli Pertama", Profesi.Kesmas, 1), .. StafUmum];

    private static readonly Pilihan[] StafKepegawaian =
        [new("Analis Sumber Daya Manusia Aparatur Ahli Pertama", Profesi.Kepegawaian, 4), new("Pranata Sumber Daya Manusia Aparatur Terampil", Profesi.KomputerTerampil, 1), .. StafUmum];

    private static readonly Pilihan[] StafInspektorat =
    [
        new("Auditor Ahli Pertama", Profesi.Auditor, 4), new("Auditor Ahli Muda", Profesi.Auditor, 2),
        new("Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Pertama", Profesi.Hukum, 1), .. StafUmum,
    ];
}
