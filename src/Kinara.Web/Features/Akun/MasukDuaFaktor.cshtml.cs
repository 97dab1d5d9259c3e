using System.ComponentModel.DataAnnotations;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Akun;

/// <summary>Second step of sign-in: the authenticator code (or a recovery code) after the password was accepted.</summary>
[EnableRateLimiting(KinaraSetup.LoginRateLimit)]
public sealed class MasukDuaFaktorModel(SignInManager<ApplicationUser> signIn, KinaraDbContext db, TimeProvider clock) : KinaraPageModel
{
    [BindProperty, Display(Name = "Kode")]
    public string? Kode { get; set; }

    /// <summary>True when the user signs in with a one-time recovery code instead of the authenticator app.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Pemulihan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // The two-factor cookie lives a few minutes; without it there is nothing to finish.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Akun/Masuk", new { ReturnUrl });
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            ModelState.AddModelError("", "Waktu verifikasi habis. Silakan masuk lagi dengan NIP dan kata sandi.");
            return FormInvalid(StatusCodes.Status401Unauthorized);
        }
        // Recovery codes keep their dash ("ABCDE-12345"); authenticator codes are often typed as "123 456" or "123-456".
        var kode = new string((Kode ?? "").Where(c => !char.IsWhiteSpace(c) && (Pemulihan || c != '-')).ToArray());
        if (kode.Length == 0)
        {
            ModelState.AddModelError(nameof(Kode), Pemulihan ? "Kode pemulihan wajib diisi." : "Kode 6 digit wajib diisi.");
            return FormInvalid();
        }
        if (!Pemulihan && (kode.Length != 6 || !kode.All(char.IsAsciiDigit)))
        {
            ModelState.AddModelError(nameof(Kode), "Kode dari aplikasi autentikator terdiri dari 6 angka.");
            return FormInvalid();
        }

        var result = Pemulihan
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(kode)
            : await signIn.TwoFactorAuthenticatorSignInAsync(kode, isPersistent: false, rememberClient: false);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", "Akun Anda terkunci karena terlalu banyak percobaan yang gagal. Coba lagi nanti atau hubungi admin kepegawaian.");
            return FormInvalid(StatusCodes.Status423Locked);
        }
        if (result.IsNotAllowed)
        {
            ModelState.AddModelError("", "Akun Anda belum aktif. Hubungi admin kepegawaian.");
            return FormInvalid(StatusCodes.Status403Forbidden);
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Kode), Pemulihan
                ? "Kode pemulihan salah atau sudah pernah dipakai."
                : "Kode salah atau sudah kedaluwarsa. Periksa jam di ponsel Anda, lalu masukkan kode yang sedang tampil.");
            return FormInvalid(StatusCodes.Status401Unauthorized);
        }

        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TerakhirMasuk, clock.GetUtcNow().UtcDateTime));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
