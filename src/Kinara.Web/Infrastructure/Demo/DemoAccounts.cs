using Kinara.Web.Infrastructure.Auth;

namespace Kinara.Web.Infrastructure.Demo;

public sealed record DemoAccount(string Peran, string Nip, string Password, string Instansi, string Keterangan)
{
    public string PeranLabel => Kinara.Web.Infrastructure.Auth.Peran.Label(Peran);
}

/// <summary>
/// The demo accounts printed at start-up and listed in README.md. All live in Kabupaten Sabangau; their pegawai
/// are placed in the position tree by <see cref="DemoSeeder"/> (the pegawai account is a staff member whose
/// pejabat penilai is the atasan account).
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Kinara#2026";
    public const string InstansiKode = "sabangau";

    public static readonly DemoAccount Pegawai = new(Peran.Pegawai, "198503142010012003", Password, InstansiKode, "Analis Kepegawaian, BKPSDM");
    public static readonly DemoAccount Atasan = new(Peran.Pegawai, "198207072008011004", Password, InstansiKode, "Kepala Bidang, atasan akun pegawai");
    public static readonly DemoAccount Admin = new(Peran.AdminKepegawaian, "197806102005011002", Password, InstansiKode, "Admin BKPSDM");
    public static readonly DemoAccount Pimpinan = new(Peran.Pimpinan, "196904151994031005", Password, InstansiKode, "Sekretaris Daerah");
    public static readonly DemoAccount Auditor = new(Peran.Auditor, "198001202006042001", Password, InstansiKode, "Auditor Inspektorat");
    public static readonly DemoAccount SuperAdmin = new(Peran.SuperAdmin, "197512012000121001", Password, InstansiKode, "Pengelola sistem");

    public static readonly IReadOnlyList<DemoAccount> All = [Pegawai, Atasan, Admin, Pimpinan, Auditor, SuperAdmin];
}
