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
        var nomor = Halaman(halaman, total, ukuran);
        var items = total == 0 ? [] : await query.Skip((nomor - 1) * ukuran).Take(ukuran).ToListAsync(ct);
        return new Paging<T>(items, nomor, ukuran, total);
    }

    /// <summary>The same paging over a list already in memory (e.g. read from the structure snapshot), mapping only the page's rows.</summary>
    public static Paging<TBaris> ToPaging<T, TBaris>(this IReadOnlyList<T> daftar, int? halaman, Func<T, TBaris> baris, int ukuran = UkuranBaku)
    {
        var nomor = Halaman(halaman, daftar.Count, ukuran);
        return new Paging<TBaris>(daftar.Skip((nomor - 1) * ukuran).Take(ukuran).Select(baris).ToList(), nomor, ukuran, daftar.Count);
    }

    /// <summary>The page to show: a number past the end shows the last page.</summary>
    private static int Halaman(int? halaman, int total, int ukuran) => Math.Clamp(halaman ?? 1, 1, Math.Max(1, (total + ukuran - 1) / ukuran));
}
