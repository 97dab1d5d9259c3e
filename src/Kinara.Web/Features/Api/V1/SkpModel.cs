using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Features.Perencanaan.Shared;

namespace Kinara.Web.Features.Api.V1;

// What the API sends and receives. Names follow the domain (tahun, status, rhk, indikator); enums travel as their
// domain names. Input limits are those of the Razor forms (Features/Perencanaan/Skp/*.cshtml.cs), so both ways in
// accept the same values.

[Description("Ringkasan satu SKP pada daftar.")]
public sealed record SkpRingkas(Guid Id, int Tahun, DateOnly PeriodeAwal, DateOnly PeriodeAkhir, Pendekatan Pendekatan, StatusSkp Status,
    string StatusTeks, int Revisi, string JabatanNama, string? PejabatPenilaiNama, int JumlahRhk, int Versi);

[Description("SKP lengkap: identitas saat SKP dibuat/diajukan, hasil kerja (RHK dan indikator), perilaku kerja, lampiran, status dan versi.")]
public sealed record SkpLengkap(
    Guid Id, PegawaiRingkas Pegawai, int Tahun, DateOnly PeriodeAwal, DateOnly PeriodeAkhir, Pendekatan Pendekatan,
    StatusSkp Status, string StatusTeks,
    [property: Description("Jabatan pegawai yang tercatat pada SKP (diperbarui saat diajukan).")] JabatanSkp Jabatan,
    UnitSkp Unit,
    [property: Description("Pejabat penilai yang tercatat pada SKP (diperbarui saat diajukan).")] PenilaiSkp PejabatPenilai,
    [property: Description("1 untuk versi pertama; bertambah satu untuk setiap revisi SKP yang sudah disetujui.")] int Revisi,
    Guid? RevisiDariId, string? AlasanDikembalikan, DateTime DibuatPada, DateTime? DiajukanPada, DateTime? DisetujuiPada, Guid? DisetujuiOlehId,
    IReadOnlyList<RhkSkp> Rhk, IReadOnlyList<PerilakuSkp> Perilaku, LampiranSkpData Lampiran,
    [property: Description("Hal yang masih menghalangi pengajuan (hanya untuk pemilik SKP yang masih dapat diubah).")] IReadOnlyList<string> Kekurangan,
    TindakanSkp Tindakan,
    [property: Description("Versi SKP; sama dengan ETag. Kirim sebagai If-Match pada setiap perubahan.")] int Versi);

public sealed record PegawaiRingkas(Guid Id, string Nip, string Nama);

public sealed record JabatanSkp(Guid? Id, string Nama, JenisJabatan Jenis);

public sealed record UnitSkp(Guid? Id, string Nama);

public sealed record PenilaiSkp(Guid? Id, string? Nama, string? Nip);

[Description("Rencana Hasil Kerja beserta indikatornya.")]
public sealed record RhkSkp(Guid Id, int Urutan, JenisRhk Jenis, string Teks,
    [property: Description("RHK pejabat penilai yang diintervensi (SKP non-JPT).")] Guid? RhkAtasanId,
    RhkAtasanRingkas? RhkAtasan, JenisCascading? Cascading,
    [property: Description("SKP JPT: asal penugasan, misalnya \"Bupati\".")] string? PenugasanDari,
    Guid? SasaranOrganisasiId, IReadOnlyList<IndikatorSkp> Indikator);

[Description("RHK atasan yang diintervensi; berlaku = masih ada pada SKP pejabat penilai yang berlaku untuk tahun itu.")]
public sealed record RhkAtasanRingkas(Guid Id, string Teks, bool Berlaku);

public sealed record IndikatorSkp(Guid Id, int Urutan, AspekIndikator? Aspek, string? Perspektif, string Teks, decimal? Target, decimal? TargetMaks,
    string? TargetTeks, string? Satuan);

