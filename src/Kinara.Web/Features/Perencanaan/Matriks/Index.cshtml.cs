using System.Diagnostics;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Perencanaan.Monitoring;
using Kinara.Web.Features.Perencanaan.Sasaran;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Perencanaan.Matriks;

/// <summary>
/// The atasan's matriks peran hasil (DOMAIN.md §1.6) for a year: their own RHK as rows, the bawahan (and members of the tim
/// kerja they lead) as columns, the bawahan's intervening RHK in the cells, with "Tetapkan" where an RHK may still be
/// written. Open to every signed-in pegawai: it only ever shows the user's own SKP and the people they rate or lead.
/// </summary>
[ServerTiming]
[SatuKoneksi]
public sealed class IndexModel(KinaraDbContext db, PosisiService posisi, TimeProvider clock) : KinaraPageModel
{
    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    /// <summary>One of the user's SKP of the year, when there are several (a change of post).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Skp { get; set; }

    public int TahunDipilih { get; private set; }
    public IReadOnlyList<int> PilihanTahun { get; private set; } = [];
    public MatriksPeranHasil? Matriks { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        TahunDipilih = TahunKinerja.Pilih(Tahun, clock);
        PilihanTahun = TahunKinerja.Pilihan(clock, TahunDipilih);
        if (PegawaiId is not { } saya)
        {
            return Page();
        }
        var mulai = Stopwatch.GetTimestamp();
        Matriks = await MatriksPeranHasil.MuatAsync(db, posisi, saya, TahunDipilih, Skp, clock.HariIni(), ct);
        ServerTimingAttribute.Catat(HttpContext, "db", mulai);
        return Page();
    }
}
