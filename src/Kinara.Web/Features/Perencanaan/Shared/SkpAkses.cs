using System.Security.Claims;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Infrastructure.Auth;

namespace Kinara.Web.Features.Perencanaan.Shared;

/// <summary>
/// What the signed-in user is to one SKP. Resource-based (DESIGN.md §3): the owner, the SKP's pejabat penilai,
/// the tenant's admin kepegawaian (pengelola kinerja) and auditors; everyone else in the tenant gets 403.
/// </summary>
public sealed record AksesSkp(bool Pemilik, bool Penilai, bool Pengelola, bool Pembaca)
{
    public bool BolehLihat => Pemilik || Penilai || Pengelola || Pembaca;

    public static AksesSkp Dari(ClaimsPrincipal user, Guid? pegawaiId, Skp skp) => new(
        Pemilik: pegawaiId is { } a && skp.PegawaiId == a,
        Penilai: pegawaiId is { } b && skp.PejabatPenilaiId == b,
        Pengelola: user.IsInRole(Peran.AdminKepegawaian) || user.IsInRole(Peran.SuperAdmin),
        Pembaca: user.IsInRole(Peran.Auditor));

    /// <summary>Only the owner writes hasil kerja and lampiran, and only while the SKP is a draft or returned.</summary>
    public bool BolehUbah(Skp skp) => Pemilik && skp.BisaDiubah;

    public bool BolehPutuskan(Skp skp) => Penilai && skp.Status == StatusSkp.Diajukan;

    /// <summary>The penilai may state ekspektasi khusus until the SKP is approved (DOMAIN.md §1.4).</summary>
    public bool BolehIsiEkspektasi(Skp skp) => Penilai && skp.Status is not (StatusSkp.Disetujui or StatusSkp.Digantikan);

    public bool BolehReviu(Skp skp) => Pengelola && skp.Status == StatusSkp.MenungguReviu;
}
