namespace Kinara.Web.Infrastructure.Auth;

/// <summary>The roles of DESIGN.md §1. Pejabat penilai is not a role: it is derived from the position tree.</summary>
public static class Peran
{
    public const string Pegawai = "Pegawai";
    public const string AdminKepegawaian = "AdminKepegawaian";
    public const string Pimpinan = "Pimpinan";
    public const string Auditor = "Auditor";
    public const string SuperAdmin = "SuperAdmin";

    public static readonly IReadOnlyList<string> Semua = [Pegawai, AdminKepegawaian, Pimpinan, Auditor, SuperAdmin];

    public static string Label(string peran) => peran switch
    {
        Pegawai => "Pegawai",
        AdminKepegawaian => "Admin Kepegawaian",
        Pimpinan => "Pimpinan",
        Auditor => "Auditor",
        SuperAdmin => "Super Admin",
        _ => peran,
    };
}

/// <summary>Authorization policy names.</summary>
public static class Kebijakan
{
    /// <summary>Read master data: admins, auditors, pimpinan.</summary>
    public const string BacaMasterData = nameof(BacaMasterData);
    /// <summary>Change master data, import, reset passwords.</summary>
    public const string KelolaMasterData = nameof(KelolaMasterData);
    /// <summary>Read the audit trail.</summary>
    public const string BacaAudit = nameof(BacaAudit);
    /// <summary>Manage Instansi (tenants).</summary>
    public const string KelolaInstansi = nameof(KelolaInstansi);
}

public static class KlaimKinara
{
    public const string InstansiId = "kinara:instansi";
    public const string PegawaiId = "kinara:pegawai";
    public const string Nama = "kinara:nama";
    /// <summary>Present while the account still has a password an admin gave it (see GantiKataSandiMiddleware).</summary>
    public const string WajibGantiKataSandi = "kinara:ganti_sandi";
}
