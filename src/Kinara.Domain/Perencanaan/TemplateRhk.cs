using System.Text.RegularExpressions;
using Kinara.Domain.Organisasi;

namespace Kinara.Domain.Perencanaan;

/// <summary>
/// An RHK with its indicators from the indicator library, for a group of jabatan (e.g. guru, perawat, petugas
/// Dukcapil). A pegawai picks it and adjusts; the SKP gets a copy, never a link.
/// </summary>
public sealed class TemplateRhk : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    /// <summary>Group of jabatan the template fits, e.g. "Guru", "Tenaga Kesehatan", "Dukcapil".</summary>
    public string Kelompok { get; set; } = "";
    /// <summary>Words matched against jabatan names to suggest the template, e.g. "guru".</summary>
    public string KataKunciJabatan { get; set; } = "";
    public JenisRhk Jenis { get; set; } = JenisRhk.Utama;
    public string Teks { get; set; } = "";
    public List<TemplateIndikator> Indikator { get; set; } = [];
    public bool Aktif { get; set; } = true;
    public int Versi { get; set; }

    /// <summary>
    /// Whole words only: the keyword "bidan" fits "Bidan Terampil" but not "Kepala Sub Bidang Anggaran", and
    /// "guru" fits "Guru Ahli Muda" but not "Pengurus Barang".
    /// </summary>
    public bool CocokUntuk(string jabatanNama) =>
        KataKunciJabatan.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(k => Regex.IsMatch(jabatanNama, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(k)}(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)));

    /// <summary>Adds this template's RHK and indicators to a draft SKP.</summary>
    public RencanaHasilKerja TerapkanKe(Skp skp, Guid? rhkAtasanId, JenisCascading? cascading)
    {
        var rhk = skp.TambahRhk(Jenis, Teks, skp.IsJpt ? null : rhkAtasanId, cascading);
        foreach (var i in Indikator)
        {
            skp.TambahIndikator(rhk.Id, i.Aspek, i.Perspektif, i.Teks, i.Target, null, i.TargetTeks, i.Satuan);
        }
        return rhk;
    }
}

/// <summary>An indicator of a library template (stored as part of the template).</summary>
public sealed record TemplateIndikator(AspekIndikator? Aspek, string? Perspektif, string Teks, decimal? Target, string? TargetTeks, string? Satuan);
