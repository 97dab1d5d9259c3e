using Kinara.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinara.Web.Features;

/// <summary>Switches the UI language (cookie) and goes back where the user was.</summary>
public sealed class BahasaModel : PageModel
{
    public IActionResult OnGet(string? budaya, string? returnUrl)
    {
        var culture = KinaraSetup.Budaya.FirstOrDefault(c => c.Name == budaya) ?? KinaraSetup.Budaya[0];
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
