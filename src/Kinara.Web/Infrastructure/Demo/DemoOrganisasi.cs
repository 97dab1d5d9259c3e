using Kinara.Domain.Organisasi;

namespace Kinara.Web.Infrastructure.Demo;

/// <summary>A post to fill: how many holders it gets, what kind of person, and any demo account that must hold it.</summary>
public sealed class DemoSlot(Jabatan jabatan, Profesi profesi, int jumlah, IReadOnlyList<DemoOrang> tetap, string perangkat)
{
    public Jabatan Jabatan { get; } = jabatan;
    public Profesi Profesi { get; } = profesi;
    public int Jumlah { get; set; } = Math.Max(jumlah, tetap.Count);
    public IReadOnlyList<DemoOrang> Tetap { get; } = tetap;
    /// <summary>Kode of the perangkat daerah the post belongs to.</summary>
    public string Perangkat { get; } = perangkat;
}

/// <summary>Staff posts of a unit: a fungsional (name + jenjang) or pelaksana post with a random number of holders.</summary>
public sealed record Staf(string Nama, JenisJabatan Jenis, string Jenjang, Profesi Profesi, int Min, int Max, DemoOrang? Tetap = null)
{
    public static Staf F(string nama, string jenjang, Profesi profesi, int min, int max, DemoOrang? tetap = null) =>
        new(nama, JenisJabatan.Fungsional, jenjang, profesi, min, max, tetap);

    public static Staf P(string nama, string jenjang, Profesi profesi, int min, int max) =>
        new(nama, JenisJabatan.Pelaksana, jenjang, profesi, min, max);

    public static Staf Administrasi(int min = 1, int max = 2) => P("Pengadministrasi Perkantoran", "Klerek", Profesi.Pelaksana, min, max);
}

/// <summary>A bidang (or bagian, or inspektur pembantu) with its seksi/subbagian and staff.</summary>
public sealed record BidangSpec(string Nama, Profesi ProfesiKepala, string[] Seksi, Staf[] StafBidang, Staf? StafSeksi = null,
    string? JabatanKepala = null, DemoOrang? Kepala = null);

public sealed record PerangkatSpec(string Kode, string Nama, string JabatanKepala, Profesi ProfesiKepala, BidangSpec[] Bidang,
    string[]? Subbagian = null, string? KodeBidang = "BID");

/// <summary>
/// Builds one Pemda's unit tree and position tree (DOMAIN.md §8.3): Sekretaris Daerah (JPT Pratama) at the top,
/// kepala perangkat daerah under the Sekda, administrator and pengawas posts below, fungsional and pelaksana posts under
/// them, and UPT (sekolah, puskesmas) whose heads report to a kepala bidang or the kepala dinas.
/// Records which posts may be left vacant so the seeder can demonstrate vacancies and a Plt.
/// </summary>
public sealed class DemoOrganisasi(Guid instansiId, string namaWilayah, Random rng, DemoAkunOrang? demo)
{
    private readonly Dictionary<Guid, Guid?> _induk = [];
    private readonly Dictionary<Guid, Guid?> _atasan = [];
    private readonly Dictionary<Guid, int> _nomorJabatan = [];

    public List<UnitOrganisasi> Unit { get; } = [];
    public List<Jabatan> Jabatan { get; } = [];
    public List<DemoSlot> Slot { get; } = [];
    /// <summary>Kepala and sekretaris posts of the ordinary dinas: one kepala is left vacant with the sekretaris as Plt.</summary>
    public List<(DemoSlot Kepala, DemoSlot Sekretaris)> DinasBiasa { get; } = [];
    /// <summary>Structural posts that may be left vacant without breaking the demo accounts' chain.</summary>
    public List<DemoSlot> BolehKosong { get; } = [];
    public UnitOrganisasi Bkpsdm { get; private set; } = null!;
    public UnitOrganisasi Setda { get; private set; } = null!;

    public void Bangun(string[] puskesmas)
    {
        var sekda = BangunSetda();
        BangunInspektorat(sekda);
        BangunDisdik(sekda);
        BangunDinkes(sekda, puskesmas);
        BangunBkpsdm(sekda);
        foreach (var spec in DinasBiasaSpec)
        {
            var (_, kepala, sekretaris) = Perangkat(spec, sekda);
            DinasBiasa.Add((kepala, sekretaris));
        }
    }

