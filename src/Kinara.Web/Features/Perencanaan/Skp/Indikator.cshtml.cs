using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>Adds, changes or deletes one indicator of an RHK: aspek (non-JPT) or perspektif (JPT), uraian, target, satuan.</summary>
public sealed class IndikatorModel(KinaraDbContext db) : SkpPageModel(db)
{
    public sealed class IndikatorInput
    {
        [EnumDataType(typeof(AspekIndikator), ErrorMessage = "Aspek tidak dikenal.")]
        public AspekIndikator? Aspek { get; set; }

        [StringLength(100)]
        public string? Perspektif { get; set; }

        [Display(Name = "Indikator")]
        [Required(ErrorMessage = "Uraian indikator wajib diisi.")]
        [StringLength(2000, ErrorMessage = "Uraian indikator paling panjang 2.000 karakter.")]
        public string Teks { get; set; } = "";

        /// <summary>Text, not a number: "1.000,5" and "1000.5" are both accepted (see <see cref="Angka"/>).</summary>
        [StringLength(40, ErrorMessage = "Target harus berupa angka.")]
        public string? Target { get; set; }

        [StringLength(40, ErrorMessage = "Batas atas target harus berupa angka.")]
        public string? TargetMaks { get; set; }

        [StringLength(1000, ErrorMessage = "Uraian target paling panjang 1.000 karakter.")]
        public string? TargetTeks { get; set; }

        [StringLength(100, ErrorMessage = "Satuan paling panjang 100 karakter.")]
        public string? Satuan { get; set; }

        public int Versi { get; set; }
    }

    [BindProperty] public IndikatorInput Input { get; set; } = new();
    public RencanaHasilKerja Rhk { get; private set; } = null!;
    public Guid? IndikatorId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid rhkId, Guid? indikatorId, CancellationToken ct)
    {
        if (await MuatAsync(id, rhkId, indikatorId, lacak: false, ct) is { } tolak)
        {
            return tolak;
        }
        if (indikatorId is { } iid)
        {
            var i = Rhk.Indikator.First(x => x.Id == iid);
            Input = new IndikatorInput
            {
                Aspek = i.Aspek, Perspektif = i.Perspektif, Teks = i.Teks, Target = Angka.Tulis(i.Target), TargetMaks = Angka.Tulis(i.TargetMaks),
                TargetTeks = i.TargetTeks, Satuan = i.Satuan,
            };
        }
        else if (!Skp.IsJpt)
        {
            // Suggest the next aspek not used yet: one RHK usually has a row per aspek (DOMAIN.md §1.3).
            Input.Aspek = Enum.GetValues<AspekIndikator>().Cast<AspekIndikator?>().FirstOrDefault(a => Rhk.Indikator.All(i => i.Aspek != a));
        }
        Input.Versi = Skp.Versi;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid rhkId, Guid? indikatorId, bool lanjut, CancellationToken ct)
    {
        if (await MuatAsync(id, rhkId, indikatorId, lacak: true, ct) is { } tolak)
        {
            return tolak;
        }
        foreach (var galat in SkpAlur.PeriksaIndikator(Skp, Input.Aspek, Input.Perspektif))
        {
            ModelState.AddModelError("Input." + galat.Isian, galat.Pesan);
        }
        if (!Angka.TryBaca(Input.Target, out var target))
        {
            ModelState.AddModelError("Input.Target", $"Target harus berupa angka, misalnya 12 atau 1.000,5 (yang diisi: \"{Input.Target}\").");
        }
        if (!Angka.TryBaca(Input.TargetMaks, out var targetMaks))
        {
            ModelState.AddModelError("Input.TargetMaks", "Batas atas target harus berupa angka.");
        }
        if (ModelState.IsValid && SkpAlur.PeriksaTarget(Skp, target, Input.TargetTeks) is { } tanpaTarget)
        {
            ModelState.AddModelError("Input." + tanpaTarget.Isian, tanpaTarget.Pesan);
        }
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }

        Sentuh(Skp, Input.Versi);
        try
        {
            if (indikatorId is { } iid)
            {
                Skp.UbahIndikator(rhkId, iid, Input.Aspek, Input.Perspektif, Input.Teks, target, targetMaks, Input.TargetTeks, Input.Satuan);
            }
            else
            {
                Skp.TambahIndikator(rhkId, Input.Aspek, Input.Perspektif, Input.Teks, target, targetMaks, Input.TargetTeks, Input.Satuan);
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
        PesanSukses = $"Indikator \"{Input.Teks.Trim()}\" tersimpan.";
        return Redirect(lanjut ? $"/perencanaan/skp/{id}/rhk/{rhkId}/indikator" : $"/perencanaan/skp/{id}#rhk-{rhkId}");
    }

    public async Task<IActionResult> OnPostHapusAsync(Guid id, Guid rhkId, Guid indikatorId, int versi, CancellationToken ct)
    {
        ModelState.Clear(); // the edit form's fields are not part of this post
        if (await MuatAsync(id, rhkId, indikatorId, lacak: true, ct) is { } tolak)
        {
            return tolak;
        }
        var i = Rhk.Indikator.First(x => x.Id == indikatorId);
        Input = new IndikatorInput
        {
            Aspek = i.Aspek, Perspektif = i.Perspektif, Teks = i.Teks, Target = Angka.Tulis(i.Target), TargetMaks = Angka.Tulis(i.TargetMaks),
            TargetTeks = i.TargetTeks, Satuan = i.Satuan, Versi = versi,
        };
        Sentuh(Skp, versi);
        try
        {
            Skp.HapusIndikator(rhkId, indikatorId);
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex);
        }
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Indikator \"{i.Teks}\" dihapus.";
        return Redirect($"/perencanaan/skp/{id}#rhk-{rhkId}");
    }

    /// <summary>The SKP with only the RHK this form is about and its indicators (one statement); the other RHK are not touched.</summary>
    private async Task<IActionResult?> MuatAsync(Guid id, Guid rhkId, Guid? indikatorId, bool lacak, CancellationToken ct)
    {
        var query = Db.Skp.Include(s => s.Rhk.Where(r => r.Id == rhkId)).ThenInclude(r => r.Indikator);
        if (await MuatAsync(lacak ? query : query.AsNoTracking(), id, ct) is { } tolak)
        {
            return tolak;
        }
        if (!Akses.Pemilik)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (Skp.Rhk.FirstOrDefault(r => r.Id == rhkId) is not { } rhk || (indikatorId is { } iid && rhk.Indikator.All(i => i.Id != iid)))
        {
            return NotFound();
        }
        Rhk = rhk;
        IndikatorId = indikatorId;
        return null;
    }
}
