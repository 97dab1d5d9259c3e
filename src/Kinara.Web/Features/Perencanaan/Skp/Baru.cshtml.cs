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
        if (Posisi is null)
        {
            return Tolak("", "Jabatan Anda belum ditetapkan, sehingga SKP belum dapat dibuat. Hubungi admin kepegawaian.");
        }
        var tahun = Input.Tahun!.Value;
        DateOnly awal, akhir;
        if (Input.SatuTahunPenuh)
        {
            (awal, akhir) = (new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31));
        }
        else if (Input.PeriodeAwal is not { } a || Input.PeriodeAkhir is not { } b)
        {
            return Tolak("Input.PeriodeAwal", "Isi tanggal awal dan akhir periode, atau pilih \"Satu tahun penuh\".", StatusCodes.Status400BadRequest);
        }
        else if (a.Year != tahun || b.Year != tahun)
        {
            return Tolak("Input.PeriodeAwal", $"Tanggal awal dan akhir periode harus berada di tahun {tahun}.");
        }
        else
        {
            (awal, akhir) = (a, b);
        }

        var bentrok = await db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == saya && s.Status != StatusSkp.Digantikan && s.PeriodeAwal <= akhir && s.PeriodeAkhir >= awal)
            .OrderBy(s => s.PeriodeAwal).Select(s => new { s.PeriodeAwal, s.PeriodeAkhir, s.Status }).FirstOrDefaultAsync(ct);
        if (bentrok is not null)
        {
            return Tolak("", $"Anda sudah memiliki SKP untuk periode {SkpLabel.Periode(bentrok.PeriodeAwal, bentrok.PeriodeAkhir)} " +
                $"(status: {bentrok.Status.Teks()}). Satu periode hanya boleh memiliki satu SKP: buka SKP tersebut dari daftar SKP saya, " +
                "atau pilih periode yang tidak bertumpuk.");
        }

        Skp skp;
        try
        {
            skp = Skp.Buat(InstansiId, saya, awal, akhir, Input.Pendekatan!.Value, Posisi, clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex, "Input.PeriodeAwal");
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
        Posisi = await SkpPosisi.BangunAsync(db, posisiService, saya, ct);
    }

    private IActionResult Tolak(string key, string pesan, int status = StatusCodes.Status422UnprocessableEntity)
    {
        ModelState.AddModelError(key, pesan);
        return FormInvalid(status);
    }
}
