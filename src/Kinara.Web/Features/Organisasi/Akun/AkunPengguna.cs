using System.Security.Claims;
using System.Security.Cryptography;
using Kinara.Web.Infrastructure.Auth;

namespace Kinara.Web.Features.Organisasi.Akun;

public enum StatusAkun
{
    Aktif,
    Terkunci,
    Nonaktif,
}

/// <summary>Rules shared by the account pages: account status, which roles an admin may grant, temporary passwords.</summary>
public static class AkunPengguna
{
    /// <summary>
    /// A switched-off account is locked out "forever": Identity then refuses every sign-in (password and 2FA) with no
    /// extra column. Anything past year 9000 counts as switched off, not as a lockout after failed attempts.
    /// </summary>
    public static readonly DateTimeOffset NonaktifSampai = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static StatusAkun Status(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnd is not { } end || end <= now ? StatusAkun.Aktif
        : end.Year >= 9000 ? StatusAkun.Nonaktif
        : StatusAkun.Terkunci;

    public static bool IsSuperAdmin(ClaimsPrincipal user) => user.IsInRole(Peran.SuperAdmin);

    /// <summary>Only a Super Admin may hand out (or take away) Super Admin.</summary>
    public static IReadOnlyList<string> PeranYangBolehDiatur(ClaimsPrincipal admin) =>
        IsSuperAdmin(admin) ? Peran.Semua : [.. Peran.Semua.Where(p => p != Peran.SuperAdmin)];

    public static bool IsAdminRole(string peran) => peran is Peran.AdminKepegawaian or Peran.SuperAdmin;

    // No 0/O, 1/l/I: the admin reads it out over the phone or writes it on paper.
    private const string Kecil = "abcdefghjkmnpqrstuvwxyz";
    private const string Besar = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Angka = "23456789";

    /// <summary>A strong temporary password like "Kp7m-x4Rq-9hze" (about 80 bits), meeting every password rule.</summary>
    public static string BuatKataSandiSementara()
    {
        const string semua = Kecil + Besar + Angka;
        while (true)
        {
            var s = RandomNumberGenerator.GetString(semua, 12);
            if (s.Any(char.IsAsciiLetterLower) && s.Any(char.IsAsciiLetterUpper) && s.Any(char.IsAsciiDigit))
            {
                return $"{s[..4]}-{s[4..8]}-{s[8..]}";
            }
        }
    }

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>Times are stored in UTC and shown in WIB.</summary>
    public static string WaktuWib(DateTime? utc) =>
        utc is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc).Add(Wib).ToString("dd-MM-yyyy HH:mm") + " WIB" : "-";
}
