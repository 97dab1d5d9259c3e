using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.InstansiPages;

/// <summary>Every Pemda (tenant) of this deployment. The Instansi table has no tenant filter.</summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.KelolaInstansi)]
public sealed class IndexModel(KinaraDbContext db) : KinaraPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Hal { get; set; }

    public Paging<Instansi> Daftar { get; private set; } = new([], 1, PagingExtensions.UkuranBaku, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Instansi.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(i => i.Nama.ToLower().Contains(q) || i.Kode.ToLower().Contains(q));
        }
        Daftar = await query.OrderBy(i => i.Nama).ToPagingAsync(Hal, ct);
    }
}
