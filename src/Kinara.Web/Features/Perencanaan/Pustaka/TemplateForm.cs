using System.ComponentModel.DataAnnotations;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Pustaka;

public sealed class TemplateInput
{
    [Required(ErrorMessage = "Kelompok jabatan wajib diisi, misalnya \"Guru\" atau \"Tenaga Kesehatan\".")]
    [StringLength(100, ErrorMessage = "Kelompok paling panjang 100 karakter.")]
    public string Kelompok { get; set; } = "";

    [StringLength(500, ErrorMessage = "Kata kunci jabatan paling panjang 500 karakter.")]
    public string? KataKunciJabatan { get; set; }

    [Required(ErrorMessage = "Pilih jenis RHK.")]
    [EnumDataType(typeof(JenisRhk), ErrorMessage = "Jenis RHK tidak dikenal.")]
    public JenisRhk? Jenis { get; set; } = JenisRhk.Utama;

    [Required(ErrorMessage = "Uraian Rencana Hasil Kerja wajib diisi.")]
    [StringLength(2000, ErrorMessage = "Uraian RHK paling panjang 2.000 karakter.")]
    public string Teks { get; set; } = "";

    public List<IndikatorTemplateInput> Indikator { get; set; } = [];

    public int Versi { get; set; }
}

public sealed class IndikatorTemplateInput
{
    [EnumDataType(typeof(AspekIndikator), ErrorMessage = "Aspek tidak dikenal.")]
    public AspekIndikator? Aspek { get; set; }

    [StringLength(2000, ErrorMessage = "Uraian indikator paling panjang 2.000 karakter.")]
    public string? Teks { get; set; }

    /// <summary>Text, not decimal: see <see cref="Angka"/>.</summary>
    [StringLength(30)]
    public string? Target { get; set; }

    [StringLength(100, ErrorMessage = "Satuan paling panjang 100 karakter.")]
    public string? Satuan { get; set; }

    [StringLength(1000, ErrorMessage = "Target naratif paling panjang 1.000 karakter.")]
    public string? TargetTeks { get; set; }

    public bool Kosong => Aspek is null && string.IsNullOrWhiteSpace(Teks) && string.IsNullOrWhiteSpace(Target)
                          && string.IsNullOrWhiteSpace(Satuan) && string.IsNullOrWhiteSpace(TargetTeks);
}

/// <summary>What the create and edit pages of a library template share: the form, its suggestions and the checks.</summary>
[SatuKoneksi]
public abstract class TemplateFormModel(KinaraDbContext db) : KinaraPageModel
{
    private const int BarisKosong = 3;

    [BindProperty] public TemplateInput Input { get; set; } = new();

    public List<string> KelompokAda { get; private set; } = [];

    protected KinaraDbContext Db => db;

    protected async Task IsiSaranAsync(CancellationToken ct) =>
        KelompokAda = await db.TemplateRhk.AsNoTracking().Select(t => t.Kelompok).Distinct().OrderBy(k => k).ToListAsync(ct);

    protected void TambahBarisKosong()
    {
        for (var i = 0; i < BarisKosong; i++)
        {
            Input.Indikator.Add(new IndikatorTemplateInput());
        }
    }

    /// <summary>Checks the indicator rows and copies the form onto <paramref name="t"/>; false when the form has errors.</summary>
    protected bool Terapkan(TemplateRhk t)
    {
        var indikator = new List<TemplateIndikator>();
        for (var i = 0; i < Input.Indikator.Count; i++)
        {
            var r = Input.Indikator[i];
            if (r.Kosong)
            {
                continue;
            }
            var nomor = i + 1;
            if (string.IsNullOrWhiteSpace(r.Teks))
            {
                ModelState.AddModelError($"Input.Indikator[{i}].Teks", $"Indikator baris {nomor}: uraian indikator wajib diisi.");
            }
            if (r.Aspek is null)
            {
                ModelState.AddModelError($"Input.Indikator[{i}].Aspek", $"Indikator baris {nomor}: pilih aspek (kuantitas, kualitas, waktu atau biaya).");
            }
            if (!Angka.TryParse(r.Target, out var target))
            {
                ModelState.AddModelError($"Input.Indikator[{i}].Target", $"Indikator baris {nomor}: target harus berupa angka, misalnya 100 atau 85,5. Target berupa kalimat ditulis di kolom \"target naratif\".");
            }
            else if (target is < 0)
            {
                ModelState.AddModelError($"Input.Indikator[{i}].Target", $"Indikator baris {nomor}: target tidak boleh negatif.");
            }
            else if (target is null && string.IsNullOrWhiteSpace(r.TargetTeks))
            {
                ModelState.AddModelError($"Input.Indikator[{i}].Target", $"Indikator baris {nomor}: isi target berupa angka, atau target naratif.");
            }
            indikator.Add(new TemplateIndikator(r.Aspek, null, r.Teks?.Trim() ?? "", target, Bersih(r.TargetTeks), Bersih(r.Satuan)));
        }
        if (indikator.Count == 0)
        {
            ModelState.AddModelError("", "Isi sedikitnya satu indikator untuk RHK ini.");
        }
        if (!ModelState.IsValid)
        {
            return false;
        }
        t.Kelompok = Input.Kelompok.Trim();
        // Normalised "guru, kepala sekolah" so the keyword match and the display agree.
        t.KataKunciJabatan = string.Join(", ", (Input.KataKunciJabatan ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase));
        t.Jenis = Input.Jenis!.Value;
        t.Teks = Input.Teks.Trim();
        t.Indikator = indikator;
        return true;
    }

    protected Task<IActionResult?> SimpanAsync(CancellationToken ct) => SimpanFormulirAsync(db, ct);

    private static string? Bersih(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
