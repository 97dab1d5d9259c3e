using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Pustaka;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Sasaran;

public sealed class SasaranInput
{
    [Required(ErrorMessage = "Pilih tingkat perencanaan.")]
    [EnumDataType(typeof(TingkatSasaran), ErrorMessage = "Tingkat perencanaan tidak dikenal.")]
    public TingkatSasaran? Tingkat { get; set; }

    public Guid? UnitId { get; set; }

    public Guid? IndukId { get; set; }

    [Required(ErrorMessage = "Uraian tujuan/sasaran wajib diisi.")]
    [StringLength(1000, ErrorMessage = "Uraian paling panjang 1.000 karakter.")]
    public string Teks { get; set; } = "";

    public List<IkuInput> Iku { get; set; } = [];

    public int Versi { get; set; }
}

public sealed class IkuInput
{
    [StringLength(1000, ErrorMessage = "Uraian indikator paling panjang 1.000 karakter.")]
    public string? Teks { get; set; }

    /// <summary>Text, not decimal: see <see cref="Angka"/>.</summary>
    [StringLength(30)]
    public string? Target { get; set; }

    [StringLength(100, ErrorMessage = "Satuan paling panjang 100 karakter.")]
    public string? Satuan { get; set; }

    public bool Kosong => string.IsNullOrWhiteSpace(Teks) && string.IsNullOrWhiteSpace(Target) && string.IsNullOrWhiteSpace(Satuan);
}

/// <summary>What the create and edit pages of an organisational goal share: the form, its selects and the linking checks.</summary>
[SatuKoneksi]
public abstract class SasaranFormModel(KinaraDbContext db) : KinaraPageModel
{
    /// <summary>Blank IKU rows offered under the filled ones, so a goal gets its indicators without any script.</summary>
    protected const int BarisKosong = 3;

    [BindProperty] public SasaranInput Input { get; set; } = new();

    public int Tahun { get; protected set; }
    public List<SelectListItem> UnitOptions { get; private set; } = [];
    public List<SelectListItem> IndukOptions { get; private set; } = [];

    protected KinaraDbContext Db => db;

    protected async Task IsiPilihanAsync(Guid? kecuali, CancellationToken ct)
    {
        var units = await db.Unit.AsNoTracking()
            .Where(u => u.Jenis == JenisUnit.PerangkatDaerah && (u.Aktif || u.Id == Input.UnitId))
            .OrderBy(u => u.Nama).Select(u => new { u.Id, u.Nama }).ToListAsync(ct);
        UnitOptions = [new SelectListItem("— Seluruh Pemda (RPJMD) —", ""), .. units.Select(u => new SelectListItem(u.Nama, u.Id.ToString()))];
        var nama = units.ToDictionary(u => u.Id, u => u.Nama);

        // Candidates: RPJMD goals in force this year and this year's Renstra goals. PK goals are the lowest level.
        var dari = Tahun - LabelSasaran.MasaRpjmd + 1;
        var calon = await db.SasaranOrganisasi.AsNoTracking()
            .Where(s => s.Id != kecuali && (
                (s.Tingkat <= TingkatSasaran.SasaranRpjmd && s.Tahun >= dari && s.Tahun <= Tahun)
                || (s.Tingkat == TingkatSasaran.SasaranRenstra && s.Tahun == Tahun)))
            .Select(s => new { s.Id, s.Tingkat, s.Teks, s.UnitId })
            .ToListAsync(ct);
        var grup = Enum.GetValues<TingkatSasaran>().ToDictionary(t => t, t => new SelectListGroup { Name = t.Teks() });
        IndukOptions = [new SelectListItem("— Tidak ada (tujuan RPJMD) —", "")];
        IndukOptions.AddRange(calon
            .OrderBy(s => s.Tingkat).ThenBy(s => s.UnitId is { } u ? nama.GetValueOrDefault(u) : "").ThenBy(s => s.Teks)
            .Select(s => new SelectListItem(
                s.UnitId is { } u ? $"{nama.GetValueOrDefault(u, "?")}: {s.Teks}" : s.Teks, s.Id.ToString()) { Group = grup[s.Tingkat] }));
    }

    protected void TambahBarisKosong()
    {
        for (var i = 0; i < BarisKosong; i++)
        {
            Input.Iku.Add(new IkuInput());
        }
    }

