using Microsoft.AspNetCore.Identity;

namespace Kinara.Web.Infrastructure.Auth;

/// <summary>
/// Identity re-creates the cookie's principal from the database every <see cref="SecurityStampValidatorOptions.ValidationInterval"/>,
/// and the fresh principal has no "amr" claim. Without carrying it over, an admin who signed in with two factors would be
/// bounced to the set-up page by <see cref="TwoFactorEnforcementMiddleware"/> half an hour into the session.
/// </summary>
public static class SecurityStampClaims
{
    public static void PreserveAmr(SecurityStampValidatorOptions o) => o.OnRefreshingPrincipal = ctx =>
    {
        if (ctx.CurrentPrincipal?.FindFirst(TwoFactorEnforcementMiddleware.Amr) is { } amr
            && ctx.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
            && !identity.HasClaim(c => c.Type == TwoFactorEnforcementMiddleware.Amr))
        {
            identity.AddClaim(new System.Security.Claims.Claim(amr.Type, amr.Value));
        }
        return Task.CompletedTask;
    };
}
