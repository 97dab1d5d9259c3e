using Kinara.Web.Data;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>The SKP in the official layout as a printable page (the browser's "Cetak" prints only the A4 sheet).</summary>
public sealed class CetakModel(KinaraDbContext db, TokenVerifikasi token, TimeProvider clock) : DokumenPageModel(db, token, clock)
{
    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await SiapkanAsync(id, ct) is { } tolak)
        {
            return tolak;
        }
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Dokumen.UrlVerifikasi, QRCodeGenerator.ECCLevel.M);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(8));
        return Page();
    }
}