[Description("Satu aspek perilaku kerja BerAKHLAK dengan panduan perilakunya dan ekspektasi khusus pimpinan.")]
public sealed record PerilakuSkp(AspekPerilaku Aspek, string Nama, IReadOnlyList<string> PanduanPerilaku, string? EkspektasiKhusus);

[Description("Lampiran SKP: tiga daftar butir teks.")]
public sealed record LampiranSkpData(IReadOnlyList<string> DukunganSumberDaya, IReadOnlyList<string> SkemaPertanggungjawaban, IReadOnlyList<string> Konsekuensi);

[Description("Tindakan yang boleh dilakukan pemanggil terhadap SKP ini pada statusnya sekarang.")]
public sealed record TindakanSkp(bool Ubah, bool Ajukan, bool Setujui, bool Kembalikan, bool IsiEkspektasi, bool Teruskan, bool Revisi);

[Description("Yang dapat ditautkan pada RHK: RHK pejabat penilai (SKP non-JPT; kosong bila atasan belum memiliki SKP) atau sasaran organisasi (SKP JPT).")]
public sealed record PilihanTautanRhk(SkpAtasanRingkas? SkpAtasan, IReadOnlyList<RhkAtasanPilihan> RhkAtasan, IReadOnlyList<SasaranOpsi> SasaranOrganisasi);

public sealed record SkpAtasanRingkas(Guid Id, StatusSkp Status);

public sealed record SasaranOpsi(Guid Id, string Teks, TingkatSasaran Tingkat);

// --- Requests ----------------------------------------------------------------------------------------------------

[Description("Membuat SKP baru (draf) untuk satu tahun atau sebagian tahun.")]
public sealed class SkpBaruInput
{
    [Required(ErrorMessage = "Tahun wajib diisi.")]
    [Range(2000, 2100, ErrorMessage = "Tahun tidak valid.")]
    public int? Tahun { get; set; }

    [Description("true (bawaan): 1 Januari – 31 Desember. false: isi periodeAwal dan periodeAkhir, misalnya setelah pindah jabatan.")]
    public bool SatuTahunPenuh { get; set; } = true;

    public DateOnly? PeriodeAwal { get; set; }

    public DateOnly? PeriodeAkhir { get; set; }

    [Required(ErrorMessage = "Pilih pendekatan: Kuantitatif atau Kualitatif.")]
    [EnumDataType(typeof(Pendekatan), ErrorMessage = "Pendekatan tidak dikenal.")]
    public Pendekatan? Pendekatan { get; set; }
}

[Description("Isi satu RHK. Non-JPT: rhkAtasanId (RHK pejabat penilai yang diintervensi) wajib untuk RHK utama saat diajukan. JPT: penugasanDari dan sasaranOrganisasiId.")]
public sealed class RhkInput
{
    [Required(ErrorMessage = "Pilih jenis RHK: Utama atau Tambahan.")]
    [EnumDataType(typeof(JenisRhk), ErrorMessage = "Jenis RHK tidak dikenal.")]
    public JenisRhk? Jenis { get; set; }

    [Required(ErrorMessage = "Uraian Rencana Hasil Kerja wajib diisi.")]
    [StringLength(2000, ErrorMessage = "Uraian RHK paling panjang 2.000 karakter.")]
    public string? Teks { get; set; }

    public Guid? RhkAtasanId { get; set; }

    [EnumDataType(typeof(JenisCascading), ErrorMessage = "Jenis cascading tidak dikenal.")]
    public JenisCascading? Cascading { get; set; }

    [StringLength(250, ErrorMessage = "\"Penugasan dari\" paling panjang 250 karakter.")]
    public string? PenugasanDari { get; set; }

    public Guid? SasaranOrganisasiId { get; set; }
}

[Description("Isi satu indikator. Non-JPT: aspek wajib. JPT: perspektif (Penerima Layanan, Proses Bisnis, Penguatan Internal, Anggaran). " +
    "Pendekatan kuantitatif: target wajib berupa angka; kualitatif: target atau targetTeks.")]
