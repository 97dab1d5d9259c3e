using Kinara.Domain.Perencanaan;
using static Kinara.Domain.Perencanaan.AspekIndikator;

namespace Kinara.Web.Infrastructure.Demo;

/// <summary>The indicator library every demo Pemda starts with: RHK fitted to the jobs the seed documents name.</summary>
public static partial class DemoPerencanaan
{
    private sealed record Templat(string Kelompok, string KataKunci, JenisRhk Jenis, string Teks, TemplateIndikator[] Indikator);

    private static TemplateIndikator I(AspekIndikator aspek, string teks, decimal target, string satuan) => new(aspek, null, teks, target, null, satuan);

    private static Templat U(string kelompok, string kataKunci, string teks, params TemplateIndikator[] indikator) =>
        new(kelompok, kataKunci, JenisRhk.Utama, teks, indikator);

    private static Templat Tambahan(string kelompok, string kataKunci, string teks, params TemplateIndikator[] indikator) =>
        new(kelompok, kataKunci, JenisRhk.Tambahan, teks, indikator);

    private const string Guru = "Guru";
    private const string Nakes = "Tenaga Kesehatan";
    private const string Dukcapil = "Kependudukan dan Pencatatan Sipil";
    private const string Lh = "Lingkungan Hidup";
    private const string Hub = "Perhubungan";
    private const string Pelaksana = "Pelaksana Umum";
    private const string Analis = "Analis dan Fungsional Umum";

