using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Perencanaan.Sasaran;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TimKerjaEntitas = Kinara.Domain.Perencanaan.TimKerja;

namespace Kinara.Web.Features.Perencanaan.TimPages;

/// <summary>
/// Forms a tim kerja: name, year and ketua (found by name or NIP in any unit). Members are added next, on the edit page.
/// Allowed to admins, pimpinan and every pejabat penilai (<see cref="AksesTim"/>); the user forming it is its pembentuk.
/// </summary>
public sealed class BaruModel(KinaraDbContext db, PosisiService posisi, TimeProvider clock) : KinaraPageModel
{
    public sealed class TimBaruInput
    {
        [Display(Name = "Nama tim")]
        [Required(ErrorMessage = "Nama tim kerja wajib diisi.")]
        [StringLength(250, ErrorMessage = "Nama tim paling panjang 250 karakter.")]
        public string? Nama { get; set; }

        [Display(Name = "Tahun")]
        [Required(ErrorMessage = "Tahun wajib dipilih.")]
        [Range(2000, 2100, ErrorMessage = "Tahun tidak valid.")]
        public int? Tahun { get; set; }

        public Guid? KetuaId { get; set; }
    }

    // GET binding too: without JavaScript the "Cari" button reloads this page with what was typed so far.
    [BindProperty(SupportsGet = true)] public TimBaruInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<int> PilihanTahun { get; private set; } = [];
    public PegawaiRingkas? Ketua { get; private set; }
    public HasilCari Hasil { get; private set; } = new(null, [], true);

    public async Task<IActionResult> OnGetAsync(int? tahun, CancellationToken ct)
    {
        if (!await User.BolehBentukAsync(PegawaiId, posisi, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        ModelState.Clear(); // a first visit is not a failed submission
        Input.Tahun ??= TahunKinerja.Pilih(tahun, clock);
        await IsiAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCariAsync(CancellationToken ct)
    {
        if (!await User.BolehBentukAsync(PegawaiId, posisi, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return Partial("_HasilCari", new HasilCari(Q ?? "", await CariPegawai.CariAsync(db, Q, ct), PilihKetua: true));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await User.BolehBentukAsync(PegawaiId, posisi, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await IsiAsync(ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        if (Input.KetuaId is null)
        {
            return Tolak("Input.KetuaId", "Pilih ketua tim: cari namanya atau NIP-nya, lalu pilih dari hasil pencarian.", StatusCodes.Status400BadRequest);
        }
        if (Ketua is null || !Ketua.Aktif)
        {
            return Tolak("Input.KetuaId", "Ketua tim tidak ditemukan di antara pegawai aktif instansi ini. Cari dan pilih ulang.", StatusCodes.Status422UnprocessableEntity);
        }
        TimKerjaEntitas tim;
        try
        {
            tim = TimKerjaEntitas.Bentuk(InstansiId, Input.Tahun!.Value, Input.Nama!, PegawaiId ?? Ketua.Id);
            tim.TetapkanKetua(Ketua.Id);
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex);
        }
        db.TimKerja.Add(tim);
        await db.SaveChangesAsync(ct);
        PesanSukses = $"Tim kerja \"{tim.Nama}\" dibentuk dengan ketua {Ketua.Nama}. Langkah berikutnya: tambahkan anggota tim.";
        return Redirect($"/perencanaan/tim/{tim.Id}/ubah");
    }

    private async Task IsiAsync(CancellationToken ct)
    {
        var tahunIni = TahunKinerja.Sekarang(clock);
        PilihanTahun = Enumerable.Range(tahunIni - 1, 3).Append(Input.Tahun ?? tahunIni).Where(t => t is >= 2000 and <= 2100).Distinct().Order().ToList();
        if (Input.KetuaId is { } k)
        {
            Ketua = (await CariPegawai.MuatAsync(db, [k], ct)).GetValueOrDefault(k);
        }
        if (Q is not null)
        {
            Hasil = new HasilCari(Q, await CariPegawai.CariAsync(db, Q, ct), PilihKetua: true);
        }
    }

    private IActionResult Tolak(string key, string pesan, int status)
    {
        ModelState.AddModelError(key, pesan);
        return FormInvalid(status);
    }
}
