using Kinara.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>The SKP as an .xlsx workbook (Identitas, Hasil Kerja, Perilaku Kerja, Lampiran).</summary>
public sealed class XlsxModel(KinaraDbContext db, TokenVerifikasi token, TimeProvider clock) : DokumenPageModel(db, token, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await SiapkanAsync(id, ct) is { } tolak)
        {
            return tolak;
        }
        // The result disposes the stream, which deletes the temporary file.
        return File(await XlsxSkp.TulisAsync(Dokumen, ct), Monitoring.Xlsx.Mime, Dokumen.NamaBerkas("xlsx"));
    }
}
