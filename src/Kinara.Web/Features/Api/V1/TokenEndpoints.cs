using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Kinara.Domain.Kepegawaian;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Features.Api.V1;

[Description("Masuk dengan NIP dan kata sandi. Bila akun memakai verifikasi dua langkah, sertakan kodeDuaFaktor (atau kodePemulihan).")]
public sealed class TokenInput
{
    [Required(ErrorMessage = "NIP wajib diisi.")]
    [StringLength(40, ErrorMessage = "NIP harus 18 digit angka.")]
    public string? Nip { get; set; }

    [Required(ErrorMessage = "Kata sandi wajib diisi.")]
    [StringLength(200, ErrorMessage = "Kata sandi terlalu panjang.")]
    public string? KataSandi { get; set; }

    [Description("Kode 6 angka dari aplikasi autentikator.")]
    [StringLength(20, ErrorMessage = "Kode dari aplikasi autentikator terdiri dari 6 angka.")]
    public string? KodeDuaFaktor { get; set; }

    [Description("Kode pemulihan sekali pakai, sebagai ganti kodeDuaFaktor.")]
    [StringLength(40, ErrorMessage = "Kode pemulihan tidak valid.")]
    public string? KodePemulihan { get; set; }
}

public sealed class RefreshInput
{
    [Required(ErrorMessage = "refreshToken wajib diisi.")]
    public string? RefreshToken { get; set; }
}

