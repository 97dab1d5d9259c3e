using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.PegawaiPages;

/// <summary>One pegawai: the stored data, the pejabat penilai derived from the position tree, and the bawahan.</summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.BacaMasterData)]
public sealed class DetailModel(KinaraDbContext db, PosisiService posisi, TimeProvider clock) : KinaraPageModel
{
    public DateOnly HariIni { get; } = clock.HariIni();
    public sealed record Data(Domain.Kepegawaian.Pegawai Pegawai, string? Jabatan, JenisJabatan? JenisJabatan, string? Unit);
    public sealed record Penugasan(Guid Id, JenisPenugasan Jenis, string Jabatan, DateOnly Mulai, DateOnly? Selesai, string? NomorSurat);

    public Data Isi { get; private set; } = null!;
    public string? GolonganTampil { get; private set; }
    public Nip? NipTerbaca { get; private set; }
    public PenilaiInfo? Penilai { get; private set; }
    public List<BawahanInfo> Bawahan { get; private set; } = [];
    public List<Penugasan> RiwayatPlt { get; private set; } = [];
    public IReadOnlyList<string> PeringatanNip { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var isi = await (from p in db.Pegawai.AsNoTracking()
                         where p.Id == id
                         join j in db.Jabatan.AsNoTracking() on p.JabatanId equals j.Id into js
                         from j in js.DefaultIfEmpty()
                         join u in db.Unit.AsNoTracking() on p.UnitId equals u.Id into us
                         from u in us.DefaultIfEmpty()
                         select new Data(p, j != null ? j.Nama : null, j != null ? j.Jenis : null, u != null ? u.Nama : null))
            .FirstOrDefaultAsync(ct);
        if (isi is null)
        {
            return NotFound();
        }
        Isi = isi;
        GolonganTampil = Golongan.TryParse(isi.Pegawai.Golongan, out var g) ? g.Display : isi.Pegawai.Golongan;
        NipTerbaca = Nip.Parse(isi.Pegawai.Nip, isi.Pegawai.Jenis).Value;
        Penilai = await posisi.PejabatPenilaiAsync(id, ct);
        Bawahan = await posisi.BawahanAsync(id, ct);
        RiwayatPlt = await (from t in db.PenugasanPlt.AsNoTracking()
                            where t.PegawaiId == id
                            join j in db.Jabatan.AsNoTracking() on t.JabatanId equals j.Id
                            orderby t.Mulai descending
                            select new Penugasan(t.Id, t.Jenis, j.Nama, t.Mulai, t.Selesai, t.NomorSurat)).Take(20).ToListAsync(ct);
        if (TempData[PegawaiFormModel.PeringatanNipKey] is string peringatan)
        {
            PeringatanNip = peringatan.Split('\n');
        }
        return Page();
    }
}
