using System.ComponentModel.DataAnnotations;
using Kinara.Domain.Kepegawaian;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Akun;

[EnableRateLimiting(KinaraSetup.LoginRateLimit)]
public sealed class MasukModel(SignInManager<ApplicationUser> signIn, KinaraDbContext db, TimeProvider clock) : KinaraPageModel
{
    [BindProperty, Required(ErrorMessage = "NIP wajib diisi."), Display(Name = "NIP")]
    public string Nip { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Kata sandi wajib diisi."), DataType(DataType.Password), Display(Name = "Kata sandi")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        var nip = new string(Nip.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
        // Tell a mistyped NIP apart from a wrong password: it is the most common login problem (DOMAIN.md §9.2).
        if (nip.Length != Kinara.Domain.Kepegawaian.Nip.Panjang || !nip.All(char.IsAsciiDigit))
        {
            var parsed = Kinara.Domain.Kepegawaian.Nip.Parse(nip, JenisPegawai.Pppk);
            ModelState.AddModelError(nameof(Nip), parsed.Error ?? "NIP harus 18 digit angka.");
            return FormInvalid();
        }

        var user = await signIn.UserManager.FindByNameAsync(nip);
        if (user is null)
        {
            ModelState.AddModelError("", "NIP atau kata sandi salah.");
            return FormInvalid(StatusCodes.Status401Unauthorized);
        }
        if (!await db.Instansi.AnyAsync(i => i.Id == user.InstansiId && i.Aktif))
        {
            ModelState.AddModelError("", "Instansi Anda sedang dinonaktifkan di Kinara. Hubungi admin kepegawaian.");
            return FormInvalid(StatusCodes.Status403Forbidden);
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Akun/MasukDuaFaktor", new { ReturnUrl });
        }
        if (result.IsLockedOut)
        {
            var until = user.LockoutEnd?.ToOffset(TimeSpan.FromHours(7));
            ModelState.AddModelError("", until?.Year >= 9000
                ? "Akun Anda dinonaktifkan. Hubungi admin kepegawaian di instansi Anda."
                : until is null
                ? "Akun Anda terkunci karena terlalu banyak percobaan masuk yang gagal. Hubungi admin kepegawaian."
                : $"Akun Anda terkunci karena terlalu banyak percobaan masuk yang gagal. Coba lagi setelah pukul {until:HH:mm} WIB atau hubungi admin kepegawaian.");
            return FormInvalid(StatusCodes.Status423Locked);
        }
        if (result.IsNotAllowed)
        {
            ModelState.AddModelError("", "Akun Anda belum aktif. Hubungi admin kepegawaian.");
            return FormInvalid(StatusCodes.Status403Forbidden);
        }
        if (!result.Succeeded)
        {
            var sisa = signIn.Options.Lockout.MaxFailedAccessAttempts - await signIn.UserManager.GetAccessFailedCountAsync(user);
            ModelState.AddModelError("", sisa is > 0 and <= 2
                ? $"NIP atau kata sandi salah. Sisa {sisa} kali percobaan sebelum akun dikunci sementara."
                : "NIP atau kata sandi salah.");
            return FormInvalid(StatusCodes.Status401Unauthorized);
        }

        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TerakhirMasuk, clock.GetUtcNow().UtcDateTime));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
