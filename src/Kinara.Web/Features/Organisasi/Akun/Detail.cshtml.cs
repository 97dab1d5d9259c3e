using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Akun;

/// <summary>One account of the admin's Instansi: roles, password reset, unlock, two-factor reset, switch off/on.</summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class DetailModel(KinaraDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : KinaraPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<string> PeranDipilih { get; set; } = [];

    /// <summary>Identity's concurrency stamp, carried by the roles form so a stale form never overwrites.</summary>
    [BindProperty]
    public string? Stamp { get; set; }

    public ApplicationUser Akun { get; private set; } = null!;
    public IReadOnlyList<string> PeranSaatIni { get; private set; } = [];
    public IReadOnlyList<string> PeranBoleh => AkunPengguna.PeranYangBolehDiatur(User);
    public StatusAkun Status { get; private set; }
    public string? PegawaiNama { get; private set; }
    /// <summary>False when a non-Super-Admin looks at a Super Admin's account: view only.</summary>
    public bool BolehUbah { get; private set; }
    public bool AkunSendiri { get; private set; }
    /// <summary>Shown once, after a reset.</summary>
    public string? KataSandiSementara { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostPeranAsync()
    {
        if (!await LoadAsync(isiFormulir: false))
        {
            return NotFound();
        }
        if (Refused() is { } refused)
        {
            return refused;
        }
        if (Stamp != Akun.ConcurrencyStamp)
        {
            return StaleForm();
        }
        var diminta = PeranDipilih.Where(Peran.Semua.Contains).ToHashSet();
        if (diminta.Count == 0)
        {
            ModelState.AddModelError(nameof(PeranDipilih), "Pilih sedikitnya satu peran.");
            return FormInvalid();
        }
        var tambah = diminta.Except(PeranSaatIni).ToList();
        var lepas = PeranSaatIni.Except(diminta).ToList();
        if (tambah.Concat(lepas).Except(PeranBoleh).Any())
        {
            ModelState.AddModelError(nameof(PeranDipilih), "Hanya Super Admin yang dapat memberikan atau melepas peran Super Admin.");
            return FormInvalid(StatusCodes.Status403Forbidden);
        }
        if (AkunSendiri && lepas.Any(AkunPengguna.IsAdminRole))
        {
            ModelState.AddModelError(nameof(PeranDipilih), "Anda tidak dapat melepas peran admin dari akun Anda sendiri. Minta admin lain melakukannya.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        if (tambah.Count == 0 && lepas.Count == 0)
        {
            PesanSukses = "Tidak ada perubahan peran.";
            return RedirectToPage(new { Id });
        }
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = tambah.Count > 0 ? await users.AddToRolesAsync(Akun, tambah) : IdentityResult.Success;
        if (result.Succeeded && lepas.Count > 0)
        {
            result = await users.RemoveFromRolesAsync(Akun, lepas);
        }
        if (!result.Succeeded)
        {
            return IdentityFailed(result);
        }
        await tx.CommitAsync();
        PesanSukses = "Peran akun sudah disimpan. Perubahan berlaku paling lambat 30 menit lagi, atau segera setelah pemilik akun masuk ulang.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostResetSandiAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        if (Refused() is { } refused)
        {
            return refused;
        }
        var sandi = AkunPengguna.BuatKataSandiSementara();
        var token = await users.GeneratePasswordResetTokenAsync(Akun);
        // Forgotten passwords often come with a lockout: clear it in the same save (a switched-off account stays off).
        if (Status == StatusAkun.Terkunci)
        {
            Akun.LockoutEnd = null;
        }
        Akun.AccessFailedCount = 0;
        // Only the owner should know their password: the temporary one works for choosing a new one, nothing else.
        Akun.WajibGantiKataSandi = true;
        var result = await users.ResetPasswordAsync(Akun, token, sandi);
        if (!result.Succeeded)
        {
            return IdentityFailed(result);
        }
        await LoadAsync();
        KataSandiSementara = sandi;
        return Page();
    }

    public async Task<IActionResult> OnPostBukaKunciAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        if (Refused() is { } refused)
        {
            return refused;
        }
        if (Status == StatusAkun.Terkunci)
        {
            Akun.LockoutEnd = null;
            Akun.AccessFailedCount = 0;
            var result = await users.UpdateAsync(Akun);
            if (!result.Succeeded)
            {
                return IdentityFailed(result);
            }
        }
        PesanSukses = "Kunci akun sudah dibuka. Pemilik akun dapat masuk kembali.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostReset2faAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        if (Refused() is { } refused)
        {
            return refused;
        }
        // One save: the flag, the new key and the new security stamp (which ends the owner's other sessions).
        Akun.TwoFactorEnabled = false;
        var result = await users.ResetAuthenticatorKeyAsync(Akun);
        if (!result.Succeeded)
        {
            return IdentityFailed(result);
        }
        PesanSukses = "Verifikasi dua langkah akun ini sudah diatur ulang. Pemilik akun masuk dengan kata sandi lalu memasang ulang aplikasi autentikator.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostNonaktifkanAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        if (Refused() is { } refused)
        {
            return refused;
        }
        if (AkunSendiri)
        {
            ModelState.AddModelError("", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        Akun.LockoutEnabled = true;
        Akun.LockoutEnd = AkunPengguna.NonaktifSampai;
        // A new security stamp also ends the sessions the owner still has open.
        var result = await users.UpdateSecurityStampAsync(Akun);
        if (!result.Succeeded)
        {
            return IdentityFailed(result);
        }
        PesanSukses = "Akun sudah dinonaktifkan. Pemiliknya tidak dapat masuk sampai akun diaktifkan kembali.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostAktifkanAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        if (Refused() is { } refused)
        {
            return refused;
        }
        Akun.LockoutEnd = null;
        Akun.AccessFailedCount = 0;
        var result = await users.UpdateAsync(Akun);
        if (!result.Succeeded)
        {
            return IdentityFailed(result);
        }
        PesanSukses = "Akun sudah diaktifkan kembali.";
        return RedirectToPage(new { Id });
    }

    /// <summary>Loads the account only if it belongs to the admin's Instansi (Users has no tenant query filter).</summary>
    private async Task<bool> LoadAsync(bool isiFormulir = true)
    {
        var akun = await db.Users.FirstOrDefaultAsync(u => u.Id == Id && u.InstansiId == InstansiId);
        if (akun is null)
        {
            return false;
        }
        Akun = akun;
        PeranSaatIni = [.. (await users.GetRolesAsync(akun)).OrderBy(p => Peran.Semua.ToList().IndexOf(p))];
        Status = AkunPengguna.Status(akun.LockoutEnd, clock.GetUtcNow());
        AkunSendiri = akun.Id.ToString() == users.GetUserId(User);
        // An admin who could reset a Super Admin's password could become one.
        BolehUbah = AkunPengguna.IsSuperAdmin(User) || !PeranSaatIni.Contains(Peran.SuperAdmin);
        PegawaiNama = akun.PegawaiId is { } pid
            ? await db.Pegawai.Where(p => p.Id == pid).Select(p => p.Nama).FirstOrDefaultAsync()
            : null;
        if (isiFormulir)
        {
            // Every handler but the roles form itself re-renders the roles form from the database.
            PeranDipilih = [.. PeranSaatIni];
            Stamp = akun.ConcurrencyStamp;
        }
        return true;
    }

    private IActionResult? Refused()
    {
        if (BolehUbah)
        {
            return null;
        }
        ModelState.AddModelError("", "Akun Super Admin hanya dapat diubah oleh Super Admin.");
        return FormInvalid(StatusCodes.Status403Forbidden);
    }

    private IActionResult IdentityFailed(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            return StaleForm();
        }
        foreach (var e in result.Errors)
        {
            ModelState.AddModelError("", e.Description);
        }
        return FormInvalid(StatusCodes.Status422UnprocessableEntity);
    }
}
