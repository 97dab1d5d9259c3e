using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Cache;

namespace Kinara.Web.Infrastructure.Auth;

/// <summary>
/// When an Instansi requires two-factor sign-in for admins, an admin without TOTP set up is sent to the set-up page
/// and can reach nothing else until it is done. The Instansi's setting comes from <see cref="PengaturanInstansiCache"/>: this runs on
/// every admin request, and a change on the Instansi page evicts the cached value at once.
/// </summary>
public sealed class TwoFactorEnforcementMiddleware(RequestDelegate next)
{
    public const string SetupPath = "/akun/dua-faktor";
    public const string Amr = "amr";

    public async Task InvokeAsync(HttpContext context, PengaturanInstansiCache pengaturan)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && (user.IsInRole(Peran.AdminKepegawaian) || user.IsInRole(Peran.SuperAdmin))
            && !user.HasClaim(Amr, "mfa")
            && !IsExempt(context.Request.Path)
            && Guid.TryParse(user.FindFirst(KlaimKinara.InstansiId)?.Value, out var instansiId))
        {
            var required = (await pengaturan.AmbilAsync(context.RequestServices.GetRequiredService<KinaraDbContext>, instansiId, context.RequestAborted)).Wajib2faAdmin;
            if (required && context.Request.Path.StartsWithSegments("/api"))
            {
                // An API client cannot follow a redirect to a web page: it gets the reason as a ProblemDetails.
                await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Verifikasi dua langkah wajib",
                    detail: "Instansi Anda mewajibkan verifikasi dua langkah untuk admin. Pasang dulu lewat aplikasi web, lalu minta token baru dengan kodeDuaFaktor.",
                    extensions: new Dictionary<string, object?> { ["kode"] = "perlu-pasang-dua-faktor" }).ExecuteAsync(context);
                return;
            }
            if (required)
            {
                context.Response.Redirect(SetupPath + "?wajib=1");
                return;
            }
        }
        await next(context);
    }

    private static bool IsExempt(PathString path) =>
        path.StartsWithSegments(SetupPath) || path.StartsWithSegments("/keluar") || path.StartsWithSegments("/lib")
        || path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/health")
        || path.StartsWithSegments("/galat") || path.StartsWithSegments("/bahasa");
}