    private Jabatan BangunSetda()
    {
        Setda = U("SETDA", "Sekretariat Daerah", JenisUnit.PerangkatDaerah, null);
        var sekda = J(Setda, "Sekretaris Daerah", JenisJabatan.Jpt, "Pratama", 15, null, Profesi.Pimpinan, "SETDA", tetap: demo?.Sekda);
        var asisten = new[]
        {
            ("Asisten Pemerintahan dan Kesejahteraan Rakyat", new[]
            {
                new BidangSpec("Bagian Pemerintahan", Profesi.Pimpinan, ["Subbagian Administrasi Pemerintahan dan Otonomi Daerah"],
                    [Staf.F("Analis Kebijakan", "Ahli Pertama", Profesi.Umum, 2, 3)], Staf.Administrasi(2, 3)),
                new BidangSpec("Bagian Hukum", Profesi.Hukum, ["Subbagian Bantuan Hukum"],
                    [Staf.F("Perancang Peraturan Perundang-undangan", "Ahli Pertama", Profesi.Hukum, 1, 2),
                     Staf.F("Analis Hukum", "Ahli Pertama", Profesi.Hukum, 1, 1)], Staf.Administrasi(2, 3)),
            }),
            ("Asisten Administrasi Umum", new[]
            {
                new BidangSpec("Bagian Organisasi", Profesi.Pimpinan, ["Subbagian Kelembagaan dan Analisis Jabatan"],
                    [Staf.F("Analis Kebijakan", "Ahli Pertama", Profesi.Umum, 1, 2), Staf.F("Analis Kebijakan", "Ahli Muda", Profesi.Umum, 1, 1)], Staf.Administrasi(2, 3)),
                new BidangSpec("Bagian Umum dan Protokol", Profesi.Pimpinan, ["Subbagian Tata Usaha Pimpinan dan Rumah Tangga"],
                    [Staf.F("Pranata Hubungan Masyarakat", "Ahli Pertama", Profesi.Humas, 1, 2), Staf.F("Arsiparis", "Terampil", Profesi.KomputerTerampil, 1, 1)],
                    Staf.Administrasi(2, 3)),
            }),
        };
        var nomor = 0;
        foreach (var (nama, bagian) in asisten)
        {
            var a = J(Setda, nama, JenisJabatan.Jpt, "Pratama", 14, sekda.Jabatan, Profesi.Pimpinan, "SETDA").Jabatan;
            J(Setda, "Analis Kebijakan Ahli Muda", JenisJabatan.Fungsional, "Ahli Muda", Kelas(JenisJabatan.Fungsional, "Ahli Muda"), a, Profesi.Umum, "SETDA", jumlah: 2);
            foreach (var b in bagian)
            {
                Bidang(Setda, $"SETDA-BAG-{++nomor}", b, a, "SETDA", "SUB");
            }
        }
        return sekda.Jabatan;
    }

    private void BangunInspektorat(Jabatan sekda)
    {
        BidangSpec Irban(string wilayah, DemoOrang? auditor) => new($"Inspektur Pembantu Wilayah {wilayah}", Profesi.Auditor, [],
        [
            Staf.F("Auditor", "Ahli Muda", Profesi.Auditor, 1, 1, auditor),
            Staf.F("Auditor", "Ahli Pertama", Profesi.Auditor, 1, 2),
            Staf.F("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", "Ahli Pertama", Profesi.Umum, 1, 1),
        ], JabatanKepala: $"Inspektur Pembantu Wilayah {wilayah}");
        Perangkat(new PerangkatSpec("INSP", "Inspektorat", "Inspektur", Profesi.Pimpinan,
            [Irban("I", demo?.Auditor), Irban("II", null), Irban("III", null)],
            ["Subbagian Umum, Keuangan dan Perencanaan"], "IRBAN"), sekda);
    }

