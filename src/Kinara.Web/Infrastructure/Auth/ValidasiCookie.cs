using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Infrastructure.Auth;

/// <summary>
/// The sign-in cookie's validation. Identity's own hook resolves its <see cref="ISecurityStampValidator"/> from the request's
/// services on every request, which builds SignInManager, UserManager, the user store and a DbContext, only to find on
/// nearly every request that the cookie is younger than <see cref="SecurityStampValidatorOptions.ValidationInterval"/>
/// (4% of the app's CPU under the month-end mix, bench/RESULTS.md 2026-11-23). This checks the interval first, with the
/// validator's own rule and clock, and hands over to the validator only when a check is due: same behaviour, no object
/// graph per request.
/// </summary>
public static class ValidasiCookie
{
    public static Task PeriksaAsync(CookieValidatePrincipalContext context)
    {
        var opsi = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var sekarang = (opsi.TimeProvider ?? TimeProvider.System).GetUtcNow();
        if (context.Properties.IssuedUtc is { } terbit && sekarang - terbit <= opsi.ValidationInterval)
        {
            return Task.CompletedTask;
        }
        return SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
