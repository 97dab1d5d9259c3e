using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Organisasi.Impor;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Tenancy;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Security;

/// <summary>
/// Rows of tenant Alpha that the matrix's route parameters point at, beyond what <see cref="TestData"/> seeds.
/// The "korban" (victim) pegawai and account absorb the action buttons (deactivate, reset password…) that the
/// matrix presses with an empty form, so no signed-in test account is changed under the test's feet.
/// </summary>
public sealed record SampelData(
    TestTenant Alpha,
    Guid KorbanPegawaiId, Guid KorbanUserId, Guid JabatanKosongId, Guid PltId, Guid ImporJobId,
    Guid SasaranId, Guid TemplateRhkId, Guid SkpId, Guid SkpDisetujuiId, Guid RhkId, Guid IndikatorId, Guid RhkAtasanId)
{
    /// <summary>A tim kerja of Alpha formed and led by the Atasan, with the Pegawai as member (matriks peran hasil helper).</summary>
    public Guid TimKerjaId { get; init; }

    public const string NamaKorban = "Korban Matriks Alpha";
    public const string TeksRhk = "RHK rahasia matriks alpha";

    /// <summary>Texts only tenant Alpha's pages can show: a foreign tenant's 200 must contain none of them.</summary>
    public IReadOnlyList<string> PenandaAlpha =>
    [
        "Dinas Pendidikan alpha", "Pemerintah Kabupaten Alpha", NamaKorban, TeksRhk, "Tujuan rahasia matriks alpha",
        Alpha.Pegawai.Nip, Alpha.Atasan.Nip, Alpha.Admin.Nip, Alpha.Pegawai.Nama, Alpha.Atasan.Nama, Alpha.Admin.Nama,
    ];

    public static async Task<SampelData> BuatAsync(KinaraFactory factory)
    {
        var alpha = factory.Data.Alpha;
        using var scope = factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<TenantContext>().Set(alpha.Id, null, "matriks");
        var db = sp.GetRequiredService<KinaraDbContext>();
        var tahun = DateTime.UtcNow.Year;

        var korban = new Pegawai
        {
            InstansiId = alpha.Id, Nip = "198807072012071001", Nama = NamaKorban, Jenis = JenisPegawai.Pns, Golongan = "III/b",
            JabatanId = alpha.JabatanStafId, UnitId = alpha.UnitBidangId,
        };
        db.Pegawai.Add(korban);
        var roleId = await db.Roles.Where(r => r.Name == Peran.Pegawai).Select(r => r.Id).SingleAsync();
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(), UserName = korban.Nip, NormalizedUserName = korban.Nip, InstansiId = alpha.Id, PegawaiId = korban.Id,
            NamaTampilan = NamaKorban, PasswordHash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), TestData.Password),
            SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleId });

        // A vacant post with a Plt, hung under the Kepala Dinas so it changes nobody's pejabat penilai.
        var kosong = new Jabatan
        {
            InstansiId = alpha.Id, Kode = "KASUBAG-M", Nama = "Kepala Subbagian Matriks", Jenis = JenisJabatan.Pengawas, KelasJabatan = 9,
            UnitId = alpha.UnitDinasId,
        };
        kosong.SetAtasan(alpha.JabatanKadinId, _ => null);
        db.Jabatan.Add(kosong);
        var plt = new PenugasanPlt
        {
            InstansiId = alpha.Id, JabatanId = kosong.Id, PegawaiId = korban.Id, Jenis = JenisPenugasan.Plt,
            Mulai = new DateOnly(tahun, 1, 1), NomorSurat = "800/001/MATRIKS",
        };
        db.PenugasanPlt.Add(plt);

        var job = new ImporJob
        {
            InstansiId = alpha.Id, Jenis = JenisImpor.Unit, NamaBerkas = "matriks-alpha.csv", LokasiBerkas = $"{alpha.Id:N}/impor/tidak-ada",
            UkuranBerkas = 10, Status = StatusImpor.Selesai, DibuatOlehNip = alpha.Admin.Nip, DibuatPada = DateTime.UtcNow, SelesaiPada = DateTime.UtcNow,
        };
        db.ImporJob.Add(job);

        var sasaran = SasaranOrganisasi.Buat(alpha.Id, tahun, null, TingkatSasaran.TujuanRpjmd, "Tujuan rahasia matriks alpha", null);
        db.SasaranOrganisasi.Add(sasaran);
        var template = new TemplateRhk
        {
            InstansiId = alpha.Id, Kelompok = "Matriks", KataKunciJabatan = "Pengadministrasi", Teks = "Contoh RHK matriks alpha",
            Indikator = [new TemplateIndikator(AspekIndikator.Kuantitas, null, "Jumlah dokumen", 12, null, "dokumen")],
        };
        db.TemplateRhk.Add(template);
        await db.SaveChangesAsync();

        // The Pegawai's SKP, cascaded from the Atasan's, approved by the Atasan (its pejabat penilai), then a revision
        // started: the revision is the draft the owner may still edit, the approved version is what it is compared with.
        var posisiService = sp.GetRequiredService<PosisiService>();
        var posisiAtasan = await SkpPosisi.BangunAsync(posisiService, alpha.Atasan.PegawaiId, default)
            ?? throw new InvalidOperationException("The test Atasan has no jabatan.");
        var posisi = await SkpPosisi.BangunAsync(posisiService, alpha.Pegawai.PegawaiId, default)
            ?? throw new InvalidOperationException("The test Pegawai has no jabatan.");
        if (posisi.PejabatPenilaiId != alpha.Atasan.PegawaiId)
        {
            throw new InvalidOperationException("The test Pegawai's pejabat penilai should be the Atasan account.");
        }
        var (awal, akhir, sekarang) = (new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), DateTime.UtcNow);
        var skpAtasan = Skp.Buat(alpha.Id, alpha.Atasan.PegawaiId, awal, akhir, Pendekatan.Kuantitatif, posisiAtasan, sekarang);
        var rhkAtasan = skpAtasan.TambahRhk(JenisRhk.Utama, "RHK atasan matriks alpha");
        skpAtasan.TambahIndikator(rhkAtasan.Id, AspekIndikator.Kuantitas, null, "Jumlah sekolah terbina", 20, null, null, "sekolah");
        var disetujui = Skp.Buat(alpha.Id, alpha.Pegawai.PegawaiId, awal, akhir, Pendekatan.Kuantitatif, posisi, sekarang);
        var rhk1 = disetujui.TambahRhk(JenisRhk.Utama, TeksRhk, rhkAtasan.Id, JenisCascading.Langsung);
        disetujui.TambahIndikator(rhk1.Id, AspekIndikator.Kuantitas, null, "Jumlah laporan matriks", 12, null, null, "laporan");
        disetujui.Ajukan(posisi, reviuPengelola: false, sekarang);
        disetujui.Setujui(alpha.Atasan.PegawaiId, sekarang);
        var revisi = disetujui.BuatRevisi(sekarang);
        db.Skp.AddRange(skpAtasan, disetujui, revisi);
        await db.SaveChangesAsync();

        // Matriks peran hasil / tim kerja: a team formed and led by the Atasan, with the Pegawai as member.
        var tim = TimKerja.Bentuk(alpha.Id, tahun, "Tim matriks alpha", alpha.Atasan.PegawaiId);
        tim.TetapkanKetua(alpha.Atasan.PegawaiId);
        tim.TambahAnggota(alpha.Pegawai.PegawaiId, PeranTim.Anggota);
        db.TimKerja.Add(tim);
        await db.SaveChangesAsync();

        var rhk = revisi.Rhk.Single();
        return new SampelData(alpha, korban.Id, user.Id, kosong.Id, plt.Id, job.Id, sasaran.Id, template.Id,
            revisi.Id, disetujui.Id, rhk.Id, rhk.Indikator.Single().Id, rhkAtasan.Id) { TimKerjaId = tim.Id };
    }

    /// <summary>The newest audit entry of Alpha. Audit numbers count per tenant, so the foreign tenant must have fewer.</summary>
    public Task<long> AuditTerakhirAsync(KinaraFactory factory) => factory.AuditTerakhirAsync(Alpha.Id);
}