public sealed class IndikatorInput
{
    [EnumDataType(typeof(AspekIndikator), ErrorMessage = "Aspek tidak dikenal.")]
    public AspekIndikator? Aspek { get; set; }

    [StringLength(100, ErrorMessage = "Perspektif paling panjang 100 karakter.")]
    public string? Perspektif { get; set; }

    [Required(ErrorMessage = "Uraian indikator wajib diisi.")]
    [StringLength(2000, ErrorMessage = "Uraian indikator paling panjang 2.000 karakter.")]
    public string? Teks { get; set; }

    [Description("Angka JSON, misalnya 12 atau 1000.5.")]
    public decimal? Target { get; set; }

    [Description("Batas atas bila target berupa rentang.")]
    public decimal? TargetMaks { get; set; }

    [StringLength(1000, ErrorMessage = "Uraian target paling panjang 1.000 karakter.")]
    public string? TargetTeks { get; set; }

    [StringLength(100, ErrorMessage = "Satuan paling panjang 100 karakter.")]
    public string? Satuan { get; set; }
}

[Description("Seluruh lampiran SKP; daftar yang tidak dikirim dikosongkan. Setiap butir paling panjang 1.000 karakter.")]
public sealed class LampiranInput
{
    public List<string>? DukunganSumberDaya { get; set; }
    public List<string>? SkemaPertanggungjawaban { get; set; }
    public List<string>? Konsekuensi { get; set; }

    public List<string>? Dari(JenisLampiran j) => j switch
    {
        JenisLampiran.DukunganSumberDaya => DukunganSumberDaya,
        JenisLampiran.SkemaPertanggungjawaban => SkemaPertanggungjawaban,
        _ => Konsekuensi,
    };
}

[Description("Ekspektasi khusus pimpinan untuk ketujuh aspek BerAKHLAK; aspek yang tidak dikirim (atau null) dikosongkan.")]
public sealed class EkspektasiInput
{
    [StringLength(2000, ErrorMessage = "Ekspektasi Berorientasi Pelayanan paling panjang 2.000 karakter.")]
    public string? BerorientasiPelayanan { get; set; }

    [StringLength(2000, ErrorMessage = "Ekspektasi Akuntabel paling panjang 2.000 karakter.")]
    public string? Akuntabel { get; set; }

    [StringLength(2000, ErrorMessage = "Ekspektasi Kompeten paling panjang 2.000 karakter.")]
    public string? Kompeten { get; set; }

    [StringLength(2000, ErrorMessage = "Ekspektasi Harmonis paling panjang 2.000 karakter.")]
    public string? Harmonis { get; set; }

    [StringLength(2000, ErrorMessage = "Ekspektasi Loyal paling panjang 2.000 karakter.")]
    public string? Loyal { get; set; }

    [StringLength(2000, ErrorMessage = "Ekspektasi Adaptif paling panjang 2.000 karakter.")]
    public string? Adaptif { get; set; }

    [StringLength(2000, ErrorMessage = "Ekspektasi Kolaboratif paling panjang 2.000 karakter.")]
    public string? Kolaboratif { get; set; }

    public string? Dari(AspekPerilaku a) => a switch
    {
        AspekPerilaku.BerorientasiPelayanan => BerorientasiPelayanan,
        AspekPerilaku.Akuntabel => Akuntabel,
        AspekPerilaku.Kompeten => Kompeten,
        AspekPerilaku.Harmonis => Harmonis,
        AspekPerilaku.Loyal => Loyal,
        AspekPerilaku.Adaptif => Adaptif,
        _ => Kolaboratif,
    };
}

public sealed class KembalikanInput
{
    [Required(ErrorMessage = "Alasan pengembalian wajib diisi agar pegawai tahu apa yang harus diperbaiki.")]
    [StringLength(2000, ErrorMessage = "Alasan paling panjang 2.000 karakter.")]
    public string? Alasan { get; set; }
}
