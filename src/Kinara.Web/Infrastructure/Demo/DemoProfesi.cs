namespace Kinara.Web.Infrastructure.Demo;

/// <summary>Highest education at appointment; decides the starting golongan (SMA II/a, D-III II/c, S1 III/a, dokter III/b).</summary>
public enum Pendidikan
{
    Sma,
    D3,
    S1,
    Dokter,
}

/// <summary>One way to write a holder's gelar, with the education it implies.</summary>
public sealed record GelarOpsi(string? Depan, string? Belakang, Pendidikan Pendidikan);

/// <summary>
/// The kind of person who holds a post: which gelar they write, how likely they are PPPK and how likely a woman.
/// Gelar follow what each profession writes on documents (S.Kep., Ns. for a nurse, A.Md.Keb. for a bidan, dr. for a doctor).
/// </summary>
public sealed record Profesi(string Nama, GelarOpsi[] Gelar, double PeluangPppk, double PeluangWanita)
{
    private static GelarOpsi[] S1(params string[] belakang) => belakang.Select(b => new GelarOpsi(null, b, Pendidikan.S1)).ToArray();
    private static GelarOpsi[] D3(params string[] belakang) => belakang.Select(b => new GelarOpsi(null, b, Pendidikan.D3)).ToArray();

    public static readonly Profesi Pimpinan = new(nameof(Pimpinan),
    [
        .. S1("S.Sos., M.Si.", "S.E., M.M.", "S.STP., M.Si.", "S.AP., M.AP.", "S.IP., M.Si.", "S.E., M.Si.", "S.H., M.H.", "S.Sos., M.AP.",
            "S.Pi., M.Si.", "S.P., M.P."),
        new("Dr.", "S.Sos., M.Si.", Pendidikan.S1),
    ], 0, 0.3);

    /// <summary>Kepala seksi / kepala subbagian: mostly a bachelor's degree, some with a master's.</summary>
    public static readonly Profesi Pengawas = new(nameof(Pengawas),
        S1("S.Sos.", "S.E.", "S.STP.", "S.AP.", "S.H.", "S.IP.", "S.T.", "S.Kom.", "S.Sos., M.Si.", "S.E., M.M.", "S.AP., M.AP.", "S.T., M.T."), 0, 0.45);

    public static readonly Profesi PimpinanTeknik = new(nameof(PimpinanTeknik),
    [
        .. S1("S.T., M.T.", "S.T., M.Si.", "S.T., M.Eng.", "S.Si., M.Si.", "S.T."),
        new("Ir.", "M.T.", Pendidikan.S1),
        new("Ir.", "M.Si.", Pendidikan.S1),
    ], 0, 0.25);

    public static readonly Profesi PimpinanKesehatan = new(nameof(PimpinanKesehatan),
    [
        new("dr.", "M.Kes.", Pendidikan.Dokter),
        new("dr.", "M.P.H.", Pendidikan.Dokter),
        new("dr.", null, Pendidikan.Dokter),
        .. S1("S.KM., M.Kes.", "S.KM., M.Kes.", "S.Kep., Ns., M.Kes."),
    ], 0, 0.5);

    public static readonly Profesi PimpinanPendidikan = new(nameof(PimpinanPendidikan),
        [.. S1("S.Pd., M.Pd.", "S.Pd., M.Pd.", "S.Pd., M.Si.", "S.Sos., M.Pd."), new("Dr.", "S.Pd., M.Pd.", Pendidikan.S1)], 0, 0.4);

    public static readonly Profesi Umum = new(nameof(Umum),
        S1("S.E.", "S.Sos.", "S.AP.", "S.H.", "S.IP.", "S.M.", "S.Ak.", "S.Sos.", "S.E."), 0.08, 0.5);

    public static readonly Profesi Kepegawaian = new(nameof(Kepegawaian),
        S1("S.Psi.", "S.Sos.", "S.AP.", "S.E.", "S.H.", "S.IP.", "S.Psi., M.Psi."), 0.08, 0.55);

    public static readonly Profesi Komputer = new(nameof(Komputer), S1("S.Kom.", "S.Kom.", "S.T.", "S.Kom., M.Kom."), 0.1, 0.35);

    public static readonly Profesi KomputerTerampil = new(nameof(KomputerTerampil), D3("A.Md.Kom.", "A.Md."), 0.25, 0.4);

    public static readonly Profesi Auditor = new(nameof(Auditor), S1("S.E., Ak.", "S.E.", "S.Ak.", "S.H.", "S.E., M.Ak."), 0.05, 0.5);

    public static readonly Profesi Hukum = new(nameof(Hukum), S1("S.H.", "S.H.", "S.H., M.H."), 0.05, 0.5);

