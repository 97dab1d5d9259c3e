using System.ComponentModel.DataAnnotations;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Akun;

/// <summary>Change one's own password.</summary>
public sealed class KataSandiModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : KinaraPageModel
{
    [BindProperty, Required(ErrorMessage = "Kata sandi saat ini wajib diisi."), DataType(DataType.Password), Display(Name = "Kata sandi saat ini")]
    public string KataSandiLama { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Kata sandi baru wajib diisi."), DataType(DataType.Password), Display(Name = "Kata sandi baru")]
    public string KataSandiBaru { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Ulangi kata sandi baru."), DataType(DataType.Password), Display(Name = "Ulangi kata sandi baru")]
    [Compare(nameof(KataSandiBaru), ErrorMessage = "Kata sandi baru dan ulangannya tidak sama.")]
    public string Konfirmasi { get; set; } = "";

    public int PanjangMinimal => users.Options.Password.RequiredLength;

    /// <summary>The account still has the password an admin gave it: nothing else opens until it is changed.</summary>
    public bool Wajib => User.HasClaim(KlaimKinara.WajibGantiKataSandi, "1");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (KataSandiBaru == KataSandiLama)
        {
            ModelState.AddModelError(nameof(KataSandiBaru), "Kata sandi baru harus berbeda dari kata sandi saat ini.");
            return FormInvalid();
        }
        if (!string.IsNullOrEmpty(user.UserName) && KataSandiBaru.Contains(user.UserName, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(KataSandiBaru), "Kata sandi tidak boleh memuat NIP Anda.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        var result = await users.ChangePasswordAsync(user, KataSandiLama, KataSandiBaru);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                var key = e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(KataSandiLama) : nameof(KataSandiBaru);
                ModelState.AddModelError(key, e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Kata sandi saat ini salah." : e.Description);
            }
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        var tadiWajib = user.WajibGantiKataSandi;
        if (tadiWajib)
        {
            user.WajibGantiKataSandi = false;
            await users.UpdateAsync(user);
        }
        // The password change rotated the security stamp; re-issue this session's cookie (keeps amr, drops the
        // must-change claim) so it stays valid.
        await signIn.RefreshSignInAsync(user);
        PesanSukses = "Kata sandi Anda sudah diganti. Gunakan kata sandi baru saat masuk berikutnya.";
        return tadiWajib ? Redirect("/") : RedirectToPage();
    }
}
