using System.Text.RegularExpressions;
namespace Kinara.Web.Tests.Security;

/// <summary>
/// Who calls: nobody signed in, each role of tenant Alpha, and (derived, see <see cref="MatriksAksesTests"/>) an admin
/// of the foreign tenant Beta. Atasan is a plain Pegawai account that happens to be the pejabat penilai of Pegawai.
/// </summary>
[Flags]
public enum Pemanggil
{
    Tidak = 0,
    Anonim = 1,
    Pegawai = 2,
    Atasan = 4,
    Admin = 8,
    Pimpinan = 16,
    Auditor = 32,
    SuperAdmin = 64,
}

/// <summary>
/// The rules table of the security matrix: for every route of the app, who may GET and who may POST.
/// A page added to the app without a line here makes <see cref="MatriksAksesTests"/> fail, listing the route;
/// a line whose route is gone fails it too. Adding a page = adding one line.
/// </summary>
public static partial class AturanAkses
{
    /// <summary>The rule of one endpoint's route, or null when the table has none.</summary>
    public static Aturan? Cari(Pintu pintu) => Semua.FirstOrDefault(a => a.Pola == pintu.Pola);

    [GeneratedRegex(@"\{(?<nama>[A-Za-z_]\w*)(?<sisa>[^}]*)\}")]
    private static partial Regex ParameterRute();

    /// <summary>
    /// The URLs to call for one endpoint: parameters filled with Alpha's rows (<see cref="Parameter"/>);
    /// a route with an optional last parameter is called both with and without it. AdaId: a tenant row's id is in the URL.
    /// </summary>
    public static List<(string Url, bool AdaId)> Url(Pintu pintu, SampelData sampel, long audit)
    {
        string Isi(Match m) => Nilai(m.Groups["nama"].Value);
        string Nilai(string nama)
        {
            var cocok = Parameter.Where(p => pintu.Pola.StartsWith(p.Awalan, StringComparison.Ordinal) && p.Nama == nama)
                .OrderByDescending(p => p.Awalan.Length).FirstOrDefault();
            return cocok.Nilai?.Invoke(sampel, audit)
                ?? throw new InvalidOperationException($"{pintu}: no value for route parameter {{{nama}}}: add (prefix, \"{nama}\", value) to AturanAkses.Parameter.");
        }
        var kueri = new List<string>();
        if (pintu.Handler is not null)
        {
            kueri.Add("handler=" + pintu.Handler);
        }
        var kueriId = false;
        if (Cari(pintu)?.Kueri.GetValueOrDefault($"{pintu.Metode} {pintu.Handler}") is { } tambahan)
        {
            kueriId = ParameterRute().IsMatch(tambahan);
            kueri.Add(ParameterRute().Replace(tambahan, Isi));
        }
        var handler = kueri.Count == 0 ? "" : "?" + string.Join('&', kueri);
        var adaId = kueriId || ParameterRute().Matches(pintu.Pola).Any(m => m.Groups["nama"].Value != "kode");
        var hasil = new List<(string, bool)> { (ParameterRute().Replace(pintu.Pola, Isi) + handler, adaId) };
        var opsional = ParameterRute().Matches(pintu.Pola).LastOrDefault(m => m.Groups["sisa"].Value.EndsWith('?'));
        if (opsional is not null && opsional.Index + opsional.Length == pintu.Pola.Length)
        {
            var tanpa = pintu.Pola[..(opsional.Index - 1)];
            hasil.Add((ParameterRute().Replace(tanpa, Isi) + handler, kueriId || ParameterRute().Matches(tanpa).Any(m => m.Groups["nama"].Value != "kode")));
        }
        return hasil;
    }

