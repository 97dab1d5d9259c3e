using Kinara.Domain.Organisasi;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Organisasi.Struktur;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Organisasi.Unit;

[Authorize(Policy = Kebijakan.BacaMasterData)]
public sealed class IndexModel(PosisiService posisi) : KinaraPageModel
{
    public sealed record Baris(Guid Id, string Kode, string Nama, JenisUnit Jenis, string? Induk, bool Aktif, int PegawaiAktif);

    /// <summary>Search in nama or kode.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public JenisUnit? Jenis { get; set; }
    /// <summary>"aktif" (default), "nonaktif" or "semua".</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Hal { get; set; }

    public Paging<Baris> Daftar { get; private set; } = new([], 1, PagingExtensions.UkuranBaku, 0);

    /// <summary>
    /// Reads the list from the Instansi's structure in memory (<see cref="StrukturSnapshot"/>: evicted on every committed
    /// change of a unit or pegawai, on every node), so an admin browsing units costs the database nothing. Sorted by name
    /// then kode in Indonesian order, as a person reads a list (sorted once per snapshot).
    /// </summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var struktur = await posisi.StrukturAsync(ct);
        IEnumerable<UnitStruktur> unit = struktur?.UnitUrut ?? [];
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            unit = unit.Where(u => u.Nama.Contains(q, StringComparison.CurrentCultureIgnoreCase) || u.Kode.Contains(q, StringComparison.CurrentCultureIgnoreCase));
        }
        if (Jenis is { } jenis)
        {
            unit = unit.Where(u => u.Jenis == jenis);
        }
        unit = Status switch
        {
            "semua" => unit,
            "nonaktif" => unit.Where(u => !u.Aktif),
            _ => unit.Where(u => u.Aktif),
        };
        Daftar = unit.ToList().ToPaging(Hal, u => new Baris(u.Id, u.Kode, u.Nama, u.Jenis, struktur!.NamaUnit(u.IndukId), u.Aktif, struktur.PegawaiAktifDi(u.Id)));
    }
}
