using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>The three lampiran lists of an SKP, one item per line.</summary>
public sealed class LampiranModel(KinaraDbContext db) : SkpPageModel(db)
{
    public sealed class LampiranInput
    {
        [StringLength(10000, ErrorMessage = "Isian terlalu panjang.")]
        public string? DukunganSumberDaya { get; set; }

        [StringLength(10000, ErrorMessage = "Isian terlalu panjang.")]
        public string? SkemaPertanggungjawaban { get; set; }

        [StringLength(10000, ErrorMessage = "Isian terlalu panjang.")]
        public string? Konsekuensi { get; set; }

        public int Versi { get; set; }

        public string? Dari(JenisLampiran j) => j switch
        {
            JenisLampiran.DukunganSumberDaya => DukunganSumberDaya,
            JenisLampiran.SkemaPertanggungjawaban => SkemaPertanggungjawaban,
            _ => Konsekuensi,
        };
    }

    [BindProperty] public LampiranInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await MuatAsync(id, lacak: false, ct) ?? BukanPemilik()) is { } tolak)
        {
            return tolak;
        }
        string Baris(JenisLampiran j) => string.Join("\n", Skp.Lampiran.Where(l => l.Jenis == j).OrderBy(l => l.Urutan).Select(l => l.Teks));
        Input = new LampiranInput
        {
            DukunganSumberDaya = Baris(JenisLampiran.DukunganSumberDaya),
            SkemaPertanggungjawaban = Baris(JenisLampiran.SkemaPertanggungjawaban),
            Konsekuensi = Baris(JenisLampiran.Konsekuensi),
            Versi = Skp.Versi,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if ((await MuatAsync(id, lacak: true, ct) ?? BukanPemilik()) is { } tolak)
        {
            return tolak;
        }
        foreach (var jenis in Enum.GetValues<JenisLampiran>())
        {
            if (Butir(Input.Dari(jenis)).FirstOrDefault(b => b.Length > 1000) is { } panjang)
            {
                ModelState.AddModelError($"Input.{jenis}", $"Satu baris {jenis.Teks().ToLowerInvariant()} paling panjang 1.000 karakter; pecah menjadi beberapa baris.");
            }
        }
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        Sentuh(Skp, Input.Versi);
        try
        {
            foreach (var jenis in Enum.GetValues<JenisLampiran>())
            {
                Skp.SetLampiran(jenis, Butir(Input.Dari(jenis)));
            }
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex);
        }
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = "Lampiran SKP tersimpan.";
        return Redirect($"/perencanaan/skp/{id}#lampiran");
    }

    private static IEnumerable<string> Butir(string? teks) =>
        (teks ?? "").Split('\n').Select(b => b.Trim().TrimStart('-', '•', '*').Trim()).Where(b => b.Length > 0);

    private IActionResult? BukanPemilik() => Akses.Pemilik ? null : StatusCode(StatusCodes.Status403Forbidden);
}