    // --- Who, in the words of the app's policies (Infrastructure/Auth/Peran.cs) and resource checks ----------------
    private const Pemanggil SemuaMasuk = Pemanggil.Pegawai | Pemanggil.Atasan | Pemanggil.Admin | Pemanggil.Pimpinan | Pemanggil.Auditor | Pemanggil.SuperAdmin;
    private const Pemanggil BacaMasterData = Pemanggil.Admin | Pemanggil.SuperAdmin | Pemanggil.Auditor | Pemanggil.Pimpinan;
    private const Pemanggil KelolaMasterData = Pemanggil.Admin | Pemanggil.SuperAdmin;
    private const Pemanggil BacaAudit = Pemanggil.Admin | Pemanggil.SuperAdmin | Pemanggil.Auditor;
    private const Pemanggil KelolaInstansi = Pemanggil.SuperAdmin;
    /// <summary>Features/Perencanaan/Sasaran/AksesPerencanaan.cs LihatSeluruhInstansi.</summary>
    private const Pemanggil LihatSeluruhInstansi = BacaMasterData;
    private const Pemanggil KelolaSasaran = Pemanggil.Admin | Pemanggil.Pimpinan | Pemanggil.SuperAdmin;
    /// <summary>The sample SKP (SampelData): its owner, its pejabat penilai, the pengelola kinerja (admins) and auditors.</summary>
    private const Pemanggil LihatSkp = Pemanggil.Pegawai | Pemanggil.Atasan | Pemanggil.Admin | Pemanggil.SuperAdmin | Pemanggil.Auditor;
    private const Pemanggil PemilikSkp = Pemanggil.Pegawai;
    private const Pemanggil PenilaiSkp = Pemanggil.Atasan;
    private const Pemanggil Tidak = Pemanggil.Tidak;