    private void BangunDisdik(Jabatan sekda)
    {
        var (pd, _, _) = Perangkat(new PerangkatSpec("DISDIK", "Dinas Pendidikan", "Kepala Dinas Pendidikan", Profesi.PimpinanPendidikan,
        [
            new("Bidang Pembinaan Sekolah Dasar", Profesi.PimpinanPendidikan, ["Seksi Kurikulum dan Peserta Didik SD"],
                [Staf.F("Pengawas Sekolah", "Ahli Madya", Profesi.PengawasSekolah, 1, 1)], Staf.Administrasi(2, 2)),
            new("Bidang Pembinaan Sekolah Menengah Pertama", Profesi.PimpinanPendidikan, ["Seksi Kurikulum dan Peserta Didik SMP"],
                [Staf.F("Pengawas Sekolah", "Ahli Madya", Profesi.PengawasSekolah, 1, 1)], Staf.Administrasi(2, 2)),
            new("Bidang Guru dan Tenaga Kependidikan", Profesi.PimpinanPendidikan, ["Seksi Pendidik dan Tenaga Kependidikan"],
                [Staf.F("Analis Kepegawaian", "Ahli Pertama", Profesi.Kepegawaian, 1, 2), Staf.F("Pengembang Teknologi Pembelajaran", "Ahli Pertama", Profesi.Komputer, 1, 1)],
                Staf.Administrasi(2, 2)),
        ], ["Subbagian Umum dan Kepegawaian", "Subbagian Keuangan dan Perencanaan"]), sekda);
        var kabidSd = Jabatan.Single(j => j.Nama == "Kepala Bidang Pembinaan Sekolah Dasar");
        var kabidSmp = Jabatan.Single(j => j.Nama == "Kepala Bidang Pembinaan Sekolah Menengah Pertama");
        for (var i = 1; i <= 4; i++)
        {
            Sekolah(pd, $"SDN-{i:000}", $"SD Negeri {i} {namaWilayah}", kabidSd, guruPertama: (2, 3), guruMuda: (1, 2), guruMadya: (0, 0));
        }
        for (var i = 1; i <= 2; i++)
        {
            Sekolah(pd, $"SMPN-{i:000}", $"SMP Negeri {i} {namaWilayah}", kabidSmp, guruPertama: (3, 4), guruMuda: (2, 3), guruMadya: (0, 1));
        }
    }

    private void Sekolah(UnitOrganisasi disdik, string kode, string nama, Jabatan kabid, (int, int) guruPertama, (int, int) guruMuda, (int, int) guruMadya)
    {
        var sekolah = U(kode, nama, JenisUnit.Upt, disdik);
        // A kepala sekolah is a guru with an additional task (tugas tambahan), rated by the kepala bidang that supervises the school.
        var kepsek = J(sekolah, "Kepala Sekolah", JenisJabatan.Fungsional, "Ahli Madya", 11, kabid, Profesi.KepalaSekolah, "DISDIK").Jabatan;
        TambahStaf(sekolah, kepsek, "DISDIK", Staf.F("Guru", "Ahli Pertama", Profesi.Guru, guruPertama.Item1, guruPertama.Item2));
        TambahStaf(sekolah, kepsek, "DISDIK", Staf.F("Guru", "Ahli Muda", Profesi.GuruSenior, guruMuda.Item1, guruMuda.Item2));
        TambahStaf(sekolah, kepsek, "DISDIK", Staf.F("Guru", "Ahli Madya", Profesi.GuruSenior, guruMadya.Item1, guruMadya.Item2));
        TambahStaf(sekolah, kepsek, "DISDIK", Staf.Administrasi(1, 1));
    }

