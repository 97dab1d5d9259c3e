namespace Kinara.Domain.Perencanaan;

/// <summary>The seven BerAKHLAK core values: the perilaku kerja aspects of every SKP (PermenPANRB 6/2022; DOMAIN.md §5).</summary>
public enum AspekPerilaku
{
    BerorientasiPelayanan = 1,
    Akuntabel = 2,
    Kompeten = 3,
    Harmonis = 4,
    Loyal = 5,
    Adaptif = 6,
    Kolaboratif = 7,
}

public sealed record NilaiBerAkhlak(AspekPerilaku Aspek, string Nama, string Definisi, IReadOnlyList<string> PanduanPerilaku);

/// <summary>
/// Canonical text of the ASN core values, stored once. Not the BUMN "AKHLAK" set, which has different panduan.
/// </summary>
public static class BerAkhlak
{
    public static readonly IReadOnlyList<NilaiBerAkhlak> Semua =
    [
        new(AspekPerilaku.BerorientasiPelayanan, "Berorientasi Pelayanan", "Komitmen memberikan pelayanan prima demi kepuasan masyarakat.",
        [
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ]),
        new(AspekPerilaku.Akuntabel, "Akuntabel", "Bertanggung jawab atas kepercayaan yang diberikan.",
        [
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ]),
        new(AspekPerilaku.Kompeten, "Kompeten", "Terus belajar dan mengembangkan kapabilitas.",
        [
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ]),
        new(AspekPerilaku.Harmonis, "Harmonis", "Saling peduli dan menghargai perbedaan.",
        [
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ]),
        new(AspekPerilaku.Loyal, "Loyal", "Berdedikasi dan mengutamakan kepentingan Bangsa dan Negara.",
        [
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        ]),
        new(AspekPerilaku.Adaptif, "Adaptif", "Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan.",
        [
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ]),
        new(AspekPerilaku.Kolaboratif, "Kolaboratif", "Membangun kerja sama yang sinergis.",
        [
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
        ]),
    ];

    public static NilaiBerAkhlak Dari(AspekPerilaku aspek) => Semua[(int)aspek - 1];
}