    public static readonly Profesi Perencana = new(nameof(Perencana), S1("S.E.", "S.P.", "S.T.", "S.E., M.Si.", "S.Si."), 0.05, 0.5);

    public static readonly Profesi Keuangan = new(nameof(Keuangan), D3("A.Md.Ak.", "A.Md.", "A.Md.Ak."), 0.2, 0.6);

    public static readonly Profesi Humas = new(nameof(Humas), S1("S.I.Kom.", "S.Sos.", "S.I.Kom."), 0.1, 0.55);

    public static readonly Profesi Guru = new(nameof(Guru),
        S1("S.Pd.", "S.Pd.", "S.Pd.", "S.Pd.", "S.Pd., Gr.", "S.Pd., Gr.", "S.Pd.I.", "S.Pd.SD."), 0.45, 0.68);

    public static readonly Profesi GuruSenior = new(nameof(GuruSenior), S1("S.Pd.", "S.Pd.", "S.Pd., M.Pd.", "S.Pd., Gr."), 0, 0.6);

    public static readonly Profesi KepalaSekolah = new(nameof(KepalaSekolah), S1("S.Pd., M.Pd.", "S.Pd., M.Pd.", "S.Pd."), 0, 0.45);

    public static readonly Profesi PengawasSekolah = new(nameof(PengawasSekolah), S1("S.Pd., M.Pd.", "S.Pd."), 0, 0.45);

    public static readonly Profesi Dokter = new(nameof(Dokter), [new("dr.", null, Pendidikan.Dokter)], 0.15, 0.6);

    public static readonly Profesi DokterGigi = new(nameof(DokterGigi), [new("drg.", null, Pendidikan.Dokter)], 0.15, 0.7);

    public static readonly Profesi PerawatAhli = new(nameof(PerawatAhli), S1("S.Kep., Ns."), 0.3, 0.7);

    public static readonly Profesi PerawatTerampil = new(nameof(PerawatTerampil), D3("A.Md.Kep."), 0.4, 0.7);

    public static readonly Profesi BidanTerampil = new(nameof(BidanTerampil), D3("A.Md.Keb."), 0.4, 1);

    public static readonly Profesi BidanAhli = new(nameof(BidanAhli), S1("S.Tr.Keb.", "S.Keb., Bd."), 0.25, 1);

    public static readonly Profesi Apoteker = new(nameof(Apoteker), [new("apt.", "S.Farm.", Pendidikan.S1)], 0.2, 0.75);

    public static readonly Profesi Kesmas = new(nameof(Kesmas), S1("S.KM.", "S.KM.", "S.KM., M.Kes."), 0.15, 0.65);

    public static readonly Profesi Gizi = new(nameof(Gizi), S1("S.Gz.", "S.Gz.", "S.KM."), 0.15, 0.8);

    public static readonly Profesi NutrisionisTerampil = new(nameof(NutrisionisTerampil), D3("A.Md.Gz."), 0.35, 0.75);

    public static readonly Profesi Lingkungan = new(nameof(Lingkungan), S1("S.T.", "S.Si.", "S.Hut.", "S.T., M.T."), 0.1, 0.45);

    public static readonly Profesi Perhubungan = new(nameof(Perhubungan), S1("S.T.", "S.SiT.", "S.Tr.T."), 0.05, 0.2);

    public static readonly Profesi PengujiKendaraan = new(nameof(PengujiKendaraan), D3("A.Md.T.", "A.Md.", "A.Md.LLAJ."), 0.15, 0.1);

    public static readonly Profesi Sosial = new(nameof(Sosial), S1("S.Sos.", "S.Tr.Sos.", "S.Psi."), 0.15, 0.6);

    public static readonly Profesi Kependudukan = new(nameof(Kependudukan), S1("S.Kom.", "S.Sos.", "S.T.", "S.Si."), 0.1, 0.5);

    public static readonly Profesi Pelaksana = new(nameof(Pelaksana),
    [
        new(null, null, Pendidikan.Sma), new(null, null, Pendidikan.Sma), new(null, null, Pendidikan.Sma), new(null, null, Pendidikan.Sma),
        new(null, "A.Md.", Pendidikan.D3), new(null, "A.Md.", Pendidikan.D3), new(null, "S.E.", Pendidikan.S1), new(null, "S.Sos.", Pendidikan.S1),
    ], 0.35, 0.5);

    public static readonly Profesi PelaksanaTeknik = new(nameof(PelaksanaTeknik),
    [
        new(null, null, Pendidikan.Sma), new(null, null, Pendidikan.Sma), new(null, null, Pendidikan.Sma),
        new(null, "A.Md.", Pendidikan.D3), new(null, "A.Md.T.", Pendidikan.D3), new(null, "S.T.", Pendidikan.S1),
    ], 0.35, 0.15);
}