    public static readonly IReadOnlyList<Aturan> Semua =
    [
        // Public: no sign-in needed (static files under /css, /js, /lib, /favicon.svg are served before routing: see
        // MatriksAksesTests.Static_files_are_public_because_the_sign_in_page_needs_them).
        Aturan.Publik("/masuk"),
        Aturan.Publik("/masuk/dua-faktor"),
        Aturan.Publik("/galat/{kode:int?}"),
        Aturan.Publik("/bahasa"),
        Aturan.Publik("/health/live"),
        Aturan.Publik("/health/ready"),

        // Every signed-in user.
        new("/", SemuaMasuk),
        // The refusal page itself: it answers 403 to everyone signed in (and sends the anonymous to sign in).
        new("/akses-ditolak", Tidak),
        new("/akun/kata-sandi", SemuaMasuk, SemuaMasuk),
        new("/akun/dua-faktor", SemuaMasuk, SemuaMasuk),
        new("/keluar", SemuaMasuk, SemuaMasuk) { Aksi = ["*"], Terakhir = true, BerhasilKeMasuk = true },

        // Audit trail.
        new("/audit", BacaAudit, BacaAudit),
        new("/audit/{urutan:long}", BacaAudit),

        // Tenants (deployment-wide, Super Admin only).
        new("/instansi", KelolaInstansi),
        new("/instansi/baru", KelolaInstansi, KelolaInstansi),
        new("/instansi/{id:guid}/ubah", KelolaInstansi, KelolaInstansi),

        // Master data.
        new("/organisasi/unit", BacaMasterData),
        new("/organisasi/unit/pohon", BacaMasterData),
        new("/organisasi/unit/baru", KelolaMasterData, KelolaMasterData),
        new("/organisasi/unit/{id:guid}/ubah", KelolaMasterData, KelolaMasterData),
        new("/organisasi/jabatan", BacaMasterData),
        new("/organisasi/jabatan/baru", KelolaMasterData, KelolaMasterData),
        new("/organisasi/jabatan/{id:guid}/ubah", KelolaMasterData, KelolaMasterData),
        new("/organisasi/pegawai", BacaMasterData),
        new("/organisasi/pegawai/baru", KelolaMasterData, KelolaMasterData),
        new("/organisasi/pegawai/{id:guid}", BacaMasterData),
        new("/organisasi/pegawai/{id:guid}/ubah", KelolaMasterData, KelolaMasterData),
        new("/organisasi/plt", BacaMasterData),
        new("/organisasi/plt/baru", KelolaMasterData, KelolaMasterData),
        new("/organisasi/plt/{id:guid}/akhiri", KelolaMasterData, KelolaMasterData),
        new("/organisasi/impor", KelolaMasterData, KelolaMasterData) { Kueri = { ["GET Templat"] = "jenis=Pegawai" } },
        new("/organisasi/impor/{id:guid}", KelolaMasterData),
        new("/organisasi/akun", KelolaMasterData),
        new("/organisasi/akun/baru", KelolaMasterData, KelolaMasterData),
        // The buttons of the account page are whole forms: an empty POST performs them (aimed at the korban account).
        new("/organisasi/akun/{id:guid}", KelolaMasterData, KelolaMasterData) { Aksi = ["Aktifkan", "BukaKunci", "Nonaktifkan", "Reset2fa", "ResetSandi"] },

        // Perencanaan: organisational goals, RHK library, monitoring.
        new("/perencanaan/sasaran", SemuaMasuk),
        new("/perencanaan/sasaran/baru", KelolaSasaran, KelolaSasaran),
        new("/perencanaan/sasaran/{id:guid}/ubah", KelolaSasaran, KelolaSasaran),
        new("/perencanaan/pustaka", SemuaMasuk),
        new("/perencanaan/pustaka/baru", KelolaMasterData, KelolaMasterData),
        new("/perencanaan/pustaka/{id:guid}/ubah", KelolaMasterData, KelolaMasterData),
        new("/perencanaan/monitoring", BacaMasterData),
        new("/perencanaan/monitoring/nama", BacaMasterData),
        // Admins, pimpinan and auditors see the whole tree, everyone else their own branch; the branch fragment of someone
        // else's RHK is hidden as "not found" (the sample RHK is the Atasan's: his own branch).
        new("/perencanaan/kaskade", SemuaMasuk)
        {
            Kueri = { ["GET Cabang"] = "akar={akar}" }, PerHandler = { ["GET Cabang"] = LihatSeluruhInstansi | Pemanggil.Atasan }, TolakDengan404 = true,
        },

        // Perencanaan: SKP. Resource-based: see Features/Perencanaan/Shared/SkpAkses.cs.
        new("/perencanaan/skp", SemuaMasuk),
        new("/perencanaan/skp/baru", SemuaMasuk, SemuaMasuk),
        new("/perencanaan/skp-bawahan", SemuaMasuk),
        new("/perencanaan/skp-reviu", KelolaMasterData, KelolaMasterData),
        new("/perencanaan/skp/{id:guid}", LihatSkp),
        new("/perencanaan/skp/{id:guid}/bandingkan/{otherId:guid}", LihatSkp),
        new("/perencanaan/skp/{id:guid}/rhk/{rhkId:guid?}", PemilikSkp, PemilikSkp),
        new("/perencanaan/skp/{id:guid}/rhk/{rhkId:guid}/indikator/{indikatorId:guid?}", PemilikSkp, PemilikSkp),
        new("/perencanaan/skp/{id:guid}/lampiran", PemilikSkp, PemilikSkp),
        new("/perencanaan/skp/{id:guid}/pustaka", PemilikSkp, PemilikSkp),
        new("/perencanaan/skp/{id:guid}/ajukan", PemilikSkp, PemilikSkp),
        // GET only redirects to the SKP page, so anyone signed in "may" GET it; the SKP page then decides.
        new("/perencanaan/skp/{id:guid}/revisi", SemuaMasuk, PemilikSkp),
        new("/perencanaan/skp/{id:guid}/setujui", SemuaMasuk, PenilaiSkp),
        new("/perencanaan/skp/{id:guid}/kembalikan", LihatSkp, PenilaiSkp),
        new("/perencanaan/skp/{id:guid}/ekspektasi", PenilaiSkp, PenilaiSkp),
        // Mid-year change of post; the kepala daerah's decision on the top-of-tree SKP, recorded by the pengelola.
        new("/perencanaan/skp/{id:guid}/periode-baru", PemilikSkp, PemilikSkp),
        new("/perencanaan/skp/{id:guid}/keputusan-kepala-daerah", KelolaMasterData, KelolaMasterData),

        // SKP documents (Features/Perencanaan/Dokumen): print view, PDF and workbook with the SKP page's own access rule;
        // the verification page behind the printed QR code is public (the token decides what it shows).
        new("/perencanaan/skp/{id:guid}/cetak", LihatSkp),
        new("/perencanaan/skp/{id:guid}/pdf", LihatSkp),
        new("/perencanaan/skp/{id:guid}/xlsx", LihatSkp),
        Aturan.Publik("/verifikasi/skp/{token}"),

        // Perencanaan: matriks peran hasil and tim kerja (Features/Perencanaan/Matriks, Features/Perencanaan/TimKerja/AksesTim.cs).
        // The matrix shows the caller's own SKP; assigning from a row is for the row's owner (the sample RHK is the Atasan's).
        // Teams: anyone sees the teams they are in (the sample team: formed and led by the Atasan, the Pegawai a member);
        // admins, pimpinan and pejabat penilai (the Atasan) form teams; admins, pimpinan and the pembentuk change them.
        new("/perencanaan/matriks", SemuaMasuk),
        new("/perencanaan/matriks/rhk/{rhkId:guid}/tetapkan", PenilaiSkp, PenilaiSkp),
        new("/perencanaan/tim", SemuaMasuk),
        new("/perencanaan/tim/baru", KelolaSasaran | Pemanggil.Atasan, KelolaSasaran | Pemanggil.Atasan),
        new("/perencanaan/tim/{id:guid}", SemuaMasuk),
        new("/perencanaan/tim/{id:guid}/ubah", KelolaSasaran | Pemanggil.Atasan, KelolaSasaran | Pemanggil.Atasan),

        // JSON API /api/v1 and its OpenAPI document (Features/Api). Called with each caller's bearer token; a sign-in cookie
        // alone gets 401 (MatriksAksesTests.Api.cs). "Post" here covers every writing method of the route (POST, PUT, DELETE),
        // sent as an empty JSON object without If-Match. The resource rules are the SKP pages' (SkpAkses), so the callers
        // match the page lines above; kembalikan by the pengelola only applies while the tenant's reviu is on.
        Aturan.Publik("/openapi/{documentName}.json"),
        Aturan.Publik("/api/{**jalur}"),
        Aturan.Publik("/api/v1/token"),
        Aturan.Publik("/api/v1/token/refresh"),
        new("/api/v1/skp", SemuaMasuk, SemuaMasuk),
        new("/api/v1/skp/{id:guid}", LihatSkp),
        new("/api/v1/skp/{id:guid}/lampiran", Tidak, PemilikSkp),
        new("/api/v1/skp/{id:guid}/ekspektasi", Tidak, PenilaiSkp),
        new("/api/v1/pegawai/{pegawaiId:guid}/skp", LihatSkp),
        new("/api/v1/skp/{id:guid}/rhk", Tidak, PemilikSkp),
        new("/api/v1/skp/{id:guid}/pilihan-rhk", PemilikSkp),
        new("/api/v1/skp/{id:guid}/rhk/{rhkId:guid}", LihatSkp, PemilikSkp),
        new("/api/v1/skp/{id:guid}/rhk/{rhkId:guid}/indikator", Tidak, PemilikSkp),
        new("/api/v1/skp/{id:guid}/rhk/{rhkId:guid}/indikator/{indikatorId:guid}", LihatSkp, PemilikSkp),
        new("/api/v1/skp/{id:guid}/ajukan", Tidak, PemilikSkp),
        new("/api/v1/skp/{id:guid}/setujui", Tidak, PenilaiSkp),
        new("/api/v1/skp/{id:guid}/kembalikan", Tidak, PenilaiSkp),
        new("/api/v1/skp/{id:guid}/teruskan", Tidak, KelolaMasterData),
        new("/api/v1/skp/{id:guid}/revisi", Tidak, PemilikSkp),
    ];

