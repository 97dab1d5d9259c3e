using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpBawahan;

/// <summary>
/// Returns an SKP to the pegawai with a reason: by its pejabat penilai (status Diajukan) or, where the tenant
/// reviews SKP first, by the pengelola kinerja (status Menunggu reviu). The SKP page opens this as a dialog;
/// this page is the form without JavaScript and the place where a refused return is explained.
/// </summary>
public sealed class KembalikanModel(KinaraDbContext db) : SkpPageModel(db)
{
    [BindProperty]
    [Display(Name = "Alasan")]
    [Required(ErrorMessage = "Alasan pengembalian wajib diisi agar pegawai tahu apa yang harus diperbaiki.")]
    [StringLength(2000, ErrorMessage = "Alasan paling panjang 2.000 karakter.")]
    public string? Alasan { get; set; }

    [BindProperty] public int Versi { get; set; }

    public bool OlehPengelola { get; private set; }
    public bool Boleh { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: false, ct) is { } tolak)
        {
            return tolak;
        }
        await TentukanPeranAsync(ct);
        Versi = Skp.Versi;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: true, ct) is NotFoundResult nf)
        {
            return nf;
        }
        await TentukanPeranAsync(ct);
        if (!Akses.Penilai && !OlehPengelola)
        {
            return Tolak("Anda bukan pejabat penilai pegawai ini, sehingga tidak dapat mengembalikan SKP-nya.", StatusCodes.Status403Forbidden);
        }
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        Sentuh(Skp, Versi);
        try
        {
            Skp.Kembalikan(PegawaiId ?? Guid.Empty, Alasan!, OlehPengelola);
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex);
        }
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = "SKP dikembalikan kepada pegawai beserta alasannya.";
        return Redirect(OlehPengelola ? "/perencanaan/skp-reviu" : $"/perencanaan/skp-bawahan?tahun={Skp.Tahun}");
    }

    private async Task TentukanPeranAsync(CancellationToken ct)
    {
        (OlehPengelola, Boleh) = await SkpAlur.PeranPengembalianAsync(Db, InstansiId, Akses, Skp, ct);
    }
}
