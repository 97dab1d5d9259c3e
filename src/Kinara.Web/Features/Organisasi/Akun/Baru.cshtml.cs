using System.ComponentModel.DataAnnotations;
using PegawaiEntity = Kinara.Domain.Kepegawaian.Pegawai;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Akun;

/// <summary>
/// Active pegawai who have no account yet, and the form that makes one. The first password is generated (or typed
/// by the admin) and shown once on the answer page; it is never stored readable.
/// </summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class BaruModel(KinaraDbContext db, UserManager<ApplicationUser> users) : KinaraPageModel
{
    public const int UkuranHalaman = 50;

    /// <summary>The pegawai to make an account for (query string <c>pegawaiId</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "pegawaiId")]
    public Guid? IdPegawai { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Hal { get; set; } = 1;

    /// <summary>Empty when no box is ticked (a default here would survive an empty post).</summary>
    [BindProperty]
    public List<string> PeranDipilih { get; set; } = [];

    /// <summary>True: the admin types the first password; false: Kinara generates one.</summary>
    [BindProperty]
    public bool KetikSendiri { get; set; }

    [BindProperty, Display(Name = "Kata sandi awal")]
    public string? KataSandi { get; set; }

    public sealed record Kandidat(Guid Id, string Nip, string Nama, string? Jabatan, string? Unit);

    public IReadOnlyList<Kandidat> Daftar { get; private set; } = [];
    public int Total { get; private set; }
    public int JumlahHalaman => Math.Max(1, (Total + UkuranHalaman - 1) / UkuranHalaman);
    public Kandidat? Dipilih { get; private set; }
    public IReadOnlyList<string> PeranBoleh => AkunPengguna.PeranYangBolehDiatur(User);

    /// <summary>Set after a successful create: the account and the one-time password to hand over.</summary>
    public (Guid Id, string Nip, string Nama, string KataSandi)? Dibuat { get; private set; }

    /// <summary>Active pegawai of the current Instansi (query filter) with no account linked or named by their NIP.</summary>
    public static IQueryable<PegawaiEntity> PegawaiTanpaAkun(KinaraDbContext db, Guid instansiId) =>
        db.Pegawai.Where(p => p.InstansiId == instansiId && p.Aktif
            && !db.Users.Any(u => u.PegawaiId == p.Id || u.NormalizedUserName == p.Nip));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IdPegawai is { } id)
        {
            Dipilih = await KandidatAsync(id, ct);
            PeranDipilih = [Peran.Pegawai];
            return Dipilih is null ? NotFound() : Page();
        }
        var query = PegawaiTanpaAkun(db, InstansiId);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(p => p.Nip.Contains(q) || p.Nama.ToLower().Contains(q));
        }
        Total = await query.CountAsync(ct);
        Hal = Math.Clamp(Hal, 1, JumlahHalaman);
        Daftar = await Proyeksi(query.OrderBy(p => p.Nama).ThenBy(p => p.Nip).Skip((Hal - 1) * UkuranHalaman).Take(UkuranHalaman))
            .ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (IdPegawai is not { } id || await KandidatAsync(id, ct) is not { } pegawai)
        {
            return NotFound();
        }
        Dipilih = pegawai;
        var pegawaiEntity = await db.Pegawai.AsNoTracking().FirstAsync(p => p.Id == id, ct);
        if (!pegawaiEntity.Aktif)
        {
            ModelState.AddModelError("", "Pegawai ini tidak aktif, sehingga tidak dapat dibuatkan akun.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        if (await db.Users.AnyAsync(u => u.PegawaiId == id || u.NormalizedUserName == pegawai.Nip, ct))
        {
            ModelState.AddModelError("", $"NIP {pegawai.Nip} sudah memiliki akun.");
            return FormInvalid(StatusCodes.Status409Conflict);
        }
        var peran = PeranDipilih.Where(Peran.Semua.Contains).Distinct().ToList();
        if (peran.Count == 0)
        {
            ModelState.AddModelError(nameof(PeranDipilih), "Pilih sedikitnya satu peran.");
            return FormInvalid();
        }
        if (peran.Except(PeranBoleh).Any())
        {
            ModelState.AddModelError(nameof(PeranDipilih), "Hanya Super Admin yang dapat memberikan peran Super Admin.");
            return FormInvalid(StatusCodes.Status403Forbidden);
        }
        if (KetikSendiri && string.IsNullOrEmpty(KataSandi))
        {
            ModelState.AddModelError(nameof(KataSandi), "Ketik kata sandi awal, atau pilih dibuat otomatis.");
            return FormInvalid();
        }
        var kataSandi = KetikSendiri ? KataSandi! : AkunPengguna.BuatKataSandiSementara();

        var user = new ApplicationUser
        {
            UserName = pegawai.Nip,
            InstansiId = InstansiId,
            PegawaiId = id,
            NamaTampilan = pegawai.Nama,
            Email = pegawaiEntity.Email,
            LockoutEnabled = true,
            WajibGantiKataSandi = true, // the admin knows this password; the owner replaces it at first sign-in
        };
        // Account and roles together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, kataSandi);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, peran);
        }
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(KataSandi) : "", e.Description);
            }
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        await tx.CommitAsync(ct);
        Dibuat = (user.Id, pegawai.Nip, pegawai.Nama, kataSandi);
        return Page();
    }

    private Task<Kandidat?> KandidatAsync(Guid id, CancellationToken ct) =>
        Proyeksi(db.Pegawai.Where(p => p.Id == id)).FirstOrDefaultAsync(ct);

    private IQueryable<Kandidat> Proyeksi(IQueryable<PegawaiEntity> q) =>
        from p in q
        join j in db.Jabatan on p.JabatanId equals j.Id into jj
        from j in jj.DefaultIfEmpty()
        join u in db.Unit on p.UnitId equals u.Id into uu
        from u in uu.DefaultIfEmpty()
        select new Kandidat(p.Id, p.Nip, PegawaiEntity.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang), j == null ? null : j.Nama, u == null ? null : u.Nama);
}
