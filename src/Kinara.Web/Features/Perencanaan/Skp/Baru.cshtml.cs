using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>Creates an SKP for a period with the pegawai's current post and pejabat penilai as its snapshot.</summary>
[SatuKoneksi]
public sealed class BaruModel(KinaraDbContext db, PosisiService posisiService, TimeProvider clock) : KinaraPageModel
{
    public sealed class SkpBaruInput
    {
        [Display(Name = "Tahun")]
        [Required(ErrorMessage = "Tahun wajib dipilih.")]
        [Range(2000, 2100, ErrorMessage = "Tahun tidak valid.")]
        public int? Tahun { get; set; }

        /// <summary>True: 1 January – 31 December; false: the dates below (e.g. after a change of post).</summary>
        public bool SatuTahunPenuh { get; set; } = true;

        [Display(Name = "Awal periode")]
        public DateOnly? PeriodeAwal { get; set; }

        [Display(Name = "Akhir periode")]
        public DateOnly? PeriodeAkhir { get; set; }

        [Display(Name = "Pendekatan")]
        [Required(ErrorMessage = "Pilih pendekatan kuantitatif atau kualitatif.")]
        [EnumDataType(typeof(Pendekatan), ErrorMessage = "Pendekatan tidak dikenal.")]
        public Pendekatan? Pendekatan { get; set; }
    }

    [BindProperty] public SkpBaruInput Input { get; set; } = new();
    public PosisiSkp? Posisi { get; private set; }
    public IReadOnlyList<int> PilihanTahun { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? tahun, CancellationToken ct)
    {
        if (PegawaiId is not { } saya)
        {
            return Redirect("/perencanaan/skp");
        }
        var hariIni = clock.HariIni();
        Input.Tahun = tahun is >= 2000 and <= 2100 ? tahun : hariIni.Year;
        Input.Pendekatan = Pendekatan.Kuantitatif;
        // A second SKP in a year means a change of post or atasan: it starts today, not on 1 January.
        var adaSkp = await db.Skp.AsNoTracking().AnyAsync(s => s.PegawaiId == saya && s.Tahun == Input.Tahun && s.Status != StatusSkp.Digantikan, ct);
        Input.SatuTahunPenuh = !adaSkp;
        Input.PeriodeAwal = adaSkp && hariIni.Year == Input.Tahun ? hariIni : new DateOnly(Input.Tahun.Value, 1, 1);
        Input.PeriodeAkhir = new DateOnly(Input.Tahun.Value, 12, 31);
        await IsiAsync(saya, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (PegawaiId is not { } saya)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await IsiAsync(saya, ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        var tahun = Input.Tahun!.Value;
        var (skp, tolak) = await SkpAlur.BuatAsync(db, Posisi, InstansiId, saya, tahun, Input.SatuTahunPenuh, Input.PeriodeAwal, Input.PeriodeAkhir,
            Input.Pendekatan!.Value, clock.GetUtcNow().UtcDateTime, ct);
        if (skp is null)
        {
            return Tolak(tolak!.Isian is { } isian ? "Input." + isian : "", tolak.Pesan, tolak.Status);
        }
        db.Skp.Add(skp);
        await db.SaveChangesAsync(ct);
        PesanSukses = $"SKP tahun {tahun} berhasil dibuat. Langkah berikutnya: tambahkan Rencana Hasil Kerja (RHK).";
        return Redirect($"/perencanaan/skp/{skp.Id}");
    }

    private async Task IsiAsync(Guid saya, CancellationToken ct)
    {
        var tahunIni = clock.HariIni().Year;
        PilihanTahun = [tahunIni - 1, tahunIni, tahunIni + 1];
        Posisi = await SkpPosisi.BangunAsync(posisiService, saya, ct);
    }

    private IActionResult Tolak(string key, string pesan, int status = StatusCodes.Status422UnprocessableEntity)
    {
        ModelState.AddModelError(key, pesan);
        return FormInvalid(status);
    }
}
