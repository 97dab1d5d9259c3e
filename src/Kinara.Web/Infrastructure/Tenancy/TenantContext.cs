using System.Security.Claims;
using Kinara.Web.Infrastructure.Auth;

namespace Kinara.Web.Infrastructure.Tenancy;

/// <summary>
/// The Instansi the current unit of work acts for. Set from the signed-in user's claim for web requests,
/// or explicitly by background jobs and seeding. Null means no tenant: tenant-filtered queries return nothing.
/// </summary>
public sealed class TenantContext
{
    public Guid? InstansiId { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }

    public void Set(Guid instansiId, Guid? userId = null, string? userName = null)
    {
        InstansiId = instansiId;
        UserId = userId;
        UserName = userName;
    }

    public void SetFrom(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return;
        }
        if (Guid.TryParse(user.FindFirstValue(KlaimKinara.InstansiId), out var instansi))
        {
            InstansiId = instansi;
        }
        if (Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var uid))
        {
            UserId = uid;
        }
        UserName = user.Identity?.Name;
    }

    public Guid RequireInstansi() =>
        InstansiId ?? throw new InvalidOperationException("No tenant is set for this unit of work.");
}

public sealed class TenantMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        tenant.SetFrom(context.User);
        return next(context);
    }
}
