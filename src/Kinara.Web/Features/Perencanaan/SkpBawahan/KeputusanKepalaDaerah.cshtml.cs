using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpBawahan;

/// <summary>
/// The top of the position tree (the Sekda) has the kepala daerah as pejabat penilai, who has no account. The
/// pengelola kinerja records the kepala daerah's signed decision here — approve, or return with the reason the
/// kepala daerah gave. The audit trail names who recorded it; the SKP keeps the approver empty (not a pegawai).
/// </summary>
[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class KeputusanKepalaDaerahModel(KinaraDbContext db, TimeProvider clock) : SkpPageModel(db)
{
    [BindProperty]
    [Required(ErrorMessage = "Pilih keputusan kepala daerah: disetujui atau dikembalikan.")]
    public string? Keputusan { get; set; }

    [BindProperty]
    [StringLength(2000, ErrorMessage = "Alasan paling panjang 2.000 karakter.")]
    public string? Alasan { get; set; }

    [BindProperty] public int Versi { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: false, ct) is { } tolak)
        {
            return tolak;
        }
        Versi = Skp.Versi;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: true, ct) is { } tolak)
        {
            return tolak;
        }
        if (Keputusan is not (null or "setujui" or "kembalikan"))
        {
            ModelState.AddModelError(nameof(Keputusan), "Pilih keputusan kepala daerah: disetujui atau dikembalikan.");
        }
        if (Keputusan == "kembalikan" && string.IsNullOrWhiteSpace(Alasan))
        {
            ModelState.AddModelError(nameof(Alasan), "Tuliskan alasan pengembalian dari kepala daerah agar pegawai tahu apa yang harus diperbaiki.");
        }
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        Sentuh(Skp, Versi);
        try
        {
            if (Keputusan == "setujui")
            {
                Skp.SetujuiAtasNamaKepalaDaerah(clock.GetUtcNow().UtcDateTime);
                await PersetujuanSkp.SetelahDisetujuiAsync(Db, Skp, ct);
            }
            else
            {
                Skp.KembalikanAtasNamaKepalaDaerah(Alasan!);
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
        PesanSukses = Keputusan == "setujui"
            ? "Persetujuan kepala daerah atas SKP ini telah dicatat."
            : "SKP dikembalikan kepada pegawai dengan alasan dari kepala daerah.";
        return Redirect("/perencanaan/skp-reviu");
    }
}
