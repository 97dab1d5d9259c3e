using System.Security.Claims;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Perencanaan.Sasaran;
using Kinara.Web.Infrastructure.Auth;
using TimKerjaEntitas = Kinara.Domain.Perencanaan.TimKerja;

namespace Kinara.Web.Features.Perencanaan.TimPages;

/// <summary>
/// Who may do what with a tim kerja. DOMAIN.md §1.6: teams may cross units, the atasan forms them (as in e-Kinerja) and
/// the ketua coordinates the split of RHK in the matriks peran hasil. The rule:
/// <list type="bullet">
/// <item>See every team of the instansi: admin kepegawaian, super admin, pimpinan and auditor (as for the cascading tree).
/// Any other pegawai sees the teams they formed, lead or belong to.</item>
/// <item>Form a team: admins and pimpinan, and every pegawai who is a pejabat penilai (has bawahan in the position tree).
/// The person forming it is its pembentuk; an admin without a pegawai record leaves the ketua as pembentuk.</item>
/// <item>Change a team (name, year, ketua, members): admins, pimpinan and the team's pembentuk. Not the ketua alone:
/// membership decides to whom the ketua may assign RHK from the matrix, so a ketua must not widen his own reach.</item>
/// </list>
/// </summary>
public static class AksesTim
{
    public static bool LihatSemua(this ClaimsPrincipal user) => user.LihatSeluruhInstansi();

    public static bool KelolaSemua(this ClaimsPrincipal user) =>
        user.IsInRole(Peran.AdminKepegawaian) || user.IsInRole(Peran.SuperAdmin) || user.IsInRole(Peran.Pimpinan);

    public static bool BolehLihat(this ClaimsPrincipal user, Guid? pegawaiId, TimKerjaEntitas tim) =>
        user.LihatSemua() || (pegawaiId is { } p && (tim.PembentukPegawaiId == p || tim.Anggota.Any(a => a.PegawaiId == p)));

    public static bool BolehUbah(this ClaimsPrincipal user, Guid? pegawaiId, TimKerjaEntitas tim) =>
        user.KelolaSemua() || (pegawaiId is { } p && tim.PembentukPegawaiId == p);

    public static async Task<bool> BolehBentukAsync(this ClaimsPrincipal user, Guid? pegawaiId, PosisiService posisi, CancellationToken ct) =>
        user.KelolaSemua() || (pegawaiId is { } p && (await posisi.BawahanAsync(p, ct)).Count > 0);
}
