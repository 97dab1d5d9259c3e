using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kinara.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Infrastructure.Audit;

public sealed record AuditVerifikasi(Guid InstansiId, long Diperiksa, long? UrutanRusak, string? Alasan)
{
    public bool Utuh => UrutanRusak is null;
}

/// <summary>The audit hash chain: how an entry's hash is computed, and how a whole chain is verified.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditEntry e)
    {
        var canonical = string.Join('|',
            e.InstansiId.ToString("N"),
            (e.Urutan ?? throw new InvalidOperationException("An unsealed audit entry has no hash.")).ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(e.Waktu, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture),
            e.UserId?.ToString("N") ?? "",
            e.Pelaku,
            ((int)e.Aksi).ToString(CultureInfo.InvariantCulture),
            e.Entitas,
            e.EntitasId,
            e.Perubahan,
            e.HashSebelumnya ?? throw new InvalidOperationException("An unsealed audit entry has no hash."));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// Seals what is still waiting, then walks one Instansi's chain in order, streaming (the audit table can be large),
    /// and reports the first entry whose hash, link or sequence number does not match.
    /// </summary>
    public static async Task<AuditVerifikasi> VerifyAsync(KinaraDbContext db, Guid instansiId, CancellationToken ct = default)
    {
        await AuditSegel.SegelAsync(db, instansiId, ct);
        var prev = Genesis;
        long expected = 1, checkedCount = 0;
        var entries = db.Audit.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.InstansiId == instansiId && a.Urutan != null)
            .OrderBy(a => a.Urutan)
            .AsAsyncEnumerable();
        await foreach (var e in entries.WithCancellation(ct))
        {
            checkedCount++;
            if (e.Urutan != expected)
            {
                return new AuditVerifikasi(instansiId, checkedCount, expected, $"entri nomor {expected} hilang (ditemukan nomor {e.Urutan})");
            }
            if (e.HashSebelumnya != prev)
            {
                return new AuditVerifikasi(instansiId, checkedCount, e.Urutan, $"entri nomor {e.Urutan} tidak tersambung ke entri sebelumnya");
            }
            if (ComputeHash(e) != e.Hash)
            {
                return new AuditVerifikasi(instansiId, checkedCount, e.Urutan, $"isi entri nomor {e.Urutan} telah diubah");
            }
            prev = e.Hash;
            expected++;
        }
        return new AuditVerifikasi(instansiId, checkedCount, null, null);
    }
}
