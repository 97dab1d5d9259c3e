namespace Kinara.Web.Infrastructure.Audit;

/// <summary>
/// One recorded change. Append-only; entries of one Instansi form a hash chain ordered by <see cref="Urutan"/>:
/// <see cref="Hash"/> = SHA-256 over the previous hash and this entry's content, so editing or deleting a past
/// entry breaks every hash after it (<see cref="AuditChain.VerifyAsync"/>).
/// On PostgreSQL an entry is written in the same transaction as the change it records but without its place in the
/// chain (<see cref="Urutan"/>, <see cref="HashSebelumnya"/> and <see cref="Hash"/> null); <see cref="AuditSegel"/>
/// seals it into the chain right after the commit, or the background sealer does within seconds (ADR 0006).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public Guid InstansiId { get; set; }
    /// <summary>Position in the Instansi's chain, 1-based, unique per Instansi; null until the entry is sealed.</summary>
    public long? Urutan { get; set; }
    /// <summary>UTC, truncated to milliseconds so it round-trips through every provider unchanged.</summary>
    public DateTime Waktu { get; set; }
    public Guid? UserId { get; set; }
    /// <summary>NIP of the actor, or "sistem" for background work.</summary>
    public string Pelaku { get; set; } = "";
    public AuditAksi Aksi { get; set; }
    public string Entitas { get; set; } = "";
    public string EntitasId { get; set; } = "";
    /// <summary>JSON object: property → [before, after]. Secrets are masked.</summary>
    public string Perubahan { get; set; } = "{}";
    public string? HashSebelumnya { get; set; }
    public string? Hash { get; set; }
}

public enum AuditAksi
{
    Tambah = 1,
    Ubah = 2,
    Hapus = 3,
}
