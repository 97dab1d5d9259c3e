using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Audit;

/// <summary>One audit entry in full, with its place in the hash chain. Read-only.</summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.BacaAudit)]
public sealed class DetailModel(KinaraDbContext db) : KinaraPageModel
{
    public AuditEntry Entri { get; private set; } = null!;
    public string? NamaPelaku { get; private set; }
    public IReadOnlyList<AuditTampilan.Baris> Perubahan { get; private set; } = [];
    /// <summary>Readable names of the ids in this entry (roles, accounts of the own Instansi).</summary>
    public IReadOnlyDictionary<string, string> Nama { get; private set; } = new Dictionary<string, string>();
    public bool AdaSebelumnya { get; private set; }
    public bool AdaSesudahnya { get; private set; }

    public async Task<IActionResult> OnGetAsync(long urutan, CancellationToken ct)
    {
        await AuditSegel.SegelBilaPerluAsync(db, InstansiId, ct);
        // The tenant query filter makes another Instansi's entry a plain 404.
        var entri = await db.Audit.AsNoTracking().FirstOrDefaultAsync(a => a.Urutan == urutan, ct);
        if (entri is null)
        {
            return NotFound();
        }
        Entri = entri;
        var perubahan = AuditTampilan.Perubahan(entri.Perubahan);
        Nama = await AuditTampilan.NamaIdAsync(db, InstansiId, [(entri.Entitas, entri.EntitasId, perubahan)], ct);
        Perubahan = perubahan;
        NamaPelaku = entri.UserId is { } uid
            ? await db.Users.AsNoTracking().Where(u => u.Id == uid && u.InstansiId == InstansiId).Select(u => u.NamaTampilan).FirstOrDefaultAsync(ct)
            : null;
        AdaSebelumnya = urutan > 1;
        AdaSesudahnya = await db.Audit.AnyAsync(a => a.Urutan == urutan + 1, ct);
        return Page();
    }
}
