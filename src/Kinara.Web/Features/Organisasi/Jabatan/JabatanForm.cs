using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.JabatanPages;

public sealed class JabatanInput
{
    [Display(Name = "Kode jabatan")]
    [Required(ErrorMessage = "Kode jabatan wajib diisi.")]
    [StringLength(64, ErrorMessage = "Kode jabatan paling panjang 64 karakter.")]
    public string Kode { get; set; } = "";

    [Display(Name = "Nama jabatan")]
    [Required(ErrorMessage = "Nama jabatan wajib diisi.")]
    [StringLength(250, ErrorMessage = "Nama jabatan paling panjang 250 karakter.")]
    public string Nama { get; set; } = "";

    [Display(Name = "Jenis jabatan")]
    [Required(ErrorMessage = "Jenis jabatan wajib dipilih.")]
    [EnumDataType(typeof(JenisJabatan), ErrorMessage = "Jenis jabatan tidak dikenal.")]
    public JenisJabatan? Jenis { get; set; }

    [Display(Name = "Jenjang")]
    [StringLength(60, ErrorMessage = "Jenjang paling panjang 60 karakter.")]
    public string? Jenjang { get; set; }

    [Display(Name = "Kelas jabatan")]
    [Range(1, 17, ErrorMessage = "Kelas jabatan harus antara 1 dan 17.")]
    public int? KelasJabatan { get; set; }

    [Display(Name = "Unit")]
    public Guid? UnitId { get; set; }

    [Display(Name = "Jabatan atasan")]
    public Guid? AtasanJabatanId { get; set; }

    public int Versi { get; set; }
}

/// <summary>What the create and edit pages of a jabatan share: the form, its selects and the rules checked before saving.</summary>
[SatuKoneksi]
public abstract class JabatanFormModel(KinaraDbContext db) : KinaraPageModel
{
    [BindProperty] public JabatanInput Input { get; set; } = new();

    public List<SelectListItem> UnitOptions { get; private set; } = [];
    public List<SelectListItem> AtasanOptions { get; private set; } = [];

    protected KinaraDbContext Db => db;

    /// <param name="jabatanId">The jabatan being edited: it and the posts under it cannot be chosen as atasan.</param>
    protected async Task IsiPilihanAsync(Guid? jabatanId, CancellationToken ct)
    {
        UnitOptions = await Pilihan.UnitAsync(db, ct, termasuk: Input.UnitId, kosong: "— Pilih unit —");
        AtasanOptions = await Pilihan.JabatanAsync(db, ct, termasuk: Input.AtasanJabatanId, kecualiCabang: jabatanId,
            kosong: "— Tidak ada (jabatan teratas) —");
    }

    /// <summary>Checks the rules that need the database and copies the form onto <paramref name="jabatan"/>; returns the error page or null.</summary>
    protected async Task<IActionResult?> TerapkanAsync(Domain.Organisasi.Jabatan jabatan, CancellationToken ct)
    {
        var kode = Input.Kode.Trim();
        if (await PemakaiKodeAsync(kode, jabatan.Id, ct) is { } lain)
        {
            return KodeDipakai(kode, lain);
        }
        if (Input.UnitId is { } unitId && unitId != jabatan.UnitId
            && await db.Unit.AsNoTracking().Where(u => u.Id == unitId).Select(u => (bool?)u.Aktif).FirstOrDefaultAsync(ct) is not true)
        {
            ModelState.AddModelError("Input.UnitId", "Unit yang dipilih tidak ditemukan atau sudah nonaktif. Pilih dari daftar.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        if (Input.AtasanJabatanId is { } atasanId && atasanId != jabatan.AtasanJabatanId
            && await db.Jabatan.AsNoTracking().Where(j => j.Id == atasanId).Select(j => (bool?)j.Aktif).FirstOrDefaultAsync(ct) is not true)
        {
            ModelState.AddModelError("Input.AtasanJabatanId", "Jabatan atasan yang dipilih tidak ditemukan atau sudah nonaktif. Pilih dari daftar.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        var jenis = Input.Jenis!.Value;
        if (jenis is JenisJabatan.Jpt or JenisJabatan.Administrator or JenisJabatan.Pengawas)
        {
            var pemegang = await db.Pegawai.CountAsync(p => p.JabatanId == jabatan.Id && p.Aktif, ct);
            if (pemegang > 1)
            {
                ModelState.AddModelError("Input.Jenis", $"Jabatan struktural hanya dipegang satu pegawai, sedangkan jabatan ini dipegang {pemegang} pegawai aktif. Pindahkan pegawai lain lebih dulu.");
                return FormInvalid(StatusCodes.Status422UnprocessableEntity);
            }
        }
        var atasanDari = await db.Jabatan.AsNoTracking().Select(j => new { j.Id, j.AtasanJabatanId })
            .ToDictionaryAsync(j => j.Id, j => j.AtasanJabatanId, ct);
        try
        {
            jabatan.SetAtasan(Input.AtasanJabatanId, id => atasanDari.GetValueOrDefault(id));
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex, "Input.AtasanJabatanId");
        }
        jabatan.Kode = kode;
        jabatan.Nama = Input.Nama.Trim();
        jabatan.Jenis = jenis;
        jabatan.Jenjang = string.IsNullOrWhiteSpace(Input.Jenjang) ? null : Input.Jenjang.Trim();
        jabatan.KelasJabatan = Input.KelasJabatan;
        jabatan.UnitId = Input.UnitId;
        return null;
    }

    /// <summary>Saves; a stale Versi or a kode taken in the meantime (unique index) become form errors, not a 500.</summary>
    protected async Task<IActionResult?> SimpanAsync(Domain.Organisasi.Jabatan jabatan, CancellationToken ct)
    {
        return await SimpanFormulirAsync(db, ct, async () => await PemakaiKodeAsync(jabatan.Kode, jabatan.Id, ct) is { } lain
            ? PesanKodeDipakai(jabatan.Kode, lain) : null);
    }

    private IActionResult KodeDipakai(string kode, string lain)
    {
        ModelState.AddModelError("Input.Kode", PesanKodeDipakai(kode, lain));
        return FormInvalid(StatusCodes.Status422UnprocessableEntity);
    }

    private static string PesanKodeDipakai(string kode, string lain) => $"Kode \"{kode}\" sudah dipakai oleh jabatan \"{lain}\". Gunakan kode lain.";

    private Task<string?> PemakaiKodeAsync(string kode, Guid selain, CancellationToken ct) =>
        db.Jabatan.AsNoTracking().Where(j => j.Kode == kode && j.Id != selain).Select(j => j.Nama).FirstOrDefaultAsync(ct);
}
