using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Akun;

/// <summary>Accounts of the admin's own Instansi, with search and filters.</summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class IndexModel(KinaraDbContext db, TimeProvider clock) : KinaraPageModel
{
    public const int UkuranHalaman = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Peran { get; set; }

    [BindProperty(SupportsGet = true)]
    public StatusAkun? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Hal { get; set; } = 1;

    public sealed record Baris(Guid Id, string Nip, string Nama, IReadOnlyList<string> Peran, StatusAkun Status, bool DuaFaktor, DateTime? TerakhirMasuk);

    public IReadOnlyList<Baris> Akun { get; private set; } = [];
    public int Total { get; private set; }
    public int JumlahHalaman => Math.Max(1, (Total + UkuranHalaman - 1) / UkuranHalaman);
    public int TanpaAkun { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Users have no tenant query filter (sign-in must find them before a tenant is known): filter explicitly.
        var query = db.Users.AsNoTracking().Where(u => u.InstansiId == InstansiId);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(u => u.UserName!.Contains(q) || u.NamaTampilan.ToLower().Contains(q));
        }
        if (!string.IsNullOrEmpty(Peran) && Infrastructure.Auth.Peran.Semua.Contains(Peran))
        {
            var roleId = await db.Roles.Where(r => r.Name == Peran).Select(r => r.Id).FirstOrDefaultAsync(ct);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }
        if (Status is { } status)
        {
            // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in SQL; the accounts ever locked are few,
            // so decide their status here and filter by id.
            var pernahTerkunci = await db.Users.AsNoTracking()
                .Where(u => u.InstansiId == InstansiId && u.LockoutEnd != null)
                .Select(u => new { u.Id, u.LockoutEnd })
                .ToListAsync(ct);
            var ids = pernahTerkunci
                .Where(u => status == StatusAkun.Aktif
                    ? AkunPengguna.Status(u.LockoutEnd, now) != StatusAkun.Aktif
                    : AkunPengguna.Status(u.LockoutEnd, now) == status)
                .Select(u => u.Id).ToList();
            query = status == StatusAkun.Aktif ? query.Where(u => !ids.Contains(u.Id)) : query.Where(u => ids.Contains(u.Id));
        }

        Total = await query.CountAsync(ct);
        Hal = Math.Clamp(Hal, 1, JumlahHalaman);
        var halaman = await query
            .OrderBy(u => u.NamaTampilan).ThenBy(u => u.UserName)
            .Skip((Hal - 1) * UkuranHalaman).Take(UkuranHalaman)
            .Select(u => new { u.Id, u.UserName, u.NamaTampilan, u.LockoutEnd, u.TwoFactorEnabled, u.TerakhirMasuk })
            .ToListAsync(ct);
        var ids2 = halaman.Select(u => u.Id).ToList();
        var peran = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids2.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        Akun = [.. halaman.Select(u => new Baris(
            u.Id, u.UserName ?? "", u.NamaTampilan,
            [.. peran.Where(p => p.UserId == u.Id).Select(p => p.Name!).OrderBy(p => Infrastructure.Auth.Peran.Semua.ToList().IndexOf(p))],
            AkunPengguna.Status(u.LockoutEnd, now), u.TwoFactorEnabled, u.TerakhirMasuk))];

        TanpaAkun = await BaruModel.PegawaiTanpaAkun(db, InstansiId).CountAsync(ct);
    }
}
