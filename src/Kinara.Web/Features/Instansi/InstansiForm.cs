using System.ComponentModel.DataAnnotations;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.InstansiPages;

public sealed class InstansiInput
{
    [Display(Name = "Kode")]
    [Required(ErrorMessage = "Kode instansi wajib diisi.")]
    [RegularExpression("^[A-Za-z0-9-]{2,40}$", ErrorMessage = "Kode instansi 2–40 karakter, hanya huruf, angka, dan tanda minus (contoh: sabangau).")]
    public string Kode { get; set; } = "";

    [Display(Name = "Nama instansi")]
    [Required(ErrorMessage = "Nama instansi wajib diisi.")]
    [StringLength(200, ErrorMessage = "Nama instansi paling panjang 200 karakter.")]
    public string Nama { get; set; } = "";

    [Display(Name = "Jenis pemda")]
    [Required(ErrorMessage = "Jenis pemda wajib dipilih.")]
    [EnumDataType(typeof(JenisPemda), ErrorMessage = "Jenis pemda tidak dikenal.")]
    public JenisPemda? Jenis { get; set; }

    [Display(Name = "Jabatan kepala daerah")]
    [StringLength(200, ErrorMessage = "Jabatan kepala daerah paling panjang 200 karakter.")]
    public string? KepalaDaerahJabatan { get; set; }

    [Display(Name = "Nama kepala daerah")]
    [StringLength(200, ErrorMessage = "Nama kepala daerah paling panjang 200 karakter.")]
    public string? KepalaDaerahNama { get; set; }

    public bool Wajib2faAdmin { get; set; }
    public bool ReviuPengelolaKinerja { get; set; }
    public bool Aktif { get; set; } = true;
    public int Versi { get; set; }
}

/// <summary>The form shared by the create and edit pages of an Instansi (tenant). SuperAdmin only.</summary>
public abstract class InstansiFormModel(KinaraDbContext db) : KinaraPageModel
{
    [BindProperty] public InstansiInput Input { get; set; } = new();

    protected KinaraDbContext Db => db;

    protected void Terapkan(Instansi instansi)
    {
        instansi.Nama = Input.Nama.Trim();
        instansi.Jenis = Input.Jenis!.Value;
        instansi.KepalaDaerahJabatan = string.IsNullOrWhiteSpace(Input.KepalaDaerahJabatan) ? null : Input.KepalaDaerahJabatan.Trim();
        instansi.KepalaDaerahNama = string.IsNullOrWhiteSpace(Input.KepalaDaerahNama) ? null : Input.KepalaDaerahNama.Trim();
        instansi.Wajib2faAdmin = Input.Wajib2faAdmin;
        instansi.ReviuPengelolaKinerja = Input.ReviuPengelolaKinerja;
    }

    /// <summary>Saves; a stale Versi or a kode taken in the meantime (unique index) become form errors, not a 500.</summary>
    protected async Task<IActionResult?> SimpanAsync(Instansi instansi, CancellationToken ct)
    {
        return await SimpanFormulirAsync(db, ct, async () => await PemakaiKodeAsync(instansi.Kode, instansi.Id, ct) is { } lain
            ? PesanKodeDipakai(instansi.Kode, lain) : null);
    }

    protected IActionResult KodeDipakai(string kode, string lain)
    {
        ModelState.AddModelError("Input.Kode", PesanKodeDipakai(kode, lain));
        return FormInvalid(StatusCodes.Status422UnprocessableEntity);
    }

    private static string PesanKodeDipakai(string kode, string lain) => $"Kode \"{kode}\" sudah dipakai oleh {lain}. Gunakan kode lain.";

    // The Instansi table has no tenant filter: this sees every Pemda, which is what a unique kode needs.
    protected Task<string?> PemakaiKodeAsync(string kode, Guid selain, CancellationToken ct) =>
        db.Instansi.AsNoTracking().Where(i => i.Kode == kode && i.Id != selain).Select(i => i.Nama).FirstOrDefaultAsync(ct);
}
