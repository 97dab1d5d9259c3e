using Kinara.Domain.Organisasi;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>A queued or running import of units, positions or pegawai. Progress is polled by the browser.</summary>
public sealed class ImporJob : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    public JenisImpor Jenis { get; set; }
    public string NamaBerkas { get; set; } = "";
    /// <summary>Storage key of the uploaded file.</summary>
    public string LokasiBerkas { get; set; } = "";
    public long UkuranBerkas { get; set; }
    public StatusImpor Status { get; set; } = StatusImpor.Antre;
    /// <summary>Bytes of the file read so far; progress = BytesDibaca / UkuranBerkas.</summary>
    public long BytesDibaca { get; set; }
    public int BarisDiproses { get; set; }
    public int Ditambah { get; set; }
    public int Diubah { get; set; }
    public int TidakBerubah { get; set; }
    public int Ditolak { get; set; }
    public string? Pesan { get; set; }
    public Guid? DibuatOleh { get; set; }
    public string DibuatOlehNip { get; set; } = "";
    public DateTime DibuatPada { get; set; }
    public DateTime? MulaiPada { get; set; }
    public DateTime? SelesaiPada { get; set; }
    /// <summary>Node currently processing the job; the lease makes a job run once even with several app nodes.</summary>
    public string? PemegangLease { get; set; }
    public DateTime? LeaseBerakhir { get; set; }
}

public sealed class ImporGalat : ITenantOwned
{
    public long Id { get; set; }
    public Guid InstansiId { get; set; }
    public Guid ImporJobId { get; set; }
    public int Baris { get; set; }
    public string Kolom { get; set; } = "";
    public string Alasan { get; set; } = "";
}

public enum JenisImpor
{
    Unit = 1,
    Jabatan = 2,
    Pegawai = 3,
}

public enum StatusImpor
{
    Antre = 1,
    Berjalan = 2,
    Selesai = 3,
    Gagal = 4,
}
