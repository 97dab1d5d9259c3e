namespace Kinara.Domain.Organisasi;

/// <summary>A Plt (pelaksana tugas) or Plh (pelaksana harian) assignment to a vacant or absent structural post.</summary>
public sealed class PenugasanPlt : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    public Guid JabatanId { get; set; }
    public Guid PegawaiId { get; set; }
    public JenisPenugasan Jenis { get; set; }
    public DateOnly Mulai { get; set; }
    public DateOnly? Selesai { get; set; }
    public string? NomorSurat { get; set; }
    public int Versi { get; set; }

    public bool BerlakuPada(DateOnly tanggal) => Mulai <= tanggal && (Selesai is null || tanggal <= Selesai);

    public void Validasi()
    {
        if (Selesai is { } s && s < Mulai)
        {
            throw new DomainRuleException("Tanggal selesai penugasan tidak boleh sebelum tanggal mulai.");
        }
    }
}

public enum JenisPenugasan
{
    Plt = 1,
    Plh = 2,
}
