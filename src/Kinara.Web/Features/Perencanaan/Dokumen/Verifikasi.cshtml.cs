using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>
/// The public page behind the QR code of a printed SKP: anyone holding the paper (a BKD officer, an auditor, a bank)
/// checks that it is genuine and still the SKP in force. It shows only status facts, never the RHK content.
/// The token names the tenant (protected by its HMAC), so the page acts for that tenant without a signed-in user,
/// like the import worker does; the tenant query filters stay on.
/// </summary>
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class VerifikasiModel(KinaraDbContext db, TenantContext tenant, TokenVerifikasi tokenVerifikasi) : PageModel
{
    public enum Keadaan
    {
        /// <summary>The approved SKP, unchanged since printing.</summary>
        Berlaku,
        /// <summary>Unchanged since printing, but never approved: a draft.</summary>
        BelumDisetujui,
        /// <summary>The SKP changed (content or status) after this document was made.</summary>
        Berubah,
        /// <summary>A newer revision was approved: this document no longer counts.</summary>
        Digantikan,
    }

    public sealed record Fakta(string Nama, string NipSamaran, string Jabatan, string Unit, string Instansi, string Periode, int Revisi,
        StatusSkp Status, DateTime? DisetujuiPada, string? PejabatPenilai);

    public sealed record RevisiLain(int Revisi, StatusSkp Status, DateTime? DisetujuiPada);

    public Fakta? Data { get; private set; }
    public Keadaan Hasil { get; private set; }
    public RevisiLain? RevisiTerbaru { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (tokenVerifikasi.Baca(token) is not { } isi)
        {
            return TidakDikenal();
        }
        tenant.Set(isi.InstansiId, null, "verifikasi-skp");
        var skp = await db.Skp.AsNoTracking().Where(s => s.Id == isi.SkpId)
            .Select(s => new
            {
                s.PegawaiId, s.PeriodeAwal, s.PeriodeAkhir, s.Revisi, s.Status, s.Versi, s.DisetujuiPada, s.JabatanNama, s.UnitNama,
                s.PejabatPenilaiNama,
            })
            .FirstOrDefaultAsync(ct);
        if (skp is null)
        {
            return TidakDikenal();
        }
        var pegawai = await db.Pegawai.AsNoTracking().Where(p => p.Id == skp.PegawaiId)
            .Select(p => new { p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip }).FirstAsync(ct);
        var instansi = await db.Instansi.AsNoTracking().Where(i => i.Id == isi.InstansiId).Select(i => i.Nama).FirstAsync(ct);
        Data = new Fakta(Pegawai.NamaDenganGelar(pegawai.GelarDepan, pegawai.Nama, pegawai.GelarBelakang), Samarkan(pegawai.Nip),
            skp.JabatanNama, skp.UnitNama, instansi, SkpLabel.Periode(skp.PeriodeAwal, skp.PeriodeAkhir), skp.Revisi, skp.Status,
            skp.DisetujuiPada, skp.PejabatPenilaiNama);

        RevisiTerbaru = await db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == skp.PegawaiId && s.PeriodeAwal == skp.PeriodeAwal && s.PeriodeAkhir == skp.PeriodeAkhir && s.Revisi > skp.Revisi)
            .OrderByDescending(s => s.Status == StatusSkp.Disetujui).ThenByDescending(s => s.Revisi)
            .Select(s => new RevisiLain(s.Revisi, s.Status, s.DisetujuiPada)).FirstOrDefaultAsync(ct);

        Hasil = skp.Status == StatusSkp.Digantikan ? Keadaan.Digantikan
            : skp.Versi != isi.Versi ? Keadaan.Berubah
            : skp.Status == StatusSkp.Disetujui ? Keadaan.Berlaku
            : Keadaan.BelumDisetujui;
        return Page();
    }

    private PageResult TidakDikenal()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>
    /// Enough of the NIP to match it against the paper, not enough to learn the date of birth (personal data, UU 27/2022):
    /// birth year, gender digit and serial stay visible: "1985**** ****** 2 003".
    /// </summary>
    public static string Samarkan(string nip) => nip switch
    {
        { Length: 18 } n when n.All(char.IsAsciiDigit) => $"{n[..4]}**** ****** {n[14]} {n[15..]}",
        { Length: >= 6 } n => n[..2] + new string('*', n.Length - 5) + n[^3..],
        _ => new string('*', nip.Length),
    };
}
