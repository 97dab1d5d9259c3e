using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Shared;

/// <summary>What the pager partial (Features/Shared/_Pager.cshtml) needs to know about a page of a list.</summary>
public interface IPaging
{
    /// <summary>1-based page number.</summary>
    int Nomor { get; }
    int Ukuran { get; }
    int Total { get; }
    int TotalHalaman { get; }
}

/// <summary>One page of a list.</summary>
public sealed record Paging<T>(IReadOnlyList<T> Items, int Nomor, int Ukuran, int Total) : IPaging
{
    public int TotalHalaman => Math.Max(1, (Total + Ukuran - 1) / Ukuran);
}

public static class PagingExtensions
{
    public const int UkuranBaku = 25;

    /// <summary>
    /// Counts, then reads one page of an ordered query. A page number past the end shows the last page,
    /// so a link kept from before a deletion still lands somewhere useful.
    /// </summary>
    public static async Task<Paging<T>> ToPagingAsync<T>(this IQueryable<T> query, int? halaman, CancellationToken ct, int ukuran = UkuranBaku)
    {
        var total = await query.CountAsync(ct);
        var terakhir = Math.Max(1, (total + ukuran - 1) / ukuran);
        var nomor = Math.Clamp(halaman ?? 1, 1, terakhir);
        var items = total == 0 ? [] : await query.Skip((nomor - 1) * ukuran).Take(ukuran).ToListAsync(ct);
        return new Paging<T>(items, nomor, ukuran, total);
    }
}
