using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Organisasi.Plt;

/// <summary>Plt/Plh assignments to structural posts: those in force (or starting later) and past ones.</summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.BacaMasterData)]
public sealed class IndexModel(KinaraDbContext db, TimeProvider clock) : KinaraPageModel
{
    public sealed record Baris(Guid Id, JenisPenugasan Jenis, Guid JabatanId, string Jabatan, string? Unit, Guid PegawaiId, string Nip,
        string? GelarDepan, string Nama, string? GelarBelakang, DateOnly Mulai, DateOnly? Selesai, string? NomorSurat)
    {
        public string NamaLengkap => Domain.Kepegawaian.Pegawai.NamaDenganGelar(GelarDepan, Nama, GelarBelakang);
    }

    /// <summary>Jabatan name, pegawai name or NIP.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>"berlaku" (default: in force or starting later), "selesai" or "semua".</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Hal { get; set; }

    public Paging<Baris> Daftar { get; private set; } = new([], 1, PagingExtensions.UkuranBaku, 0);
    public DateOnly HariIni { get; } = clock.HariIni();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var hariIni = HariIni;
        var query = from t in db.PenugasanPlt
                    join j in db.Jabatan on t.JabatanId equals j.Id
                    join p in db.Pegawai on t.PegawaiId equals p.Id
                    select new { t, j, p };
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            var digits = new string(q.Where(char.IsAsciiDigit).ToArray());
            query = digits.Length >= 6
                ? query.Where(x => x.p.Nip.Contains(digits))
                : query.Where(x => x.j.Nama.ToLower().Contains(q) || x.p.Nama.ToLower().Contains(q));
        }
        query = Status switch
        {
            "semua" => query,
            "selesai" => query.Where(x => x.t.Selesai != null && x.t.Selesai < hariIni),
            _ => query.Where(x => x.t.Selesai == null || x.t.Selesai >= hariIni),
        };
        Daftar = await query.OrderByDescending(x => x.t.Mulai).ThenBy(x => x.j.Nama)
            .Select(x => new Baris(x.t.Id, x.t.Jenis, x.j.Id, x.j.Nama, db.Unit.Where(u => u.Id == x.j.UnitId).Select(u => u.Nama).FirstOrDefault(),
                x.p.Id, x.p.Nip, x.p.GelarDepan, x.p.Nama, x.p.GelarBelakang, x.t.Mulai, x.t.Selesai, x.t.NomorSurat))
            .ToPagingAsync(Hal, ct);
    }
}
