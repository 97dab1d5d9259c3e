using System.Security.Claims;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Infrastructure.Auth;

namespace Kinara.Web.Features.Perencanaan.Sasaran;

/// <summary>Who may do what on the planning pages (organisational goals, indicator library, cascading tree, monitoring).</summary>
public static class AksesPerencanaan
{
    /// <summary>Roles that change organisational goals, for <c>[Authorize(Roles = ...)]</c>: admin kepegawaian and pimpinan.</summary>
    public const string KelolaSasaran = Peran.AdminKepegawaian + "," + Peran.Pimpinan + "," + Peran.SuperAdmin;

    public static bool BolehKelolaSasaran(this ClaimsPrincipal user) =>
        user.IsInRole(Peran.AdminKepegawaian) || user.IsInRole(Peran.Pimpinan) || user.IsInRole(Peran.SuperAdmin);

    /// <summary>The indicator library is managed by the admin kepegawaian (the <see cref="Kebijakan.KelolaMasterData"/> roles).</summary>
    public static bool BolehKelolaPustaka(this ClaimsPrincipal user) =>
        user.IsInRole(Peran.AdminKepegawaian) || user.IsInRole(Peran.SuperAdmin);

    /// <summary>Sees every perangkat daerah in the cascading tree (the <see cref="Kebijakan.BacaMasterData"/> roles); others see their own subtree.</summary>
    public static bool LihatSeluruhInstansi(this ClaimsPrincipal user) =>
        user.IsInRole(Peran.AdminKepegawaian) || user.IsInRole(Peran.SuperAdmin) || user.IsInRole(Peran.Pimpinan) || user.IsInRole(Peran.Auditor);
}

/// <summary>The performance year (tahun kinerja) a planning page shows.</summary>
public static class TahunKinerja
{
    public static int Sekarang(TimeProvider clock) => clock.HariIni().Year;

    /// <summary>A year from the query string, kept to a sane range; the current WIB year when absent.</summary>
    public static int Pilih(int? tahun, TimeProvider clock) =>
        tahun is >= 2000 and <= 2100 ? tahun.Value : Sekarang(clock);

    /// <summary>Years offered in the filters: two back, one ahead (planning for next year starts in the autumn).</summary>
    public static IReadOnlyList<int> Pilihan(TimeProvider clock, int terpilih)
    {
        var sekarang = Sekarang(clock);
        return Enumerable.Range(sekarang - 2, 4).Append(terpilih).Distinct().Order().ToList();
    }
}