    /// <summary>
    /// Values for route parameters, by route prefix (longest wins) and parameter name: real rows of tenant Alpha.
    /// A route with a parameter not listed here fails the matrix with a message naming it.
    /// </summary>
    public static readonly IReadOnlyList<(string Awalan, string Nama, Func<SampelData, long, string> Nilai)> Parameter =
    [
        ("/galat/", "kode", (_, _) => "404"),
        ("/audit/", "urutan", (_, audit) => audit.ToString()),
        ("/instansi/", "id", (s, _) => s.Alpha.Id.ToString()),
        ("/organisasi/unit/", "id", (s, _) => s.Alpha.UnitBidangId.ToString()),
        ("/organisasi/jabatan/", "id", (s, _) => s.JabatanKosongId.ToString()),
        ("/organisasi/pegawai/", "id", (s, _) => s.KorbanPegawaiId.ToString()),
        ("/organisasi/plt/", "id", (s, _) => s.PltId.ToString()),
        ("/organisasi/impor/", "id", (s, _) => s.ImporJobId.ToString()),
        ("/organisasi/akun/", "id", (s, _) => s.KorbanUserId.ToString()),
        ("/perencanaan/sasaran/", "id", (s, _) => s.SasaranId.ToString()),
        ("/perencanaan/pustaka/", "id", (s, _) => s.TemplateRhkId.ToString()),
        ("/perencanaan/skp/", "id", (s, _) => s.SkpId.ToString()),
        ("/perencanaan/skp/", "otherId", (s, _) => s.SkpDisetujuiId.ToString()),
        ("/perencanaan/skp/", "rhkId", (s, _) => s.RhkId.ToString()),
        ("/perencanaan/skp/", "indikatorId", (s, _) => s.IndikatorId.ToString()),
        ("/perencanaan/kaskade", "akar", (s, _) => s.RhkAtasanId.ToString()),
        ("/perencanaan/matriks/", "rhkId", (s, _) => s.RhkAtasanId.ToString()),
        ("/perencanaan/tim/", "id", (s, _) => s.TimKerjaId.ToString()),
        // SKP documents: a well-formed but unsigned token (404). A valid one would show Alpha's pegawai name to everyone by
        // design, which the foreign-tenant leak check would flag; DokumenSkpTests cover the valid and forged tokens.
        ("/verifikasi/skp/", "token", (_, _) => new string('A', 70)),
        // JSON API (Features/Api): the same sample SKP, RHK and indicator as the SKP pages; the sample SKP's owner.
        ("/openapi/", "documentName", (_, _) => "v1"),
        ("/api/v1/skp/", "id", (s, _) => s.SkpId.ToString()),
        ("/api/v1/skp/", "rhkId", (s, _) => s.RhkId.ToString()),
        ("/api/v1/skp/", "indikatorId", (s, _) => s.IndikatorId.ToString()),
        ("/api/v1/pegawai/", "pegawaiId", (s, _) => s.Alpha.Pegawai.PegawaiId.ToString()),
    ];
}

