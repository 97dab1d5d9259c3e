using System.ComponentModel.DataAnnotations;
using Kinara.Domain.Kepegawaian;

namespace Kinara.Web.Features.Organisasi.PegawaiPages;

/// <summary>The pegawai form as posted. NIP, golongan and phone are checked further in <see cref="PegawaiFormModel"/>.</summary>
public sealed class PegawaiInput
{
    [Display(Name = "NIP")]
    [Required(ErrorMessage = "NIP wajib diisi.")]
    [StringLength(40, ErrorMessage = "NIP terlalu panjang; NIP terdiri dari 18 digit angka.")]
    public string Nip { get; set; } = "";

    [Display(Name = "Nama")]
    [Required(ErrorMessage = "Nama wajib diisi.")]
    [StringLength(200, ErrorMessage = "Nama paling panjang 200 karakter.")]
    public string Nama { get; set; } = "";

    [Display(Name = "Gelar depan")]
    [StringLength(60, ErrorMessage = "Gelar depan paling panjang 60 karakter.")]
    public string? GelarDepan { get; set; }

    [Display(Name = "Gelar belakang")]
    [StringLength(100, ErrorMessage = "Gelar belakang paling panjang 100 karakter.")]
    public string? GelarBelakang { get; set; }

    [Display(Name = "Jenis pegawai")]
    [Required(ErrorMessage = "Jenis pegawai wajib dipilih.")]
    [EnumDataType(typeof(JenisPegawai), ErrorMessage = "Jenis pegawai tidak dikenal.")]
    public JenisPegawai? Jenis { get; set; }

    [Display(Name = "Golongan")]
    [StringLength(40, ErrorMessage = "Golongan tidak dikenal.")]
    public string? Golongan { get; set; }

    [Display(Name = "Jabatan")]
    public Guid? JabatanId { get; set; }

    [Display(Name = "Unit")]
    public Guid? UnitId { get; set; }

    [Display(Name = "Email")]
    [EmailAddress(ErrorMessage = "Format email tidak valid. Contoh: nama@sabangaukab.go.id")]
    [StringLength(200, ErrorMessage = "Email paling panjang 200 karakter.")]
    public string? Email { get; set; }

    [Display(Name = "Nomor HP")]
    [StringLength(30, ErrorMessage = "Nomor HP terlalu panjang.")]
    public string? NomorHp { get; set; }

    public int Versi { get; set; }
}
