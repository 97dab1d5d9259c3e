using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>"SKP saya": every SKP of the signed-in pegawai, newest first, and the one thing to do next.</summary>
public sealed class IndexModel(KinaraDbContext db, PosisiService posisiService, TimeProvider clock) : KinaraPageModel
{
    /// <param name="JabatanId">With <paramref name="PenilaiId"/> and <paramref name="PenilaiKepalaDaerah"/>: the post the SKP was
    /// written for, compared with today's to offer a new period (read in the same query, so the page needs one).</param>
    public sealed record Baris(Guid Id, int Tahun, DateOnly Awal, DateOnly Akhir, string Jabatan, string? Penilai,
        StatusSkp Status, int Revisi, Pendekatan Pendekatan, string? Alasan, int JumlahRhk,
        Guid? JabatanId = null, Guid? PenilaiId = null, bool PenilaiKepalaDaerah = false);

    public List<Baris> Daftar { get; private set; } = [];
    public int TahunIni { get; private set; }

    /// <summary>The SKP of this year that the next step is about: the one still being worked on, else the approved one.</summary>
    public Baris? Utama { get; private set; }

    /// <summary>The approved SKP was made for another jabatan or atasan than the pegawai has today: offer a new period.</summary>
    public bool PosisiBerubah { get; private set; }

    // Compiled (ADR 0008): every view of the pegawai's SKP list runs it.
    private static readonly Func<KinaraDbContext, Guid, IAsyncEnumerable<Baris>> SkpSaya = EF.CompileAsyncQuery(
        (KinaraDbContext db, Guid saya) => db.Skp.AsNoTracking().Where(s => s.PegawaiId == saya)
            .OrderByDescending(s => s.Tahun).ThenByDescending(s => s.PeriodeAwal).ThenByDescending(s => s.Revisi)
            .Select(s => new Baris(s.Id, s.Tahun, s.PeriodeAwal, s.PeriodeAkhir, s.JabatanNama, s.PejabatPenilaiNama,
                s.Status, s.Revisi, s.Pendekatan, s.AlasanDikembalikan, s.Rhk.Count, s.JabatanId, s.PejabatPenilaiId, s.PenilaiKepalaDaerah)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        TahunIni = clock.HariIni().Year;
        if (PegawaiId is not { } saya)
        {
            return;
        }
        Daftar = await SkpSaya(db, saya).ToListAsync(ct);
        Utama = Daftar.Where(b => b.Tahun == TahunIni && b.Status != StatusSkp.Digantikan)
            .OrderBy(b => b.Status == StatusSkp.Disetujui).ThenByDescending(b => b.Awal).FirstOrDefault();
        if (Utama is { Status: StatusSkp.Disetujui } u && u.Akhir >= clock.HariIni())
        {
            var kini = await SkpPosisi.BangunAsync(posisiService, saya, ct);
            PosisiBerubah = kini is not null && (kini.JabatanId != u.JabatanId || kini.PejabatPenilaiId != u.PenilaiId
                || kini.PenilaiKepalaDaerah != u.PenilaiKepalaDaerah);
        }
    }
}
