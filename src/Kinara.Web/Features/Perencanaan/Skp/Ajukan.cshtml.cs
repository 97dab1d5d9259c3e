using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Infrastructure.Cache;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>
/// The submission checklist and the submission itself. The position (jabatan, unit, penilai) is taken again from
/// today's tree, and every cascading link must still point at an RHK of that penilai's current SKP.
/// </summary>
public sealed class AjukanModel(KinaraDbContext db, PosisiService posisiService, TimeProvider clock, PengaturanInstansiCache pengaturan) : SkpPageModel(db)
{
    public IReadOnlyList<string> Masalah { get; private set; } = [];
    public PosisiSkp? Posisi { get; private set; }
    public string? PenilaiSebelumnya { get; private set; }
    public bool ReviuPengelola { get; private set; }
    public bool BisaDiubah { get; private set; }
    [BindProperty] public int Versi { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await MuatAsync(Muat().AsNoTracking(), id, ct) ?? BukanPemilik()) is { } tolak)
        {
            return tolak;
        }
        Versi = Skp.Versi;
        await PeriksaAsync(simpan: false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if ((await MuatAsync(Muat(), id, ct) ?? BukanPemilik()) is { } tolak)
        {
            return tolak;
        }
        Sentuh(Skp, Versi);
        if (!await PeriksaAsync(simpan: true, ct))
        {
            return Tolak(BisaDiubah
                ? "SKP belum dapat diajukan. Lengkapi dulu hal-hal pada daftar periksa di bawah."
                : $"SKP berstatus {Skp.Status.Teks()} tidak dapat diajukan lagi.", StatusCodes.Status422UnprocessableEntity);
        }
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = Skp.Status == StatusSkp.MenungguReviu
            ? "SKP berhasil diajukan. Pengelola kinerja akan mereviu lebih dulu, lalu meneruskannya kepada pejabat penilai."
            : $"SKP berhasil diajukan kepada pejabat penilai ({Skp.PejabatPenilaiNama}). Hasilnya akan tampil di halaman ini.";
        return Redirect($"/perencanaan/skp/{id}");
    }

    /// <summary>
    /// Runs the domain's submission (on the tracked SKP when <paramref name="simpan"/>, else on the untracked copy as a
    /// dry run: Ajukan refreshes the position before checking, so this shows exactly what submitting will say).
    /// </summary>
    private async Task<bool> PeriksaAsync(bool simpan, CancellationToken ct)
    {
        BisaDiubah = Skp.BisaDiubah;
        ReviuPengelola = (await pengaturan.AmbilAsync(Db, InstansiId, ct)).ReviuPengelolaKinerja;
        if (!BisaDiubah)
        {
            return false;
        }
        var hasil = await SkpAlur.AjukanAsync(Db, posisiService, Skp, ReviuPengelola, clock.GetUtcNow().UtcDateTime, ct);
        (Masalah, Posisi, PenilaiSebelumnya) = (hasil.Masalah, hasil.Posisi, hasil.PenilaiSebelumnya);
        return hasil.Berhasil;
    }

    /// <summary>What the checklist reads: the RHK and their indicators, in one statement (perilaku and lampiran play no part).</summary>
    private IQueryable<Skp> Muat() => Db.Skp.Include(s => s.Rhk).ThenInclude(r => r.Indikator);

    private IActionResult? BukanPemilik() => Akses.Pemilik ? null : StatusCode(StatusCodes.Status403Forbidden);
}