    /// <summary>
    /// Checks what needs the database (the unit, the induk), then lets the domain link the goal.
    /// Returns the error page or null; on null, <paramref name="buat"/> or <paramref name="ubah"/> has run.
    /// </summary>
    protected async Task<(IActionResult? Gagal, SasaranOrganisasi? Sasaran)> TerapkanAsync(
        SasaranOrganisasi? sasaran, CancellationToken ct)
    {
        var tingkat = sasaran?.Tingkat ?? Input.Tingkat!.Value;
        var unitId = sasaran is null ? Input.UnitId : sasaran.UnitId;
        if (sasaran is null)
        {
            if (tingkat.TingkatPemda() && unitId is not null)
            {
                ModelState.AddModelError("Input.UnitId", "Tujuan dan sasaran RPJMD berlaku untuk seluruh Pemda: kosongkan pilihan perangkat daerah.");
                return (FormInvalid(StatusCodes.Status422UnprocessableEntity), null);
            }
            if (!tingkat.TingkatPemda() && (unitId is not { } u || !await db.Unit.AnyAsync(x => x.Id == u && x.Jenis == JenisUnit.PerangkatDaerah, ct)))
            {
                ModelState.AddModelError("Input.UnitId", "Sasaran Renstra dan Perjanjian Kinerja milik satu perangkat daerah: pilih perangkat daerahnya.");
                return (FormInvalid(StatusCodes.Status422UnprocessableEntity), null);
            }
        }

        SasaranOrganisasi? induk = null;
        if (Input.IndukId is { } indukId)
        {
            // Another instansi's goal is invisible through the tenant filter, so it reads as "not found".
            induk = await db.SasaranOrganisasi.AsNoTracking().FirstOrDefaultAsync(s => s.Id == indukId, ct);
            if (induk is null)
            {
                ModelState.AddModelError("Input.IndukId", "Tujuan/sasaran induk tidak ditemukan; mungkin sudah dihapus. Pilih dari daftar.");
                return (FormInvalid(StatusCodes.Status422UnprocessableEntity), null);
            }
            if (induk.UnitId is { } indukUnit && indukUnit != unitId)
            {
                ModelState.AddModelError("Input.IndukId", "Sasaran perangkat daerah hanya dapat ditautkan ke sasaran RPJMD atau ke sasaran Renstra perangkat daerah yang sama.");
                return (FormInvalid(StatusCodes.Status422UnprocessableEntity), null);
            }
        }

        var iku = new List<(string Teks, decimal? Target, string? Satuan)>();
        for (var i = 0; i < Input.Iku.Count; i++)
        {
            var baris = Input.Iku[i];
            if (baris.Kosong)
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(baris.Teks))
            {
                ModelState.AddModelError($"Input.Iku[{i}].Teks", $"Indikator baris {i + 1}: uraian indikator wajib diisi bila target atau satuan diisi.");
            }
            if (!Angka.TryParse(baris.Target, out var target))
            {
                ModelState.AddModelError($"Input.Iku[{i}].Target", $"Indikator baris {i + 1}: target harus berupa angka, misalnya 95 atau 72,5.");
            }
            iku.Add((baris.Teks ?? "", target, baris.Satuan));
        }
        if (!ModelState.IsValid)
        {
            return (FormInvalid(), null);
        }

        try
        {
            if (sasaran is null)
            {
                sasaran = SasaranOrganisasi.Buat(InstansiId, Tahun, unitId, tingkat, Input.Teks, induk);
                foreach (var (teks, target, satuan) in iku)
                {
                    sasaran.TambahIku(teks, target, satuan);
                }
                db.SasaranOrganisasi.Add(sasaran);
            }
            else
            {
                sasaran.Ubah(Input.Teks, induk);
                GantiIku(sasaran, iku);
                // The IKU are part of the goal: a change to them alone still bumps the goal's Versi (stale-form check).
                db.Entry(sasaran).Property(s => s.Versi).IsModified = true;
            }
        }
        catch (DomainRuleException ex)
        {
            return (RuleBroken(ex, "Input.IndukId"), null);
        }
        return (null, sasaran);
    }

    /// <summary>
    /// IKU have no edit method, so any change re-creates the list in the form's order (Urutan 1, 2, …). Nothing refers
    /// to an IKU by id (RHK point at the goal), so new ids are harmless; the model's keys are set by the domain
    /// (ValueGeneratedNever), so EF inserts the new rows under the tracked goal without help.
    /// </summary>
    private static void GantiIku(SasaranOrganisasi sasaran, List<(string Teks, decimal? Target, string? Satuan)> iku)
    {
        var sama = sasaran.Iku.Count == iku.Count && sasaran.Iku.OrderBy(i => i.Urutan).Zip(iku).All(p =>
            p.First.Teks == p.Second.Teks.Trim() && p.First.Target == p.Second.Target
            && p.First.Satuan == (string.IsNullOrWhiteSpace(p.Second.Satuan) ? null : p.Second.Satuan.Trim()));
        if (sama)
        {
            return;
        }
        foreach (var lama in sasaran.Iku.ToList())
        {
            sasaran.HapusIku(lama.Id);
        }
        foreach (var (teks, target, satuan) in iku)
        {
            sasaran.TambahIku(teks, target, satuan);
        }
    }

    protected Task<IActionResult?> SimpanAsync(CancellationToken ct) => SimpanFormulirAsync(db, ct);

    protected string KembaliKe(SasaranOrganisasi s) =>
        $"/perencanaan/sasaran?tahun={(s.Tingkat.TingkatPemda() ? Tahun : s.Tahun)}" + (s.UnitId is { } u ? $"&unit={u}" : "") + $"#s-{s.Id}";
}
