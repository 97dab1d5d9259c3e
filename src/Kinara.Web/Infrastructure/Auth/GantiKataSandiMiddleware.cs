namespace Kinara.Web.Infrastructure.Auth;

/// <summary>
/// An account whose password was given by an admin (new account, reset) reaches only the change-password page until
/// its owner has chosen their own: the admin who read the temporary password out must not be able to act as the owner.
/// Read from a claim set at sign-in, so no database query per request.
/// </summary>
public sealed class GantiKataSandiMiddleware(RequestDelegate next)
{
    public const string Path = "/akun/kata-sandi";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(KlaimKinara.WajibGantiKataSandi, "1") && !Dikecualikan(context.Request.Path))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Kata sandi harus diganti",
                    detail: "Kata sandi akun ini diberikan oleh admin. Gantilah dulu lewat aplikasi web (menu Kata sandi), lalu minta token baru.",
                    extensions: new Dictionary<string, object?> { ["kode"] = "perlu-ganti-kata-sandi" }).ExecuteAsync(context);
                return;
            }
            context.Response.Redirect(Path + "?wajib=1");
            return;
        }
        await next(context);
    }

    private static bool Dikecualikan(PathString path) =>
        path.StartsWithSegments(Path) || path.StartsWithSegments("/keluar") || path.StartsWithSegments("/lib")
        || path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/health")
        || path.StartsWithSegments("/galat") || path.StartsWithSegments("/bahasa") || path.StartsWithSegments("/masuk")
        || path.StartsWithSegments(TwoFactorEnforcementMiddleware.SetupPath);
}
