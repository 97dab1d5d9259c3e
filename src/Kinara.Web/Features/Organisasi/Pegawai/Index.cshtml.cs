using Kinara.Domain.Kepegawaian;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.PegawaiPages;

[SatuKoneksi]
[Authorize(Policy = Kebijakan.BacaMasterData)]
public sealed class IndexModel(KinaraDbContext db) : KinaraPageModel
{
    public sealed record Baris(Guid Id, string Nip, string Nama, JenisPegawai Jenis, string? Golongan, string? Jabatan, string? Unit, bool Aktif);

    /// <summary>NIP (digits, spaces allowed) or part of the name.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    /// <summary>Only the chosen unit, not the units under it.</summary>
    [BindProperty(SupportsGet = true)] public bool HanyaUnitIni { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? JabatanId { get; set; }
    [BindProperty(SupportsGet = true)] public JenisPegawai? Jenis { get; set; }
    /// <summary>"aktif" (default), "nonaktif" or "semua".</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Hal { get; set; }

    public Paging<Baris> Daftar { get; private set; } = new([], 1, PagingExtensions.UkuranBaku, 0);
    public List<SelectListItem> UnitOptions { get; private set; } = [];
    public string? NamaJabatanFilter { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        UnitOptions = await Pilihan.UnitAsync(db, ct, termasuk: UnitId, kosong: "Semua unit");
        var query = db.Pegawai.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var digits = new string(Q.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-')).ToArray());
            if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
            {
                query = query.Where(p => p.Nip.Contains(digits));
            }
            else
            {
                var q = Q.Trim().ToLower();
                query = query.Where(p => p.Nama.ToLower().Contains(q));
            }
        }
        if (UnitId is { } unitId)
        {
            var ids = await UnitDanBawahanAsync(unitId, ct);
            query = query.Where(p => p.UnitId != null && ids.Contains(p.UnitId.Value));
        }
        if (JabatanId is { } jabatanId)
        {
            query = query.Where(p => p.JabatanId == jabatanId);
            NamaJabatanFilter = await db.Jabatan.Where(j => j.Id == jabatanId).Select(j => j.Nama).FirstOrDefaultAsync(ct);
        }
        if (Jenis is { } jenis)
        {
            query = query.Where(p => p.Jenis == jenis);
        }
        query = Status switch
        {
            "semua" => query,
            "nonaktif" => query.Where(p => !p.Aktif),
            _ => query.Where(p => p.Aktif),
        };
        var halaman = await query.OrderBy(p => p.Nama).ThenBy(p => p.Nip)
            .Select(p => new
            {
                p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.Jenis, p.Golongan, p.Aktif,
                Jabatan = db.Jabatan.Where(j => j.Id == p.JabatanId).Select(j => j.Nama).FirstOrDefault(),
                Unit = db.Unit.Where(u => u.Id == p.UnitId).Select(u => u.Nama).FirstOrDefault(),
            })
            .ToPagingAsync(Hal, ct);
        Daftar = new Paging<Baris>(halaman.Items.Select(p => new Baris(p.Id, p.Nip,
                Domain.Kepegawaian.Pegawai.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang), p.Jenis, p.Golongan, p.Jabatan, p.Unit, p.Aktif)).ToList(),
            halaman.Nomor, halaman.Ukuran, halaman.Total);
    }

    private async Task<List<Guid>> UnitDanBawahanAsync(Guid unitId, CancellationToken ct)
    {
        if (HanyaUnitIni)
        {
            return [unitId];
        }
        var tree = UnitTree.Build(await Pilihan.SemuaUnitAsync(db, ct));
        var akar = UnitTree.Flatten(tree).FirstOrDefault(n => n.Unit.Id == unitId);
        return akar is null ? [unitId] : UnitTree.Flatten([akar]).Select(n => n.Unit.Id).ToList();
    }
}