    private void BangunDinkes(Jabatan sekda, string[] puskesmas)
    {
        var (pd, kadis, _) = Perangkat(new PerangkatSpec("DINKES", "Dinas Kesehatan", "Kepala Dinas Kesehatan", Profesi.PimpinanKesehatan,
        [
            new("Bidang Kesehatan Masyarakat", Profesi.PimpinanKesehatan, ["Seksi Kesehatan Keluarga dan Gizi"],
                [Staf.F("Nutrisionis", "Ahli Pertama", Profesi.Gizi, 1, 1), Staf.F("Penyuluh Kesehatan Masyarakat", "Ahli Pertama", Profesi.Kesmas, 1, 2)],
                Staf.Administrasi(2, 2)),
            new("Bidang Pencegahan dan Pengendalian Penyakit", Profesi.PimpinanKesehatan, ["Seksi Surveilans dan Imunisasi"],
                [Staf.F("Epidemiolog Kesehatan", "Ahli Pertama", Profesi.Kesmas, 2, 2), Staf.F("Sanitarian", "Ahli Pertama", Profesi.Kesmas, 1, 1)],
                Staf.Administrasi(2, 2)),
            new("Bidang Pelayanan dan Sumber Daya Kesehatan", Profesi.PimpinanKesehatan, ["Seksi Kefarmasian dan Alat Kesehatan"],
                [Staf.F("Apoteker", "Ahli Pertama", Profesi.Apoteker, 1, 1), Staf.F("Administrator Kesehatan", "Ahli Pertama", Profesi.Kesmas, 1, 2)],
                Staf.Administrasi(2, 2)),
        ], ["Subbagian Umum dan Kepegawaian", "Subbagian Keuangan dan Perencanaan"]), sekda);
        for (var i = 0; i < puskesmas.Length; i++)
        {
            var unit = U($"PKM-{i + 1:000}", $"Puskesmas {puskesmas[i]}", JenisUnit.Upt, pd);
            var kapus = J(unit, "Kepala Puskesmas", JenisJabatan.Pengawas, null, 9, kadis.Jabatan, Profesi.PimpinanKesehatan, "DINKES").Jabatan;
            foreach (var s in new[]
            {
                Staf.F("Dokter", "Ahli Pertama", Profesi.Dokter, 1, 1),
                Staf.F("Dokter Gigi", "Ahli Pertama", Profesi.DokterGigi, 0, 1),
                Staf.F("Perawat", "Ahli Pertama", Profesi.PerawatAhli, 1, 1),
                Staf.F("Perawat", "Terampil", Profesi.PerawatTerampil, 1, 2),
                Staf.F("Bidan", "Terampil", Profesi.BidanTerampil, 1, 2),
                Staf.F("Bidan", "Ahli Pertama", Profesi.BidanAhli, 0, 1),
                Staf.F("Nutrisionis", "Terampil", Profesi.NutrisionisTerampil, 0, 1),
                Staf.Administrasi(1, 1),
            })
            {
                TambahStaf(unit, kapus, "DINKES", s);
            }
        }
    }

    private void BangunBkpsdm(Jabatan sekda)
    {
        var (pd, _, _) = Perangkat(new PerangkatSpec("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", Profesi.Pimpinan,
        [
            new("Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", Profesi.Pimpinan, [],
            [
                Staf.F("Pranata Komputer", "Ahli Muda", Profesi.Komputer, 1, 1, demo?.SuperAdmin),
                Staf.F("Pranata Komputer", "Ahli Pertama", Profesi.Komputer, 1, 1),
                Staf.F("Analis Sumber Daya Manusia Aparatur", "Ahli Muda", Profesi.Kepegawaian, 1, 1, demo?.Admin),
                Staf.F("Analis Kepegawaian", "Ahli Pertama", Profesi.Kepegawaian, 1, 2),
                Staf.Administrasi(1, 2),
            ]),
            new("Bidang Mutasi dan Promosi", Profesi.Pimpinan, [],
            [
                Staf.F("Analis Kepegawaian", "Ahli Muda", Profesi.Kepegawaian, 1, 2),
                Staf.F("Analis Kepegawaian", "Ahli Pertama", Profesi.Kepegawaian, 2, 3),
                Staf.Administrasi(1, 1),
            ]),
            new("Bidang Pengembangan Kompetensi dan Penilaian Kinerja", Profesi.Pimpinan, [],
            [
                Staf.F("Analis Kepegawaian", "Ahli Pertama", Profesi.Kepegawaian, 3, 3, demo?.Pegawai),
                Staf.F("Analis Kepegawaian", "Ahli Muda", Profesi.Kepegawaian, 2, 2),
                Staf.F("Analis Sumber Daya Manusia Aparatur", "Ahli Pertama", Profesi.Kepegawaian, 1, 1),
                Staf.Administrasi(1, 1),
            ], Kepala: demo?.Atasan),
        ], ["Subbagian Umum dan Kepegawaian", "Subbagian Keuangan dan Perencanaan"]), sekda);
        Bkpsdm = pd;
    }

