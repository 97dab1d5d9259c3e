using System.Security.Claims;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Features.Api;

/// <summary>
/// How the API knows its caller: a bearer token only (ASP.NET Core's BearerToken scheme, protected with the app's Data
/// Protection keys, which live in the database, so any node accepts a token another node issued). The sign-in cookie is
/// never accepted on /api: without cookies there is no cross-site request forgery to defend against.
/// </summary>
public static class ApiAuth
{
    public const string Skema = "Bearer";
    public const string Kebijakan = "Api";

    public static Guid? PegawaiId(this ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(KlaimKinara.PegawaiId), out var id) ? id : null;

    public static Guid InstansiId(this ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(KlaimKinara.InstansiId)!);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");
}

/// <summary>
/// Runs first on every /api/v1 endpoint. The app's TenantMiddleware runs before authorization, when the request's user
/// is still the cookie principal (or nobody); the API's user is known only after its policy authenticated the bearer
/// token, so the tenant is set again here from the same claims the cookie would carry. Then the account is checked on
/// every request: a token dies at once when its account is switched off or locked, its password or 2FA is reset (new
/// security stamp), or its instansi is switched off — not only when it expires or is refreshed.
/// </summary>
public sealed class ApiFilter(TenantContext tenant, KinaraDbContext db, IOptions<IdentityOptions> identity, TimeProvider clock) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        ApiMasalah.MatikanHalamanGalat(http);
        if (http.Response.StatusCode == StatusCodes.Status400BadRequest)
        {
            // Minimal-API binding of a route or query value failed (e.g. ?tahun=abc); the handler will not run.
            return ApiMasalah.Validasi(new Dictionary<string, string[]>(),
                "Nilai pada alamat (parameter rute atau kueri) tidak valid. Periksa misalnya bahwa tahun berupa angka, seperti ?tahun=2026.");
        }
        if (http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            // The token endpoints: no one-connection hold, they hash the password between their statements, tens of
            // milliseconds in which a held connection would be missing from the pool (SandiTanpaKoneksiTests).
            return await next(context);
        }
        tenant.SetFrom(http.User);
        // The account check and the endpoint's statements share one connection (SatuKoneksi): an API call would otherwise
        // wait for a pooled connection once per statement under load. The result is written after this returns, without it.
        await using (db.TahanSatuKoneksi())
        {
            if (!await AkunBerlakuAsync(http.User, http.RequestAborted))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                return ApiMasalah.Masalah(StatusCodes.Status401Unauthorized, "Token tidak berlaku",
                    "Token ini tidak berlaku lagi: akun dinonaktifkan atau terkunci, kata sandi atau verifikasi dua langkah diatur ulang, " +
                    "atau instansi dinonaktifkan. Minta token baru lewat POST /api/v1/token.");
            }
            return await next(context);
        }
    }

    private async Task<bool> AkunBerlakuAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }
        var akun = await (from u in db.Users.AsNoTracking()
                          where u.Id == userId
                          join i in db.Instansi.AsNoTracking() on u.InstansiId equals i.Id
                          select new { u.SecurityStamp, u.LockoutEnd, i.Aktif }).FirstOrDefaultAsync(ct);
        // LockoutEnd is compared here, not in SQL: SQLite cannot compare DateTimeOffset values.
        return akun is not null && akun.Aktif
            && akun.SecurityStamp == user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType)
            && !(akun.LockoutEnd > clock.GetUtcNow());
    }
}

/// <summary>
/// Refusals by the authorization middleware on /api are ProblemDetails: 401 with <c>WWW-Authenticate: Bearer</c> (never
/// the redirect to /masuk the pages get) and 403. Everything else goes to the framework's default handler unchanged.
/// </summary>
public sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _bawaan = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!ApiAuth.IsApi(context.Request.Path) || authorizeResult.Succeeded)
        {
            await _bawaan.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        ApiMasalah.MatikanHalamanGalat(context);
        IResult jawaban;
        if (authorizeResult.Challenged || context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync(ApiAuth.Skema);
            jawaban = ApiMasalah.Masalah(StatusCodes.Status401Unauthorized, "Perlu token",
                context.Request.Headers.Authorization.Count > 0
                    ? "Token tidak valid atau sudah kedaluwarsa. Minta token baru lewat POST /api/v1/token atau /api/v1/token/refresh."
                    : "Permintaan ini memerlukan token: kirim header \"Authorization: Bearer <token>\" dari POST /api/v1/token. Kuki sesi aplikasi web tidak berlaku untuk API.");
        }
        else
        {
            jawaban = ApiMasalah.Ditolak("Peran akun Anda tidak mengizinkan tindakan ini.");
        }
        await jawaban.ExecuteAsync(context);
    }
}