    private static readonly Templat[] Pustaka =
    [
        // Guru: teaching, school involvement, student results (seed: Sabangau, Jambi, Serang).
        U(Guru, "Guru", "Terlaksananya pembelajaran yang berkualitas sesuai kurikulum",
            I(Kuantitas, "Jumlah jam tatap muka pembelajaran yang dilaksanakan per minggu", 24, "jam"),
            I(Kualitas, "Persentase peserta didik yang mencapai kriteria ketuntasan (KKTP/KKM)", 85, "%"),
            I(Waktu, "Ketepatan waktu penyusunan modul ajar sebelum awal semester", 100, "%")),
        U(Guru, "Guru", "Terlaksananya asesmen dan evaluasi hasil belajar peserta didik",
            I(Kuantitas, "Jumlah asesmen sumatif yang dilaksanakan dan dianalisis", 4, "asesmen"),
            I(Kualitas, "Rata-rata nilai asesmen sumatif peserta didik pada mata pelajaran yang diampu", 78, "nilai"),
            I(Waktu, "Rapor diserahkan kepada wali kelas paling lambat sesuai kalender pendidikan", 2, "semester")),
        U(Guru, "Guru", "Meningkatnya keterlibatan guru dalam kegiatan sekolah dan komunitas belajar",
            I(Kuantitas, "Jumlah pertemuan komunitas belajar (KKG/MGMP/kombel) yang diikuti", 12, "pertemuan"),
            I(Kuantitas, "Jumlah kegiatan sekolah yang melibatkan guru sebagai panitia atau pembina (P5, ekstrakurikuler, lomba)", 4, "kegiatan"),
            I(Kualitas, "Jumlah praktik baik pembelajaran yang dibagikan kepada rekan sejawat", 2, "praktik baik")),
        U(Guru, "Guru", "Meningkatnya hasil belajar peserta didik",
            I(Kualitas, "Rata-rata nilai rapor peserta didik pada mata pelajaran yang diampu", 80, "nilai"),
            I(Kualitas, "Persentase peserta didik naik kelas atau lulus", 98, "%"),
            I(Kuantitas, "Jumlah peserta didik yang mendapat pembelajaran remedial atau pengayaan", 30, "orang")),
        Tambahan(Guru, "Guru", "Terlaksananya pembinaan kegiatan ekstrakurikuler",
            I(Kuantitas, "Jumlah pertemuan ekstrakurikuler yang dibina", 32, "pertemuan"),
            I(Kualitas, "Jumlah prestasi lomba peserta didik binaan tingkat kabupaten/kota atau lebih tinggi", 1, "prestasi")),
        U(Guru, "Kepala Sekolah", "Meningkatnya mutu pembelajaran di satuan pendidikan",
            I(Kualitas, "Persentase indikator rapor pendidikan (literasi, numerasi, iklim sekolah) berkategori baik", 70, "%"),
            I(Kuantitas, "Persentase guru yang memperoleh supervisi akademik", 100, "%"),
            I(Waktu, "Rencana Kegiatan dan Anggaran Sekolah (RKAS) ditetapkan paling lambat Januari", 1, "dokumen")),

        // Tenaga kesehatan: services given and how fast complaints are answered (seed: Sabangau, Jambi, Mamuju).
        U(Nakes, "Perawat", "Terlaksananya asuhan keperawatan yang bermutu bagi pasien",
            I(Kuantitas, "Jumlah pasien yang mendapat asuhan keperawatan", 1200, "pasien"),
            I(Kualitas, "Persentase keluhan pasien yang ditanggapi paling lama 1×24 jam", 100, "%"),
            I(Kualitas, "Indeks kepuasan pasien terhadap pelayanan keperawatan", 85, "nilai"),
            I(Waktu, "Rata-rata waktu tunggu pelayanan rawat jalan", 60, "menit")),
        U(Nakes, "Bidan Terampil, Bidan Mahir, Bidan Penyelia, Bidan Ahli", "Meningkatnya cakupan pelayanan kesehatan ibu dan anak",
            I(Kuantitas, "Jumlah ibu hamil yang mendapat pelayanan antenatal (ANC) minimal 6 kali", 120, "orang"),
            I(Kualitas, "Cakupan imunisasi dasar lengkap bayi di wilayah binaan", 95, "%"),
            I(Kualitas, "Persentase persalinan yang ditolong tenaga kesehatan di fasilitas kesehatan", 98, "%"),
            I(Waktu, "Ketepatan waktu penyampaian laporan KIA bulanan (paling lambat tanggal 5)", 12, "bulan")),
        U(Nakes, "Dokter", "Terlaksananya pelayanan medis yang cepat dan bermutu",
            I(Kuantitas, "Jumlah pasien yang dilayani", 3000, "pasien"),
            I(Kualitas, "Persentase rujukan kasus non-spesialistik (paling tinggi)", 2, "%"),
            I(Kualitas, "Persentase pengaduan pasien yang ditindaklanjuti paling lama 1×24 jam", 100, "%"),
            I(Waktu, "Waktu tanggap pelayanan kegawatdaruratan", 5, "menit")),
        U(Nakes, "Nutrisionis", "Meningkatnya status gizi balita di wilayah kerja",
            I(Kuantitas, "Jumlah balita yang dipantau pertumbuhannya", 500, "balita"),
            I(Kualitas, "Persentase balita gizi kurang yang mendapat pemberian makanan tambahan", 100, "%"),
            I(Waktu, "Ketepatan waktu laporan pemantauan status gizi bulanan", 12, "bulan")),
        U(Nakes, "Apoteker", "Terjaminnya ketersediaan dan pelayanan obat yang bermutu",
            I(Kualitas, "Persentase ketersediaan obat esensial", 95, "%"),
            I(Waktu, "Rata-rata waktu tunggu pelayanan resep obat jadi", 30, "menit"),
            I(Kuantitas, "Jumlah pasien yang mendapat konseling obat", 600, "pasien")),
        U(Nakes, "Kepala Puskesmas", "Meningkatnya mutu dan kecepatan layanan puskesmas",
            I(Kualitas, "Indeks Kepuasan Masyarakat (IKM) terhadap layanan puskesmas", 85, "nilai"),
            I(Kualitas, "Persentase pengaduan masyarakat yang ditindaklanjuti paling lama 1×24 jam", 100, "%"),
            I(Kuantitas, "Capaian Standar Pelayanan Minimal (SPM) bidang kesehatan", 100, "%")),
        U(Nakes, "Epidemiolog, Sanitarian, Penyuluh Kesehatan", "Terlaksananya surveilans dan pencegahan penyakit di masyarakat",
            I(Kuantitas, "Jumlah penyelidikan epidemiologi atau inspeksi kesehatan lingkungan yang dilaksanakan", 24, "kegiatan"),
            I(Waktu, "Persentase laporan kewaspadaan dini (SKDR) mingguan yang tepat waktu", 90, "%"),
            I(Kualitas, "Persentase kejadian luar biasa yang direspons paling lama 1×24 jam", 100, "%")),

        // Dukcapil: documents issued, service time, online requests (seed: Serang, Samarinda).
        U(Dukcapil, "Administrator Database Kependudukan, Operator Layanan Operasional", "Terbitnya dokumen kependudukan yang akurat dan tepat waktu",
            I(Kuantitas, "Jumlah dokumen kependudukan (KTP-el, KK, KIA, akta) yang diterbitkan", 4000, "dokumen"),
            I(Kualitas, "Persentase dokumen yang terbit tanpa kesalahan data", 99, "%"),
            I(Waktu, "Waktu penyelesaian layanan dokumen kependudukan", 1, "hari kerja")),
        U(Dukcapil, "Administrator Database Kependudukan, Operator Layanan Operasional", "Terlayaninya permohonan dokumen kependudukan secara daring",
            I(Kuantitas, "Jumlah permohonan daring yang diverifikasi", 2500, "permohonan"),
            I(Kualitas, "Persentase permohonan daring yang selesai", 95, "%"),
            I(Waktu, "Rata-rata waktu verifikasi permohonan daring", 1, "hari kerja")),
        U(Dukcapil, "Administrator Database Kependudukan, Pranata Komputer", "Terkelolanya basis data kependudukan yang mutakhir",
            I(Kualitas, "Persentase data ganda (NIK ganda) yang ditindaklanjuti", 100, "%"),
            I(Kuantitas, "Jumlah perekaman KTP-el penduduk wajib KTP", 1500, "orang"),
            I(Waktu, "Ketepatan waktu konsolidasi data kependudukan semesteran", 2, "semester")),

        // Dinas Lingkungan Hidup: supervision, waste handled, complaints followed up (seed: Jambi).
        U(Lh, "Pengawas Lingkungan Hidup, Pengendali Dampak Lingkungan", "Terlaksananya pengawasan ketaatan usaha/kegiatan terhadap persetujuan lingkungan",
            I(Kuantitas, "Jumlah usaha/kegiatan yang diawasi", 24, "usaha"),
            I(Kualitas, "Persentase usaha/kegiatan yang diawasi berstatus taat", 80, "%"),
            I(Waktu, "Laporan hasil pengawasan disampaikan paling lama setelah pengawasan", 7, "hari")),
        U(Lh, "Penata Layanan Operasional, Operator Layanan Operasional, Pengendali Dampak Lingkungan", "Meningkatnya timbulan sampah yang terkelola",
            I(Kualitas, "Persentase timbulan sampah yang terkelola", 75, "%"),
            I(Kuantitas, "Jumlah bank sampah aktif yang dibina", 10, "unit"),
            I(Kuantitas, "Volume sampah yang terangkut ke TPA", 12000, "ton")),
        U(Lh, "Pengawas Lingkungan Hidup, Penata Layanan Operasional", "Tertanganinya pengaduan masyarakat terkait pencemaran dan kerusakan lingkungan",
            I(Kualitas, "Persentase pengaduan lingkungan yang ditindaklanjuti", 100, "%"),
            I(Waktu, "Verifikasi lapangan atas pengaduan", 3, "hari kerja"),
            I(Kuantitas, "Jumlah pengaduan yang diverifikasi di lapangan", 30, "pengaduan")),
        U(Lh, "Pengendali Dampak Lingkungan", "Tersusunnya penilaian dokumen lingkungan yang tepat waktu",
            I(Kuantitas, "Jumlah dokumen UKL-UPL yang dinilai", 20, "dokumen"),
            I(Waktu, "Waktu penilaian dokumen UKL-UPL", 10, "hari kerja")),

        // Dinas Perhubungan: roadworthiness tests, accident black spots, timetable keeping (seed: Mamuju).
        U(Hub, "Penguji Kendaraan Bermotor", "Terlaksananya pengujian berkala kendaraan bermotor (uji KIR)",
            I(Kuantitas, "Jumlah kendaraan wajib uji yang diuji", 2400, "kendaraan"),
            I(Kualitas, "Persentase pengujian yang dilaksanakan sesuai prosedur", 100, "%"),
            I(Waktu, "Rata-rata waktu pelayanan uji per kendaraan", 60, "menit")),
        U(Hub, "Analis Kebijakan, Penata Layanan Operasional, Operator Layanan Operasional", "Tertanganinya titik rawan kecelakaan lalu lintas",
            I(Kuantitas, "Jumlah titik rawan kecelakaan yang ditangani", 6, "titik"),
            I(Kuantitas, "Jumlah rambu dan marka jalan yang terpasang", 120, "unit"),
            I(Kualitas, "Penurunan jumlah kecelakaan di titik yang ditangani", 10, "%")),
        U(Hub, "Analis Kebijakan, Operator Layanan Operasional", "Meningkatnya ketepatan jadwal angkutan umum",
            I(Kualitas, "Persentase keberangkatan angkutan umum yang tepat jadwal", 90, "%"),
            I(Kuantitas, "Jumlah trayek yang dipantau", 12, "trayek"),
            I(Waktu, "Ketepatan waktu laporan pemantauan angkutan bulanan", 12, "bulan")),

        // Generic posts.
        U(Pelaksana, "Pengadministrasi, Operator, Penata", "Terlaksananya administrasi persuratan dan kearsipan unit kerja",
            I(Kuantitas, "Jumlah surat masuk dan keluar yang diadministrasikan", 1200, "surat"),
            I(Kualitas, "Persentase surat yang terdistribusi tanpa kesalahan", 100, "%"),
            I(Waktu, "Waktu distribusi surat masuk kepada pejabat yang dituju", 1, "hari kerja")),
        U(Pelaksana, "Pengadministrasi, Operator, Penata", "Tersedianya data dan laporan administrasi unit kerja",
            I(Kuantitas, "Jumlah laporan bulanan yang disusun", 12, "laporan"),
            I(Waktu, "Ketepatan waktu penyampaian laporan (paling lambat tanggal 5)", 12, "bulan")),
        U(Analis, "Analis, Pengawas Penyelenggaraan", "Tersusunnya kajian dan rekomendasi kebijakan sesuai bidang tugas",
            I(Kuantitas, "Jumlah dokumen kajian yang disusun", 4, "dokumen"),
            I(Kualitas, "Persentase rekomendasi yang diterima pimpinan", 75, "%"),
            I(Waktu, "Ketepatan waktu penyelesaian kajian", 12, "bulan")),
        U(Analis, "Analis Kepegawaian, Analis Sumber Daya Manusia Aparatur", "Terlaksananya pengelolaan kinerja pegawai",
            I(Kuantitas, "Jumlah SKP pegawai yang diverifikasi", 300, "dokumen"),
            I(Kualitas, "Persentase pegawai yang SKP-nya disetujui tepat waktu", 95, "%"),
            I(Waktu, "Rekapitulasi penilaian kinerja tahunan disampaikan paling lambat Januari", 1, "dokumen")),
        U(Analis, "Analis Kepegawaian, Analis Sumber Daya Manusia Aparatur", "Terlayaninya usul layanan kepegawaian",
            I(Kuantitas, "Jumlah usul kenaikan pangkat dan jabatan yang diproses", 150, "usul"),
            I(Kualitas, "Persentase usul yang selesai tanpa pengembalian berkas", 95, "%"),
            I(Waktu, "Waktu penyelesaian usul layanan", 5, "hari kerja")),
        U(Analis, "Pranata Komputer", "Tersedianya layanan sistem informasi yang andal",
            I(Kualitas, "Ketersediaan layanan aplikasi (uptime)", 99, "%"),
            I(Waktu, "Waktu tanggap penanganan gangguan", 4, "jam"),
            I(Kuantitas, "Jumlah permintaan dukungan TIK yang diselesaikan", 200, "permintaan")),
        U(Analis, "Perencana", "Tersusunnya dokumen perencanaan dan evaluasi kinerja perangkat daerah",
            I(Kuantitas, "Jumlah dokumen perencanaan (Renja, RKA, LKjIP) yang disusun", 3, "dokumen"),
            I(Waktu, "Persentase dokumen yang selesai sesuai jadwal", 100, "%")),
        U(Analis, "Pranata Keuangan", "Terlaksananya penatausahaan keuangan yang tertib",
            I(Kuantitas, "Jumlah laporan pertanggungjawaban (SPJ) yang disusun", 12, "laporan"),
            I(Kualitas, "Persentase SPJ yang diterima tanpa koreksi", 95, "%"),
            I(Waktu, "SPJ disampaikan paling lambat tanggal 10 bulan berikutnya", 12, "bulan")),
        U(Analis, "Auditor", "Terlaksananya pengawasan intern atas penyelenggaraan pemerintahan daerah",
            I(Kuantitas, "Jumlah penugasan audit dan reviu yang diselesaikan", 8, "penugasan"),
            I(Kualitas, "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", 80, "%"),
            I(Waktu, "Laporan hasil pengawasan terbit paling lama setelah penugasan berakhir", 14, "hari")),
    ];

    private static List<TemplateRhk> BuatPustaka(Guid instansiId) =>
        Pustaka.Select(t => new TemplateRhk
        {
            InstansiId = instansiId, Kelompok = t.Kelompok, KataKunciJabatan = t.KataKunci, Jenis = t.Jenis, Teks = t.Teks, Indikator = [.. t.Indikator],
        }).ToList();
}