    private static readonly PerangkatSpec[] DinasBiasaSpec =
    [
        new("DLH", "Dinas Lingkungan Hidup", "Kepala Dinas Lingkungan Hidup", Profesi.PimpinanTeknik,
        [
            new("Bidang Tata Lingkungan", Profesi.PimpinanTeknik, ["Seksi Kajian Dampak Lingkungan"],
                [Staf.F("Pengendali Dampak Lingkungan", "Ahli Pertama", Profesi.Lingkungan, 1, 1), Staf.F("Pengendali Dampak Lingkungan", "Ahli Muda", Profesi.Lingkungan, 1, 1)],
                Staf.Administrasi(2, 2)),
            new("Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan", Profesi.PimpinanTeknik, ["Seksi Pemantauan Kualitas Lingkungan"],
                [Staf.F("Pengawas Lingkungan Hidup", "Ahli Pertama", Profesi.Lingkungan, 1, 2)],
                Staf.P("Penata Layanan Operasional", "Teknisi", Profesi.PelaksanaTeknik, 2, 2)),
            new("Bidang Pengelolaan Sampah dan Limbah B3", Profesi.PimpinanTeknik, ["Seksi Penanganan Sampah"],
                [Staf.F("Pengendali Dampak Lingkungan", "Ahli Pertama", Profesi.Lingkungan, 1, 1), Staf.Administrasi(1, 1)],
                Staf.P("Operator Layanan Operasional", "Operator", Profesi.PelaksanaTeknik, 2, 2)),
        ]),
        new("DISHUB", "Dinas Perhubungan", "Kepala Dinas Perhubungan", Profesi.PimpinanTeknik,
        [
            new("Bidang Lalu Lintas", Profesi.Perhubungan, ["Seksi Manajemen dan Rekayasa Lalu Lintas"],
                [Staf.F("Analis Kebijakan", "Ahli Pertama", Profesi.Perhubungan, 1, 1), Staf.P("Operator Layanan Operasional", "Operator", Profesi.PelaksanaTeknik, 1, 2)],
                Staf.P("Operator Layanan Operasional", "Operator", Profesi.PelaksanaTeknik, 2, 2)),
            new("Bidang Angkutan", Profesi.Perhubungan, ["Seksi Angkutan Orang dan Barang"],
                [Staf.F("Analis Kebijakan", "Ahli Pertama", Profesi.Perhubungan, 1, 1), Staf.Administrasi(1, 1)],
                Staf.Administrasi(2, 2)),
            new("Bidang Sarana dan Prasarana", Profesi.Perhubungan, ["Seksi Perlengkapan Jalan"],
                [Staf.F("Penguji Kendaraan Bermotor", "Terampil", Profesi.PengujiKendaraan, 1, 2), Staf.F("Penguji Kendaraan Bermotor", "Mahir", Profesi.PengujiKendaraan, 1, 1)],
                Staf.P("Penata Layanan Operasional", "Teknisi", Profesi.PelaksanaTeknik, 2, 2)),
        ]),
        new("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Kepala Dinas Kependudukan dan Pencatatan Sipil", Profesi.Pimpinan,
        [
            new("Bidang Pelayanan Pendaftaran Penduduk", Profesi.Pimpinan, ["Seksi Identitas Penduduk"],
                [Staf.F("Administrator Database Kependudukan", "Ahli Pertama", Profesi.Kependudukan, 1, 1), Staf.P("Operator Layanan Operasional", "Operator", Profesi.Pelaksana, 1, 1)],
                Staf.P("Operator Layanan Operasional", "Operator", Profesi.Pelaksana, 2, 2)),
            new("Bidang Pelayanan Pencatatan Sipil", Profesi.Pimpinan, ["Seksi Kelahiran dan Kematian"],
                [Staf.F("Administrator Database Kependudukan", "Ahli Pertama", Profesi.Kependudukan, 1, 1), Staf.Administrasi(1, 2)],
                Staf.P("Operator Layanan Operasional", "Operator", Profesi.Pelaksana, 2, 2)),
            new("Bidang Pengelolaan Informasi Administrasi Kependudukan", Profesi.Pimpinan, ["Seksi Sistem Informasi Administrasi Kependudukan"],
                [Staf.F("Administrator Database Kependudukan", "Ahli Pertama", Profesi.Kependudukan, 1, 2), Staf.F("Pranata Komputer", "Terampil", Profesi.KomputerTerampil, 1, 1)],
                Staf.Administrasi(2, 2)),
        ]),
        new("DINSOS", "Dinas Sosial", "Kepala Dinas Sosial", Profesi.Pimpinan,
        [
            new("Bidang Rehabilitasi Sosial", Profesi.Sosial, ["Seksi Rehabilitasi Sosial Anak dan Lanjut Usia"],
                [Staf.F("Pekerja Sosial", "Ahli Pertama", Profesi.Sosial, 1, 1), Staf.F("Pekerja Sosial", "Ahli Muda", Profesi.Sosial, 1, 1)],
                Staf.Administrasi(2, 2)),
            new("Bidang Perlindungan dan Jaminan Sosial", Profesi.Sosial, ["Seksi Perlindungan Sosial Korban Bencana"],
                [Staf.F("Penyuluh Sosial", "Ahli Pertama", Profesi.Sosial, 1, 1), Staf.Administrasi(1, 1)],
                Staf.Administrasi(2, 2)),
            new("Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin", Profesi.Sosial, ["Seksi Penanganan Fakir Miskin"],
                [Staf.F("Pekerja Sosial", "Ahli Pertama", Profesi.Sosial, 1, 1), Staf.F("Penyuluh Sosial", "Ahli Pertama", Profesi.Sosial, 1, 1)],
                Staf.Administrasi(2, 2)),
        ]),
    ];

