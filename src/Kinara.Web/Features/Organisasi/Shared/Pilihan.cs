using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Shared;

/// <summary>Select lists of units and jabatan for the master-data forms and filters (one query each, shaped in memory).</summary>
public static class Pilihan
{
    // Non-breaking spaces survive in <option> text where ordinary spaces would be collapsed.
    private const string Indent = "\u00A0\u00A0";

    public static Task<List<UnitRow>> SemuaUnitAsync(KinaraDbContext db, CancellationToken ct) =>
        db.Unit.AsNoTracking().Select(u => new UnitRow(u.Id, u.IndukId, u.Kode, u.Nama, u.Jenis, u.Aktif)).ToListAsync(ct);

    /// <summary>
    /// Active units as an indented tree. <paramref name="termasuk"/> (the current value) is kept even when inactive;
    /// <paramref name="kecualiCabang"/> and everything under it are left out (they cannot become its induk).
    /// </summary>
    public static async Task<List<SelectListItem>> UnitAsync(KinaraDbContext db, CancellationToken ct,
        Guid? termasuk = null, Guid? kecualiCabang = null, string kosong = "— Tidak ada —")
    {
        var rows = (await SemuaUnitAsync(db, ct)).Where(r => r.Aktif || r.Id == termasuk).ToList();
        var items = new List<SelectListItem> { new(kosong, "") };
        Tambah(UnitTree.Build(rows));
        return items;

        void Tambah(IEnumerable<UnitNode> nodes)
        {
            foreach (var n in nodes.Where(n => n.Unit.Id != kecualiCabang))
            {
                var teks = string.Concat(Enumerable.Repeat(Indent, n.Depth)) + n.Unit.Nama + (n.Unit.Aktif ? "" : " (nonaktif)");
                items.Add(new SelectListItem(teks, n.Unit.Id.ToString()));
                Tambah(n.Anak);
            }
        }
    }

    /// <summary>
    /// Active jabatan grouped by unit (in tree order), structural posts first within a unit.
    /// <paramref name="kecualiCabang"/> and the posts under it are left out (they cannot become its atasan).
    /// </summary>
    public static async Task<List<SelectListItem>> JabatanAsync(KinaraDbContext db, CancellationToken ct,
        Guid? termasuk = null, Guid? kecualiCabang = null, bool hanyaStruktural = false, string kosong = "— Tidak ada —")
    {
        var jabatan = await db.Jabatan.AsNoTracking()
            .Where(j => j.Aktif || j.Id == termasuk)
            .Where(j => !hanyaStruktural || j.Jenis == JenisJabatan.Jpt || j.Jenis == JenisJabatan.Administrator || j.Jenis == JenisJabatan.Pengawas)
            .Select(j => new { j.Id, j.Nama, j.Kode, j.Jenis, j.UnitId, j.AtasanJabatanId, j.Aktif })
            .ToListAsync(ct);
        var units = UnitTree.Flatten(UnitTree.Build(await SemuaUnitAsync(db, ct))).ToList();
        var urutan = units.Select((n, i) => (n.Unit.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var namaUnit = units.ToDictionary(n => n.Unit.Id, n => n.Unit.Nama);

        var dikecualikan = new HashSet<Guid>();
        if (kecualiCabang is { } akar)
        {
            // Walk down the atasan tree from the excluded post; the set also guards against stored cycles.
            var bawahan = jabatan.Where(j => j.AtasanJabatanId is not null).ToLookup(j => j.AtasanJabatanId!.Value, j => j.Id);
            var antrian = new Queue<Guid>([akar]);
            while (antrian.TryDequeue(out var id))
            {
                if (dikecualikan.Add(id))
                {
                    foreach (var b in bawahan[id])
                    {
                        antrian.Enqueue(b);
                    }
                }
            }
        }

        var items = new List<SelectListItem> { new(kosong, "") };
        var tanpaUnit = new SelectListGroup { Name = "Tanpa unit" };
        var groups = new Dictionary<Guid, SelectListGroup>();
        foreach (var j in jabatan.Where(j => !dikecualikan.Contains(j.Id))
                     .OrderBy(j => j.UnitId is { } u && urutan.TryGetValue(u, out var i) ? i : int.MaxValue)
                     .ThenBy(j => j.Jenis).ThenBy(j => j.Nama, StringComparer.CurrentCulture))
        {
            var group = j.UnitId is { } uid && namaUnit.TryGetValue(uid, out var nama)
                ? groups.TryGetValue(uid, out var g) ? g : groups[uid] = new SelectListGroup { Name = nama }
                : tanpaUnit;
            items.Add(new SelectListItem(j.Nama + (j.Aktif ? "" : " (nonaktif)"), j.Id.ToString()) { Group = group });
        }
        return items;
    }
}
