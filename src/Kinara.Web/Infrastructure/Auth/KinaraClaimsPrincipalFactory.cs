using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Infrastructure.Auth;

/// <summary>Puts the Instansi (tenant), pegawai and display name in the sign-in cookie.</summary>
public sealed class KinaraClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<ApplicationRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, ApplicationRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(KlaimKinara.InstansiId, user.InstansiId.ToString()));
        identity.AddClaim(new Claim(KlaimKinara.Nama, user.NamaTampilan));
        if (user.WajibGantiKataSandi)
        {
            identity.AddClaim(new Claim(KlaimKinara.WajibGantiKataSandi, "1"));
        }
        if (user.PegawaiId is { } pid)
        {
            identity.AddClaim(new Claim(KlaimKinara.PegawaiId, pid.ToString()));
        }
        return identity;
    }
}
