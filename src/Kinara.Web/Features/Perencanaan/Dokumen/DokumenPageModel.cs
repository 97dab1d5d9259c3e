using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>
/// Base of the SKP's document pages (print view, PDF, workbook): the same access as the SKP page itself
/// (<see cref="AksesSkp.BolehLihat"/>: owner, penilai, pengelola, auditor; others 403, foreign tenant 404),
/// then the document content with the verification address of this exact version of the SKP.
/// </summary>
public abstract class DokumenPageModel(KinaraDbContext db, TokenVerifikasi token, TimeProvider clock) : SkpPageModel(db)
{
    public DokumenSkp Dokumen { get; private set; } = null!;

    protected async Task<IActionResult?> SiapkanAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: false, ct) is { } tolak)
        {
            return tolak;
        }
        var url = UrlVerifikasi(Request, token.Buat(Skp.InstansiId, Skp.Id, Skp.Versi));
        Dokumen = await DokumenSkpQuery.BangunAsync(Db, Skp, url, clock.GetUtcNow().UtcDateTime, ct);
        return null;
    }

    /// <summary>Absolute, from the request as the browser sent it (behind a proxy the forwarded headers are applied first).</summary>
    public static string UrlVerifikasi(HttpRequest request, string token) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/verifikasi/skp/{token}";
}
