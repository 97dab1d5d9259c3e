using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using static Kinara.Domain.Kepegawaian.Pegawai;

namespace Kinara.Web.Features.Organisasi.JabatanPages;

[SatuKoneksi]
[Authorize(Policy = Kebijakan.BacaMasterData)]
public sealed class IndexModel(KinaraDbContext db, TimeProvider clock) : KinaraPageModel
{
    public sealed record Baris(Guid Id, string Kode, string Nama, JenisJabatan Jenis, string? Jenjang, int? Kelas, string? Unit, string? Atasan, bool Aktif)
    {
        public bool IsStruktural => Jenis is JenisJabatan.Jpt or JenisJabatan.Administrator or JenisJabatan.Pengawas;
    }

    public sealed record Orang(Guid Id, string Nama);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public JenisJabatan? Jenis { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    /// <summary>"aktif" (default), "nonaktif", "semua", or "kosong": structural posts with no holder and no Plt/Plh.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Hal { get; set; }

    public Paging<Baris> Daftar { get; private set; } = new([], 1, PagingExtensions.UkuranBaku, 0);
    public List<SelectListItem> UnitOptions { get; private set; } = [];
    public Dictionary<Guid, int> JumlahPemegang { get; private set; } = [];
    public ILookup<Guid, Orang> Pemegang { get; private set; } = Array.Empty<Orang>().ToLookup(_ => Guid.Empty);
    public ILookup<Guid, (JenisPenugasan Jenis, Orang Orang)> Plt { get; private set; } = Array.Empty<(JenisPenugasan, Orang)>().ToLookup(_ => Guid.Empty);

    public async Task OnGetAsync(CancellationToken ct)
    {
        UnitOptions = await Pilihan.UnitAsync(db, ct, termasuk: UnitId, kosong: "Semua unit");
        var hariIni = clock.HariIni();
        var query = db.Jabatan.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(j => j.Nama.ToLower().Contains(q) || j.Kode.ToLower().Contains(q));
        }
        if (Jenis is { } jenis)
        {
            query = query.Where(j => j.Jenis == jenis);
        }
        if (UnitId is { } unitId)
        {
            query = query.Where(j => j.UnitId == unitId);
        }
        query = Status switch
        {
            "semua" => query,
            "nonaktif" => query.Where(j => !j.Aktif),
            "kosong" => query.Where(j => j.Aktif
                && (j.Jenis == JenisJabatan.Jpt || j.Jenis == JenisJabatan.Administrator || j.Jenis == JenisJabatan.Pengawas)
                && !db.Pegawai.Any(p => p.JabatanId == j.Id && p.Aktif)
                && !db.PenugasanPlt.Any(t => t.JabatanId == j.Id && t.Mulai <= hariIni && (t.Selesai == null || t.Selesai >= hariIni))),
            _ => query.Where(j => j.Aktif),
        };
        Daftar = await query.OrderBy(j => j.Nama).ThenBy(j => j.Kode)
            .Select(j => new Baris(j.Id, j.Kode, j.Nama, j.Jenis, j.Jenjang, j.KelasJabatan,
                db.Unit.Where(u => u.Id == j.UnitId).Select(u => u.Nama).FirstOrDefault(),
                db.Jabatan.Where(a => a.Id == j.AtasanJabatanId).Select(a => a.Nama).FirstOrDefault(), j.Aktif))
            .ToPagingAsync(Hal, ct);
        await MuatPemegangAsync(hariIni, ct);
    }

    /// <summary>Holders and acting officers of the jabatan on this page only: three small queries, whatever the page.</summary>
    private async Task MuatPemegangAsync(DateOnly hariIni, CancellationToken ct)
    {
        var ids = Daftar.Items.Select(b => b.Id).ToList();
        JumlahPemegang = await db.Pegawai.AsNoTracking().Where(p => p.Aktif && p.JabatanId != null && ids.Contains(p.JabatanId.Value))
            .GroupBy(p => p.JabatanId!.Value).Select(g => new { g.Key, Jumlah = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
        // Names only where few people hold the post (a pelaksana post may have hundreds).
        var sedikit = JumlahPemegang.Where(kv => kv.Value <= 3).Select(kv => kv.Key).ToList();
        Pemegang = (await db.Pegawai.AsNoTracking().Where(p => p.Aktif && p.JabatanId != null && sedikit.Contains(p.JabatanId.Value))
                .OrderBy(p => p.Nama).Select(p => new { p.Id, JabatanId = p.JabatanId!.Value, p.GelarDepan, p.Nama, p.GelarBelakang }).ToListAsync(ct))
            .ToLookup(p => p.JabatanId, p => new Orang(p.Id, NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang)));
        Plt = (await (from t in db.PenugasanPlt.AsNoTracking()
                      where ids.Contains(t.JabatanId) && t.Mulai <= hariIni && (t.Selesai == null || t.Selesai >= hariIni)
                      join p in db.Pegawai.AsNoTracking() on t.PegawaiId equals p.Id
                      select new { t.JabatanId, t.Jenis, p.Id, p.GelarDepan, p.Nama, p.GelarBelakang }).ToListAsync(ct))
            .ToLookup(t => t.JabatanId, t => (t.Jenis, new Orang(t.Id, NamaDenganGelar(t.GelarDepan, t.Nama, t.GelarBelakang))));
    }
}
