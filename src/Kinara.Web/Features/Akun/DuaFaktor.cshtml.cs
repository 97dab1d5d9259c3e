using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace Kinara.Web.Features.Akun;

/// <summary>
/// Every account's own two-factor (TOTP) settings: set up with an authenticator app, recovery codes, turn off.
/// Admins of an Instansi with <c>Wajib2faAdmin</c> are sent here by <see cref="TwoFactorEnforcementMiddleware"/>.
/// </summary>
[SatuKoneksi]
public sealed class DuaFaktorModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, KinaraDbContext db) : KinaraPageModel
{
    public const int JumlahKodePemulihan = 10;

    /// <summary><c>?wajib=1</c>: sent here by <see cref="TwoFactorEnforcementMiddleware"/>.</summary>
    public bool Wajib => Request.Query["wajib"] is var w && (w == "1" || w == "true");

    [BindProperty, Display(Name = "Kode")]
    public string? Kode { get; set; }

    [BindProperty, DataType(DataType.Password), Display(Name = "Kata sandi")]
    public string? KataSandi { get; set; }

    public bool Aktif { get; private set; }
    public bool Admin { get; private set; }
    /// <summary>The Instansi requires two-factor sign-in for admins and this account is an admin.</summary>
    public bool WajibUntukSaya { get; private set; }
    /// <summary>This session was signed in (or confirmed) with a second factor.</summary>
    public bool SesiMfa { get; private set; }
    public string? KunciTampil { get; private set; }
    public string? QrDataUri { get; private set; }
    public int SisaKodePemulihan { get; private set; }
    /// <summary>Shown once, right after they are made; never stored in a readable form.</summary>
    public IReadOnlyList<string> KodePemulihan { get; private set; } = [];
    public string? Berhasil { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled && string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            // A new key changes the security stamp: refresh the cookie so this session stays valid.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
        }
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Checks the first code from the app, turns two-factor on and hands out recovery codes.</summary>
    public async Task<IActionResult> OnPostAktifkanAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        if (!await KodeBenarAsync(user))
        {
            await LoadAsync(user);
            return FormInvalid();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        KodePemulihan = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, JumlahKodePemulihan) ?? []];
        await SignInWithMfaAsync(user);
        await LoadAsync(user, sesiMfa: true);
        Berhasil = "Verifikasi dua langkah sudah aktif. Mulai sekarang, setiap kali masuk Anda akan diminta kode dari aplikasi autentikator.";
        return Page();
    }

    /// <summary>
    /// Two-factor is on but this session was not signed in with it (e.g. signed in before an admin required it):
    /// one code from the app upgrades the session.
    /// </summary>
    public async Task<IActionResult> OnPostKonfirmasiAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        if (!await KodeBenarAsync(user))
        {
            // Count the miss like a wrong password, so a stolen password cannot be used to guess codes forever.
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                await signIn.SignOutAsync();
                return Redirect("/masuk");
            }
            await LoadAsync(user);
            return FormInvalid(StatusCodes.Status401Unauthorized);
        }
        await users.ResetAccessFailedCountAsync(user);
        await SignInWithMfaAsync(user);
        PesanSukses = "Kode benar. Sesi Anda sudah terverifikasi dua langkah.";
        return Redirect("/");
    }

    public async Task<IActionResult> OnPostKodeBaruAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        KodePemulihan = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, JumlahKodePemulihan) ?? []];
        await LoadAsync(user);
        Berhasil = "Kode pemulihan baru sudah dibuat. Kode yang lama tidak berlaku lagi.";
        return Page();
    }

    public async Task<IActionResult> OnPostMatikanAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        await LoadAsync(user);
        if (WajibUntukSaya)
        {
            ModelState.AddModelError("", "Instansi Anda mewajibkan verifikasi dua langkah untuk admin, sehingga tidak dapat dimatikan.");
            return FormInvalid(StatusCodes.Status403Forbidden);
        }
        if (string.IsNullOrEmpty(KataSandi) || !await users.CheckPasswordAsync(user, KataSandi))
        {
            ModelState.AddModelError(nameof(KataSandi), "Kata sandi salah.");
            return FormInvalid(StatusCodes.Status401Unauthorized);
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        // A fresh key makes the old entry in the phone useless if two-factor is turned on again later.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        PesanSukses = "Verifikasi dua langkah sudah dimatikan.";
        return RedirectToPage();
    }

    private async Task<bool> KodeBenarAsync(ApplicationUser user)
    {
        var kode = new string((Kode ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (kode.Length != 6 || !kode.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(nameof(Kode), "Masukkan 6 angka yang tampil di aplikasi autentikator.");
            return false;
        }
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, kode))
        {
            ModelState.AddModelError(nameof(Kode), "Kode salah atau sudah kedaluwarsa. Pastikan jam di ponsel Anda tepat, lalu masukkan kode yang sedang tampil.");
            return false;
        }
        return true;
    }

    /// <summary>Re-issues the cookie with amr=mfa, the claim the enforcement middleware looks for.</summary>
    private Task SignInWithMfaAsync(ApplicationUser user) =>
        signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(TwoFactorEnforcementMiddleware.Amr, "mfa")]);

    private async Task LoadAsync(ApplicationUser user, bool? sesiMfa = null)
    {
        Aktif = user.TwoFactorEnabled;
        Admin = User.IsInRole(Peran.AdminKepegawaian) || User.IsInRole(Peran.SuperAdmin);
        WajibUntukSaya = Admin && await db.Instansi.AsNoTracking().Where(i => i.Id == user.InstansiId).Select(i => i.Wajib2faAdmin).FirstOrDefaultAsync();
        SesiMfa = sesiMfa ?? User.HasClaim(TwoFactorEnforcementMiddleware.Amr, "mfa");
        if (Aktif)
        {
            SisaKodePemulihan = await users.CountRecoveryCodesAsync(user);
            return;
        }
        var kunci = await users.GetAuthenticatorKeyAsync(user) ?? "";
        KunciTampil = string.Join(' ', kunci.Chunk(4).Select(c => new string(c)));
        QrDataUri = QrCode(OtpAuthUri(user.UserName ?? "", kunci));
    }

    public static string OtpAuthUri(string nip, string kunci) =>
        $"otpauth://totp/Kinara:{Uri.EscapeDataString(nip)}?secret={kunci}&issuer=Kinara&digits=6";

    private static string QrCode(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