/// <summary>
/// One line of the rules table. <see cref="Get"/> applies to every GET handler of the route (also named ones such as
/// <c>?handler=Csv</c>) and <see cref="Post"/> to every POST handler, unless <see cref="PerHandler"/> says otherwise
/// (key "GET Csv" / "POST Verifikasi").
/// </summary>
public sealed record Aturan(string Pola, Pemanggil Get, Pemanggil Post = Pemanggil.Tidak)
{
    /// <summary>Public: anyone, signed in or not, may call it; the page decides what to show.</summary>
    public bool IsPublik { get; init; }

    public Dictionary<string, Pemanggil> PerHandler { get; init; } = [];

    /// <summary>A refused caller gets 404 instead of 403 (the row is hidden from them, as if it did not exist).</summary>
    public bool TolakDengan404 { get; init; }

    /// <summary>
    /// POST handlers whose form is only a button (the antiforgery token is the whole form): an empty POST performs the
    /// action by design, so the check "an empty POST changes nothing" is skipped for them. "*" = every POST handler.
    /// </summary>
    public IReadOnlyList<string> Aksi { get; init; } = [];

    /// <summary>Run after every other route for a caller (signing out ends the caller's session).</summary>
    public bool Terakhir { get; init; }

    /// <summary>Success is a redirect to /masuk (signing out), which elsewhere would mean "sign in first".</summary>
    public bool BerhasilKeMasuk { get; init; }

    /// <summary>
    /// A query string a handler needs to do its job (key "GET Templat"), e.g. which template to download. {nama} is filled
    /// from <see cref="AturanAkses.Parameter"/> like a route parameter (and then counts as an id of tenant Alpha).
    /// </summary>
    public Dictionary<string, string> Kueri { get; init; } = [];

    public static Aturan Publik(string pola) => new(pola, Pemanggil.Tidak) { IsPublik = true };

    public Pemanggil Boleh(Pintu pintu) =>
        PerHandler.TryGetValue($"{pintu.Metode} {pintu.Handler}", out var khusus) ? khusus
        : pintu.Metode == "GET" ? Get : Post;

    public bool IsAksi(Pintu pintu) => Aksi.Contains("*") || (pintu.Handler is { } h && Aksi.Contains(h));
}
