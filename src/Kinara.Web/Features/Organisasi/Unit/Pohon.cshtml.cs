using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Unit;

/// <summary>The whole unit tree of the instansi: one query for the units, one grouped count of pegawai, shaped in memory.</summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.BacaMasterData)]
public sealed class PohonModel(KinaraDbContext db) : KinaraPageModel
{
    [BindProperty(SupportsGet = true)] public bool SemuaStatus { get; set; }

    public List<UnitNode> Akar { get; private set; } = [];
    public Dictionary<Guid, int> PegawaiLangsung { get; private set; } = [];
    public Dictionary<Guid, int> PegawaiTotal { get; } = [];
    public int JumlahUnit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = (await Pilihan.SemuaUnitAsync(db, ct)).Where(u => SemuaStatus || u.Aktif).ToList();
        JumlahUnit = rows.Count;
        PegawaiLangsung = await db.Pegawai.AsNoTracking()
            .Where(p => p.Aktif && p.UnitId != null)
            .GroupBy(p => p.UnitId!.Value)
            .Select(g => new { g.Key, Jumlah = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
        Akar = UnitTree.Build(rows);
        foreach (var root in Akar)
        {
            HitungTotal(root);
        }
    }

    private int HitungTotal(UnitNode node)
    {
        var total = PegawaiLangsung.GetValueOrDefault(node.Unit.Id) + node.Anak.Sum(HitungTotal);
        PegawaiTotal[node.Unit.Id] = total;
        return total;
    }
}
