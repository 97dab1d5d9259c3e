using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Unit;

public sealed class UnitInput
{
    [Display(Name = "Kode unit")]
    [Required(ErrorMessage = "Kode unit wajib diisi.")]
    [StringLength(64, ErrorMessage = "Kode unit paling panjang 64 karakter.")]
    public string Kode { get; set; } = "";

    [Display(Name = "Nama unit")]
    [Required(ErrorMessage = "Nama unit wajib diisi.")]
    [StringLength(250, ErrorMessage = "Nama unit paling panjang 250 karakter.")]
    public string Nama { get; set; } = "";

    [Display(Name = "Jenis unit")]
    [Required(ErrorMessage = "Jenis unit wajib dipilih.")]
    [EnumDataType(typeof(JenisUnit), ErrorMessage = "Jenis unit tidak dikenal.")]
    public JenisUnit? Jenis { get; set; }

    [Display(Name = "Unit induk")]
    public Guid? IndukId { get; set; }

    public int Versi { get; set; }
}

/// <summary>What the create and edit pages of a unit share: the form, the induk select and the rules checked before saving.</summary>
[SatuKoneksi]
public abstract class UnitFormModel(KinaraDbContext db) : KinaraPageModel
{
    [BindProperty] public UnitInput Input { get; set; } = new();

    public List<SelectListItem> IndukOptions { get; private set; } = [];

    protected KinaraDbContext Db => db;

    /// <param name="unitId">The unit being edited: it and its descendants cannot be chosen as induk.</param>
    protected async Task IsiPilihanAsync(Guid? unitId, CancellationToken ct) =>
        IndukOptions = await Pilihan.UnitAsync(db, ct, termasuk: Input.IndukId, kecualiCabang: unitId, kosong: "— Tidak ada (unit teratas) —");

    /// <summary>Checks the rules that need the database and copies the form onto <paramref name="unit"/>; returns the error page or null.</summary>
    protected async Task<IActionResult?> TerapkanAsync(UnitOrganisasi unit, CancellationToken ct)
    {
        var kode = Input.Kode.Trim();
        if (await PemakaiKodeAsync(kode, unit.Id, ct) is { } lain)
        {
            return KodeDipakai(kode, lain);
        }
        if (Input.IndukId is { } indukId && indukId != unit.IndukId)
        {
            var induk = await db.Unit.AsNoTracking().Where(u => u.Id == indukId).Select(u => new { u.Aktif }).FirstOrDefaultAsync(ct);
            if (induk is null)
            {
                ModelState.AddModelError("Input.IndukId", "Unit induk yang dipilih tidak ditemukan. Pilih dari daftar.");
                return FormInvalid();
            }
            if (!induk.Aktif)
            {
                ModelState.AddModelError("Input.IndukId", "Unit induk yang dipilih sudah nonaktif. Pilih unit induk yang aktif.");
                return FormInvalid(StatusCodes.Status422UnprocessableEntity);
            }
        }
        var indukDari = await db.Unit.AsNoTracking().Select(u => new { u.Id, u.IndukId }).ToDictionaryAsync(u => u.Id, u => u.IndukId, ct);
        try
        {
            unit.SetInduk(Input.IndukId, id => indukDari.GetValueOrDefault(id));
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex, "Input.IndukId");
        }
        unit.Kode = kode;
        unit.Nama = Input.Nama.Trim();
        unit.Jenis = Input.Jenis!.Value;
        return null;
    }

    /// <summary>Saves; a stale Versi or a kode taken in the meantime (unique index) become form errors, not a 500.</summary>
    protected async Task<IActionResult?> SimpanAsync(UnitOrganisasi unit, CancellationToken ct)
    {
        return await SimpanFormulirAsync(db, ct, async () => await PemakaiKodeAsync(unit.Kode, unit.Id, ct) is { } lain
            ? PesanKodeDipakai(unit.Kode, lain) : null);
    }

    private IActionResult KodeDipakai(string kode, string lain)
    {
        ModelState.AddModelError("Input.Kode", PesanKodeDipakai(kode, lain));
        return FormInvalid(StatusCodes.Status422UnprocessableEntity);
    }

    private static string PesanKodeDipakai(string kode, string lain) => $"Kode \"{kode}\" sudah dipakai oleh unit \"{lain}\". Gunakan kode lain.";

    private Task<string?> PemakaiKodeAsync(string kode, Guid selain, CancellationToken ct) =>
        db.Unit.AsNoTracking().Where(u => u.Kode == kode && u.Id != selain).Select(u => u.Nama).FirstOrDefaultAsync(ct);
}