    /// <summary>A perangkat daerah: kepala (JPT Pratama) under the Sekda, a sekretariat with subbagian, and its bidang.</summary>
    private (UnitOrganisasi Unit, DemoSlot Kepala, DemoSlot Sekretaris) Perangkat(PerangkatSpec spec, Jabatan sekda)
    {
        var pd = U(spec.Kode, spec.Nama, JenisUnit.PerangkatDaerah, null);
        var kepala = J(pd, spec.JabatanKepala, JenisJabatan.Jpt, "Pratama", 14, sekda, spec.ProfesiKepala, spec.Kode);
        var sekretariatSpec = new BidangSpec($"Sekretariat {spec.Nama}", Profesi.Pimpinan,
            spec.Subbagian ?? ["Subbagian Umum, Kepegawaian dan Keuangan"],
            [Staf.F("Perencana", "Ahli Pertama", Profesi.Perencana, 1, 1), Staf.F("Pranata Keuangan APBD", "Terampil", Profesi.Keuangan, 1, 1)],
            Staf.Administrasi(2, 2), JabatanKepala: $"Sekretaris {spec.Nama}");
        var (_, sekretaris) = Bidang(pd, $"{spec.Kode}-SEK", sekretariatSpec, kepala.Jabatan, spec.Kode, "SUB");
        for (var i = 0; i < spec.Bidang.Length; i++)
        {
            var (_, kabid) = Bidang(pd, $"{spec.Kode}-{spec.KodeBidang}-{i + 1}", spec.Bidang[i], kepala.Jabatan, spec.Kode, "SEKSI");
            if (spec.Bidang[i].Kepala is null && DinasBiasaSpec.Contains(spec))
            {
                BolehKosong.Add(kabid);
            }
        }
        return (pd, kepala, sekretaris);
    }