/// <summary>
/// Tokens for the API. The checks are the sign-in page's (Features/Akun/Masuk, MasukDuaFaktor): SignInManager checks the
/// password with lockout on failure, a wrong 2FA code counts as a failed attempt too, a switched-off instansi or account is
/// refused, the per-address sign-in rate limit applies, and an admin whose instansi requires 2FA gets no token without it.
/// The token carries the same claims as the sign-in cookie (the app's claims principal factory) plus "amr" = "mfa" after 2FA.
/// </summary>
public static class TokenEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/token", TokenAsync)
            .WithTags("Token").AllowAnonymous().RequireRateLimiting(KinaraSetup.LoginRateLimit)
            .WithName("MintaToken")
            .WithSummary("Minta token akses")
            .WithDescription("Menghasilkan accessToken (berlaku singkat, lihat expiresIn dalam detik) dan refreshToken. Kirim accessToken pada header " +
                "\"Authorization: Bearer <accessToken>\". 401 dengan kode \"perlu-kode-dua-faktor\" berarti akun memakai verifikasi dua langkah.")
            .Accepts<TokenInput>("application/json")
            .Produces<AccessTokenResponse>()
            .DenganGalat(400, 401, 403, 413, 415, 423, 429);

        api.MapPost("/token/refresh", RefreshAsync)
            .WithTags("Token").AllowAnonymous().RequireRateLimiting(KinaraSetup.LoginRateLimit)
            .WithName("PerbaruiToken")
            .WithSummary("Perbarui token dengan refreshToken")
            .WithDescription("Ditolak (401) bila refreshToken kedaluwarsa atau akun telah berubah (dinonaktifkan, terkunci, kata sandi diganti).")
            .Accepts<RefreshInput>("application/json")
            .Produces<AccessTokenResponse>()
            .DenganGalat(400, 401, 403, 413, 415, 429);
    }

    private static async Task<IResult> TokenAsync(HttpContext http, SignInManager<ApplicationUser> signIn, KinaraDbContext db, TimeProvider clock)
    {
        var (input, masalah) = await ApiJson.BacaAsync<TokenInput>(http);
        if (masalah is not null)
        {
            return masalah;
        }
        var nip = new string(input!.Nip!.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
        if (nip.Length != Nip.Panjang || !nip.All(char.IsAsciiDigit))
        {
            return ApiMasalah.Validasi("nip", Nip.Parse(nip, JenisPegawai.Pppk).Error ?? "NIP harus 18 digit angka.");
        }
        var user = await signIn.UserManager.FindByNameAsync(nip);
        if (user is null)
        {
            return Salah("NIP atau kata sandi salah.");
        }
        if (!await db.Instansi.AnyAsync(i => i.Id == user.InstansiId && i.Aktif, http.RequestAborted))
        {
            return ApiMasalah.Ditolak("Instansi Anda sedang dinonaktifkan di Kinara. Hubungi admin kepegawaian.");
        }
        var hasil = await signIn.CheckPasswordSignInAsync(user, input.KataSandi!, lockoutOnFailure: true);
        if (hasil.IsLockedOut)
        {
            return Terkunci(user);
        }
        if (hasil.IsNotAllowed)
        {
            return ApiMasalah.Ditolak("Akun Anda belum aktif. Hubungi admin kepegawaian.");
        }
        if (!hasil.Succeeded)
        {
            var sisa = signIn.Options.Lockout.MaxFailedAccessAttempts - await signIn.UserManager.GetAccessFailedCountAsync(user);
            return Salah(sisa is > 0 and <= 2
                ? $"NIP atau kata sandi salah. Sisa {sisa} kali percobaan sebelum akun dikunci sementara."
                : "NIP atau kata sandi salah.");
        }

        var duaFaktor = await signIn.UserManager.GetTwoFactorEnabledAsync(user);
        if (duaFaktor && await DuaFaktorAsync(signIn.UserManager, user, input) is { } tolak)
        {
            return tolak;
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        if (duaFaktor)
        {
            // What SignInManager adds to the cookie after a two-factor sign-in; TwoFactorEnforcementMiddleware looks for it.
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(TwoFactorEnforcementMiddleware.Amr, "mfa"));
        }
        else if (await PerluPasangDuaFaktorAsync(db, principal, user))
        {
            return PasangDuaFaktorDulu();
        }
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TerakhirMasuk, clock.GetUtcNow().UtcDateTime), http.RequestAborted);
        return Results.SignIn(principal, authenticationScheme: ApiAuth.Skema);
    }

    /// <summary>Checks the authenticator or recovery code; a wrong code counts towards the lockout like a wrong password.</summary>
    private static async Task<IResult?> DuaFaktorAsync(UserManager<ApplicationUser> users, ApplicationUser user, TokenInput input)
    {
        var pemulihan = !string.IsNullOrWhiteSpace(input.KodePemulihan);
        // Recovery codes keep their dash ("ABCDE-12345"); authenticator codes are often typed as "123 456" or "123-456".
        var kode = new string((pemulihan ? input.KodePemulihan! : input.KodeDuaFaktor ?? "").Where(c => !char.IsWhiteSpace(c) && (pemulihan || c != '-')).ToArray());
        if (kode.Length == 0)
        {
            return ApiMasalah.Masalah(StatusCodes.Status401Unauthorized, "Perlu kode verifikasi dua langkah",
                "Akun ini memakai verifikasi dua langkah: kirim juga kode 6 angka dari aplikasi autentikator pada isian \"kodeDuaFaktor\" " +
                "(atau kode pemulihan pada \"kodePemulihan\").",
                new() { ["kode"] = "perlu-kode-dua-faktor" });
        }
        if (!pemulihan && (kode.Length != 6 || !kode.All(char.IsAsciiDigit)))
        {
            return ApiMasalah.Validasi("kodeDuaFaktor", "Kode dari aplikasi autentikator terdiri dari 6 angka.");
        }
        var benar = pemulihan
            ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, kode)).Succeeded
            : await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, kode);
        if (!benar)
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user)
                ? Terkunci(user)
                : ApiMasalah.Masalah(StatusCodes.Status401Unauthorized, "Kode salah", pemulihan
                    ? "Kode pemulihan salah atau sudah pernah dipakai."
                    : "Kode salah atau sudah kedaluwarsa. Periksa jam di ponsel Anda, lalu kirim kode yang sedang tampil.",
                    new() { ["kode"] = "kode-dua-faktor-salah" });
        }
        await users.ResetAccessFailedCountAsync(user);
        return null;
    }

    private static async Task<IResult> RefreshAsync(HttpContext http, SignInManager<ApplicationUser> signIn, KinaraDbContext db,
        IOptionsMonitor<BearerTokenOptions> opsi, TimeProvider clock)
    {
        var (input, masalah) = await ApiJson.BacaAsync<RefreshInput>(http);
        if (masalah is not null)
        {
            return masalah;
        }
        var tiket = opsi.Get(ApiAuth.Skema).RefreshTokenProtector.Unprotect(input!.RefreshToken);
        if (tiket?.Properties.ExpiresUtc is not { } habis || clock.GetUtcNow() >= habis)
        {
            return RefreshDitolak();
        }
        // Null when the account is gone or its security stamp changed (password changed or reset, 2FA reset, switched off).
        var user = await signIn.ValidateSecurityStampAsync(tiket.Principal);
        if (user is null || !await signIn.CanSignInAsync(user))
        {
            return RefreshDitolak();
        }
        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            return Terkunci(user);
        }
        if (!await db.Instansi.AnyAsync(i => i.Id == user.InstansiId && i.Aktif, http.RequestAborted))
        {
            return ApiMasalah.Ditolak("Instansi Anda sedang dinonaktifkan di Kinara. Hubungi admin kepegawaian.");
        }
        // Roles, pegawai and name are read afresh; the proof of a second factor carries over from the first sign-in.
        var principal = await signIn.CreateUserPrincipalAsync(user);
        if (tiket.Principal.HasClaim(TwoFactorEnforcementMiddleware.Amr, "mfa"))
        {
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(TwoFactorEnforcementMiddleware.Amr, "mfa"));
        }
        else if (await PerluPasangDuaFaktorAsync(db, principal, user))
        {
            return PasangDuaFaktorDulu();
        }
        return Results.SignIn(principal, authenticationScheme: ApiAuth.Skema);
    }

    /// <summary>An admin of an instansi that requires 2FA for admins must set it up on the web first (as the pages force).</summary>
    private static async Task<bool> PerluPasangDuaFaktorAsync(KinaraDbContext db, ClaimsPrincipal principal, ApplicationUser user) =>
        (principal.IsInRole(Peran.AdminKepegawaian) || principal.IsInRole(Peran.SuperAdmin))
        && await db.Instansi.AsNoTracking().Where(i => i.Id == user.InstansiId).Select(i => i.Wajib2faAdmin).FirstOrDefaultAsync();

    private static IResult PasangDuaFaktorDulu() => ApiMasalah.Masalah(StatusCodes.Status403Forbidden, "Verifikasi dua langkah wajib",
        "Instansi Anda mewajibkan verifikasi dua langkah untuk admin. Pasang dulu aplikasi autentikator lewat aplikasi web (Akun → Verifikasi dua langkah), " +
        "lalu minta token dengan kodeDuaFaktor.", new() { ["kode"] = "perlu-pasang-dua-faktor" });

    private static IResult Salah(string pesan) =>
        ApiMasalah.Masalah(StatusCodes.Status401Unauthorized, "Gagal masuk", pesan, new() { ["kode"] = "kredensial-salah" });

    private static IResult RefreshDitolak() => ApiMasalah.Masalah(StatusCodes.Status401Unauthorized, "Refresh token tidak berlaku",
        "Refresh token tidak valid, sudah kedaluwarsa, atau akun telah berubah (misalnya kata sandi diganti). Minta token baru dengan NIP dan kata sandi.",
        new() { ["kode"] = "refresh-tidak-berlaku" });

    private static IResult Terkunci(ApplicationUser user)
    {
        var sampai = user.LockoutEnd?.ToOffset(TimeSpan.FromHours(7));
        return ApiMasalah.Masalah(StatusCodes.Status423Locked, "Akun terkunci", sampai?.Year >= 9000
            ? "Akun Anda dinonaktifkan. Hubungi admin kepegawaian di instansi Anda."
            : sampai is null
            ? "Akun Anda terkunci karena terlalu banyak percobaan masuk yang gagal. Hubungi admin kepegawaian."
            : $"Akun Anda terkunci karena terlalu banyak percobaan masuk yang gagal. Coba lagi setelah pukul {sampai:HH:mm} WIB atau hubungi admin kepegawaian.",
            new() { ["kode"] = "terkunci" });
    }
}
