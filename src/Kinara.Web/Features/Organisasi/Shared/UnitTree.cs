using Kinara.Domain.Organisasi;

namespace Kinara.Web.Features.Organisasi.Shared;

public sealed record UnitRow(Guid Id, Guid? IndukId, string Kode, string Nama, JenisUnit Jenis, bool Aktif);

public sealed class UnitNode(UnitRow unit, int depth)
{
    public UnitRow Unit { get; } = unit;
    public int Depth { get; } = depth;
    public List<UnitNode> Anak { get; } = [];
}

/// <summary>Builds the unit tree in memory from one flat list (one query), so neither the tree page nor a select needs recursion in SQL.</summary>
public static class UnitTree
{
    /// <summary>Roots sorted by name. A unit whose induk is not in <paramref name="rows"/> (filtered out) is shown as a root.</summary>
    public static List<UnitNode> Build(IReadOnlyCollection<UnitRow> rows)
    {
        var ids = rows.Select(r => r.Id).ToHashSet();
        var anak = rows.Where(r => r.IndukId is { } i && ids.Contains(i)).ToLookup(r => r.IndukId!.Value);
        var roots = rows.Where(r => r.IndukId is not { } i || !ids.Contains(i)).OrderBy(r => r.Nama, StringComparer.CurrentCulture);
        var visited = new HashSet<Guid>();
        return roots.Select(r => Node(r, 0)).ToList();

        UnitNode Node(UnitRow row, int depth)
        {
            var node = new UnitNode(row, depth);
            visited.Add(row.Id);
            // The visited set guards against a corrupt cycle in stored data (SetInduk prevents new ones).
            foreach (var child in anak[row.Id].OrderBy(c => c.Nama, StringComparer.CurrentCulture).Where(c => !visited.Contains(c.Id)))
            {
                node.Anak.Add(Node(child, depth + 1));
            }
            return node;
        }
    }

    /// <summary>Depth-first order, parents before their children.</summary>
    public static IEnumerable<UnitNode> Flatten(IEnumerable<UnitNode> nodes)
    {
        foreach (var n in nodes)
        {
            yield return n;
            foreach (var d in Flatten(n.Anak))
            {
                yield return d;
            }
        }
    }
}
