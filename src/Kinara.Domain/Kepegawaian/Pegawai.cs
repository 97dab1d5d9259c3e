using Kinara.Domain.Organisasi;

namespace Kinara.Domain.Kepegawaian;

/// <summary>A PNS, CPNS or PPPK of one Instansi.</summary>
public sealed class Pegawai : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    /// <summary>18-digit NIP (or NI PPPK), digits only; unique within the Instansi.</summary>
    public string Nip { get; set; } = "";
    public string Nama { get; set; } = "";
    public string? GelarDepan { get; set; }
    public string? GelarBelakang { get; set; }
    public JenisPegawai Jenis { get; set; } = JenisPegawai.Pns;
    /// <summary>Canonical golongan code, e.g. "III/a" or "IX" for PPPK.</summary>
    public string? Golongan { get; set; }
    public Guid? JabatanId { get; set; }
    public Guid? UnitId { get; set; }
    public string? Email { get; set; }
    public string? NomorHp { get; set; }
    public DateOnly? TanggalLahir { get; set; }
    public bool Aktif { get; set; } = true;
    public int Versi { get; set; }

    /// <summary>Name with gelar as written on documents: "Dr. Siti Aminah, S.Pd., M.Pd."</summary>
    public string NamaLengkap => NamaDenganGelar(GelarDepan, Nama, GelarBelakang);

    public static string NamaDenganGelar(string? depan, string nama, string? belakang)
    {
        var s = string.IsNullOrWhiteSpace(depan) ? nama : $"{depan.Trim()} {nama}";
        return string.IsNullOrWhiteSpace(belakang) ? s : $"{s}, {belakang.Trim()}";
    }
}