    /// <summary>An administrator-level unit (bidang, bagian, sekretariat) with its pengawas-level subunits and staff.</summary>
    private (UnitOrganisasi Unit, DemoSlot Kepala) Bidang(UnitOrganisasi induk, string kode, BidangSpec spec, Jabatan atasan, string perangkat, string kodeSeksi)
    {
        var unit = U(kode, spec.Nama, JenisUnit.Bidang, induk);
        var kepala = J(unit, spec.JabatanKepala ?? $"Kepala {spec.Nama}", JenisJabatan.Administrator, null, 12, atasan, spec.ProfesiKepala, perangkat,
            tetap: spec.Kepala);
        for (var i = 0; i < spec.Seksi.Length; i++)
        {
            var seksi = U($"{kode}-{kodeSeksi}-{i + 1}", spec.Seksi[i], JenisUnit.Seksi, unit);
            var kasi = J(seksi, $"Kepala {spec.Seksi[i]}", JenisJabatan.Pengawas, null, 9, kepala.Jabatan, Profesi.Pengawas, perangkat);
            if (perangkat is not ("SETDA" or "INSP" or "BKPSDM"))
            {
                BolehKosong.Add(kasi);
            }
            if (spec.StafSeksi is { } s)
            {
                TambahStaf(seksi, kasi.Jabatan, perangkat, s);
            }
        }
        foreach (var s in spec.StafBidang)
        {
            TambahStaf(unit, kepala.Jabatan, perangkat, s);
        }
        return (unit, kepala);
    }

    private void TambahStaf(UnitOrganisasi unit, Jabatan atasan, string perangkat, Staf s)
    {
        var jumlah = rng.Next(s.Min, s.Max + 1);
        if (jumlah == 0 && s.Tetap is null)
        {
            return;
        }
        var nama = s.Jenis == JenisJabatan.Fungsional ? $"{s.Nama} {s.Jenjang}" : s.Nama;
        J(unit, nama, s.Jenis, s.Jenjang, Kelas(s.Jenis, s.Jenjang), atasan, s.Profesi, perangkat, jumlah, s.Tetap);
    }

    private UnitOrganisasi U(string kode, string nama, JenisUnit jenis, UnitOrganisasi? induk)
    {
        var u = new UnitOrganisasi { InstansiId = instansiId, Kode = kode, Nama = nama, Jenis = jenis };
        _induk[u.Id] = null;
        u.SetInduk(induk?.Id, id => _induk.GetValueOrDefault(id));
        _induk[u.Id] = u.IndukId;
        Unit.Add(u);
        return u;
    }

    private DemoSlot J(UnitOrganisasi unit, string nama, JenisJabatan jenis, string? jenjang, int kelas, Jabatan? atasan, Profesi profesi,
        string perangkat, int jumlah = 1, DemoOrang? tetap = null)
    {
        var nomor = _nomorJabatan[unit.Id] = _nomorJabatan.GetValueOrDefault(unit.Id) + 1;
        var j = new Jabatan
        {
            InstansiId = instansiId,
            Kode = $"{unit.Kode}.{nomor:00}",
            Nama = nama,
            Jenis = jenis,
            Jenjang = jenjang,
            KelasJabatan = kelas,
            UnitId = unit.Id,
        };
        _atasan[j.Id] = null;
        j.SetAtasan(atasan?.Id, id => _atasan.GetValueOrDefault(id));
        _atasan[j.Id] = j.AtasanJabatanId;
        Jabatan.Add(j);
        var slot = new DemoSlot(j, profesi, jumlah, tetap is null ? [] : [tetap], perangkat);
        Slot.Add(slot);
        return slot;
    }

    /// <summary>Kelas jabatan as commonly set in Pemda position maps.</summary>
    private static int Kelas(JenisJabatan jenis, string jenjang) => (jenis, jenjang) switch
    {
        (JenisJabatan.Pelaksana, "Teknisi") => 7,
        (JenisJabatan.Pelaksana, "Operator") => 6,
        (JenisJabatan.Pelaksana, _) => 5,
        (_, "Ahli Utama") => 14,
        (_, "Ahli Madya") => 11,
        (_, "Ahli Muda") => 9,
        (_, "Ahli Pertama") => 8,
        (_, "Penyelia") => 8,
        (_, "Mahir") => 7,
        (_, "Terampil") => 6,
        _ => 5,
    };
}

/// <summary>The demo accounts' pegawai, placed by <see cref="DemoOrganisasi"/> in Sabangau only.</summary>
public sealed record DemoAkunOrang(DemoOrang Pegawai, DemoOrang Atasan, DemoOrang Admin, DemoOrang Pimpinan, DemoOrang Auditor, DemoOrang SuperAdmin)
{
    public DemoOrang Sekda => Pimpinan;
}
