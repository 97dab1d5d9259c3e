using System.Net;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>A change of post in the middle of the year starts a new SKP period (DOMAIN.md §2).</summary>
public sealed class SkpPeriodeTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task A_pegawai_whose_post_changed_ends_the_approved_skp_and_starts_a_new_period_with_the_new_penilai()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Pindah Jabatan");
        var lamaId = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Disetujui);
        var pegawai = await factory.LoginAsync(akun);
        Assert.Null((await Html.GetAsync(pegawai, "/perencanaan/skp")).QuerySelector("#posisi-berubah"));

        // Promoted to analis: the atasan is now the Kepala Dinas.
        await factory.WithDbAsync(alpha.Id, async db =>
        {
            var analis = await db.Jabatan.SingleAsync(j => j.Kode == "ANALIS");
            var p = await db.Pegawai.SingleAsync(x => x.Id == akun.PegawaiId);
            p.JabatanId = analis.Id;
            p.UnitId = alpha.UnitDinasId;
            await db.SaveChangesAsync();
        });
        var daftar = await Html.GetAsync(pegawai, "/perencanaan/skp");
        Assert.NotNull(daftar.QuerySelector("#posisi-berubah"));

        var url = $"/perencanaan/skp/{lamaId}/periode-baru";
        var salah = await MasterDataForm.SubmitAsync(pegawai, url, new() { ["Mulai"] = $"{SkpUji.Tahun}-01-01" }, "#form-periode-baru");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, salah.StatusCode);
        Assert.Contains("Tanggal mulai periode baru harus setelah", Html.Messages(await Html.ParseAsync(salah)));
        var kosong = await MasterDataForm.SubmitAsync(pegawai, url, new() { ["Mulai"] = "" }, "#form-periode-baru");
        Assert.Equal(HttpStatusCode.BadRequest, kosong.StatusCode);

        var formLama = await Html.GetAsync(pegawai, url);
        var jawab = await MasterDataForm.SubmitAsync(pegawai, url, new() { ["Mulai"] = $"{SkpUji.Tahun}-07-01" }, "#form-periode-baru");
        var baruId = SkpUji.IdDari(jawab);
        var lama = await SkpUji.MuatAsync(factory, alpha.Id, lamaId);
        var baru = await SkpUji.MuatAsync(factory, alpha.Id, baruId);
        Assert.Equal(new DateOnly(SkpUji.Tahun, 6, 30), lama.PeriodeAkhir);
        Assert.Equal(StatusSkp.Disetujui, lama.Status);
        Assert.Single(lama.Rhk);
        Assert.Equal((new DateOnly(SkpUji.Tahun, 7, 1), new DateOnly(SkpUji.Tahun, 12, 31)), (baru.PeriodeAwal, baru.PeriodeAkhir));
        Assert.Equal((StatusSkp.Draft, "Analis Kepegawaian Ahli Pertama", alpha.Pimpinan.PegawaiId), (baru.Status, baru.JabatanNama, baru.PejabatPenilaiId!.Value));

        // A second tab still showing the form from before the change is refused, not applied on top.
        var basi = await MasterDataForm.SubmitAsync(pegawai, formLama, url, new() { ["Mulai"] = $"{SkpUji.Tahun}-03-01" }, "#form-periode-baru");
        Assert.Equal(HttpStatusCode.Conflict, basi.StatusCode);
        Assert.Equal(new DateOnly(SkpUji.Tahun, 6, 30), (await SkpUji.MuatAsync(factory, alpha.Id, lamaId)).PeriodeAkhir);
    }

    [Fact]
    public async Task Only_the_owner_may_start_a_new_period()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Bukan Pemilik");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Disetujui);
        var atasan = await factory.LoginAsync(alpha.Atasan);
        var jawab = await MasterDataForm.PostWithTokenFromAsync(atasan, $"/perencanaan/skp/{id}", $"/perencanaan/skp/{id}/periode-baru",
            new() { ["Mulai"] = $"{SkpUji.Tahun}-07-01", ["Versi"] = "1" });
        Assert.Equal(HttpStatusCode.Forbidden, jawab.StatusCode);
        Assert.Equal(new DateOnly(SkpUji.Tahun, 12, 31), (await SkpUji.MuatAsync(factory, alpha.Id, id)).PeriodeAkhir);
    }
}

/// <summary>The top of the tree: a JPT with no atasan position is rated by the kepala daerah; the pengelola records the decision.</summary>
public sealed class SkpKepalaDaerahTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task The_kepala_dinas_at_the_top_of_the_tree_submits_to_the_kepala_daerah_and_the_admin_records_the_decision()
    {
        var alpha = factory.Data.Alpha;
        await factory.WithDbAsync(alpha.Id, async db =>
        {
            var i = await db.Instansi.SingleAsync(x => x.Id == alpha.Id);
            i.KepalaDaerahJabatan = "Bupati Alpha";
            i.KepalaDaerahNama = "H. Rahmat";
            await db.SaveChangesAsync();
        });
        var pimpinan = await factory.LoginAsync(alpha.Pimpinan);
        var buat = await MasterDataForm.SubmitAsync(pimpinan, "/perencanaan/skp/baru", new()
        {
            ["Input.Tahun"] = SkpUji.Tahun.ToString(), ["Input.SatuTahunPenuh"] = "true", ["Input.Pendekatan"] = "Kuantitatif",
        });
        var id = SkpUji.IdDari(buat);
        await factory.WithDbAsync(alpha.Id, async db =>
        {
            var skp = await db.Skp.Include(s => s.Rhk).SingleAsync(s => s.Id == id);
            Assert.True(skp.PenilaiKepalaDaerah);
            Assert.Equal("Bupati Alpha — H. Rahmat", skp.PejabatPenilaiNama);
            var r = skp.TambahRhk(JenisRhk.Utama, "Meningkatnya mutu pendidikan dasar", penugasanDari: "Bupati");
            skp.TambahIndikator(r.Id, null, "Penerima Layanan", "Angka partisipasi murni SD", 98, null, null, "%");
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pimpinan, $"/perencanaan/skp/{id}/ajukan", new(), "#form-ajukan")).StatusCode);
        Assert.Equal(StatusSkp.Diajukan, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Status);

        var admin = await factory.LoginAsync(alpha.Admin);
        var reviu = await Html.GetAsync(admin, "/perencanaan/skp-reviu");
        Assert.Contains($"/perencanaan/skp/{id}/keputusan-kepala-daerah", reviu.QuerySelector("#daftar-kepala-daerah")!.InnerHtml);

        var url = $"/perencanaan/skp/{id}/keputusan-kepala-daerah";
        var tanpaAlasan = await MasterDataForm.SubmitAsync(admin, url, new() { ["Keputusan"] = "kembalikan", ["Alasan"] = "" }, "#form-keputusan");
        Assert.Equal(HttpStatusCode.BadRequest, tanpaAlasan.StatusCode);
        Assert.Contains("alasan pengembalian dari kepala daerah", Html.Messages(await Html.ParseAsync(tanpaAlasan)));
        Assert.Equal(StatusSkp.Diajukan, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Status);

        // A plain pegawai may not record it.
        var pegawai = await factory.LoginAsync(alpha.Pegawai);
        MasterDataForm.AssertForbidden(await pegawai.GetAsync(url));

        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(admin, url, new() { ["Keputusan"] = "setujui" }, "#form-keputusan")).StatusCode);
        var akhir = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Equal(StatusSkp.Disetujui, akhir.Status);
        Assert.Null(akhir.DisetujuiOlehId);
        Assert.Null((await Html.GetAsync(admin, "/perencanaan/skp-reviu")).QuerySelector("#daftar-kepala-daerah"));
    }
}

/// <summary>When the atasan's revision is approved, the bawahan's RHK follow to the new version's RHK.</summary>
public sealed class SkpTautanRevisiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task Approving_the_atasans_revision_re_points_the_bawahan_rhk_to_the_new_version()
    {
        var alpha = factory.Data.Alpha;
        var atasanSkp = await SkpUji.SkpAtasanAsync(factory, alpha);
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Ikut Atasan");
        var bawahanId = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Disetujui);

        // The atasan's SKP is approved, then revised and submitted.
        var revisiId = await factory.WithDbAsync(alpha.Id, async db =>
        {
            var s = await db.Skp.Include(x => x.Rhk).ThenInclude(r => r.Indikator).SingleAsync(x => x.Id == atasanSkp.SkpId);
            foreach (var r in s.Rhk.ToList())
            {
                s.UbahRhk(r.Id, r.Jenis, r.Teks, Guid.NewGuid(), JenisCascading.Langsung, null, null); // stands for the Kepala Dinas's RHK
                s.TambahIndikator(r.Id, AspekIndikator.Kuantitas, null, "Jumlah sekolah dibina", 40, null, null, "sekolah");
            }
            s.Ajukan(new PosisiSkp(alpha.JabatanKabidId, "Kepala Bidang Pembinaan SD", JenisJabatan.Administrator, alpha.UnitBidangId, "Bidang Pembinaan SD",
                alpha.Pimpinan.PegawaiId, alpha.Pimpinan.Nama, alpha.Pimpinan.Nip), false, DateTime.UtcNow);
            s.Setujui(alpha.Pimpinan.PegawaiId, DateTime.UtcNow);
            var rev = s.BuatRevisi(DateTime.UtcNow);
            rev.Ajukan(new PosisiSkp(alpha.JabatanKabidId, "Kepala Bidang Pembinaan SD", JenisJabatan.Administrator, alpha.UnitBidangId, "Bidang Pembinaan SD",
                alpha.Pimpinan.PegawaiId, alpha.Pimpinan.Nama, alpha.Pimpinan.Nip), false, DateTime.UtcNow);
            db.Skp.Add(rev);
            await db.SaveChangesAsync();
            return rev.Id;
        });
        var pimpinan = await factory.LoginAsync(alpha.Pimpinan);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pimpinan, $"/perencanaan/skp/{revisiId}", new(), "#form-setujui")).StatusCode);

        var revisi = await SkpUji.MuatAsync(factory, alpha.Id, revisiId);
        var bawahan = await SkpUji.MuatAsync(factory, alpha.Id, bawahanId);
        var salinan = revisi.Rhk.Single(r => r.RhkAsalId == atasanSkp.RhkUtama);
        Assert.Equal(salinan.Id, bawahan.Rhk.Single().RhkAtasanId);
        Assert.Equal(StatusSkp.Disetujui, bawahan.Status);
        Assert.Equal(StatusSkp.Digantikan, (await SkpUji.MuatAsync(factory, alpha.Id, atasanSkp.SkpId)).Status);

        // The bawahan's page shows the link as current, not as a stale one.
        var pegawai = await factory.LoginAsync(akun);
        var halaman = await Html.GetAsync(pegawai, $"/perencanaan/skp/{bawahanId}");
        Assert.Contains("Meningkatnya mutu pembinaan sekolah dasar", halaman.Body!.TextContent);
        Assert.DoesNotContain("sudah tidak berlaku", halaman.Body!.TextContent);
    }
}

/// <summary>A tim kerja member outside the ketua's line may intervene the ketua's RHK (matriks peran hasil).</summary>
public sealed class SkpTautanTimTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task A_link_to_the_ketuas_rhk_counts_only_while_the_pegawai_is_in_the_ketuas_team()
    {
        var alpha = factory.Data.Alpha;
        var atasanSkp = await SkpUji.SkpAtasanAsync(factory, alpha);
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Anggota Lintas Bidang");
        // An analis under the Kepala Dinas: outside the Kepala Bidang's line.
        var skpId = await factory.WithDbAsync(alpha.Id, async db =>
        {
            var analis = await db.Jabatan.SingleAsync(j => j.Kode == "ANALIS");
            var p = await db.Pegawai.SingleAsync(x => x.Id == akun.PegawaiId);
            p.JabatanId = analis.Id;
            p.UnitId = alpha.UnitDinasId;
            var posisi = new PosisiSkp(analis.Id, analis.Nama, JenisJabatan.Fungsional, alpha.UnitDinasId, "Dinas", alpha.Pimpinan.PegawaiId, alpha.Pimpinan.Nama, alpha.Pimpinan.Nip);
            var skp = Skp.Buat(alpha.Id, akun.PegawaiId, new DateOnly(SkpUji.Tahun, 1, 1), new DateOnly(SkpUji.Tahun, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
            var r = skp.TambahRhk(JenisRhk.Utama, "Tersusunnya analisis data pokok pendidikan", atasanSkp.RhkKedua, JenisCascading.TidakLangsung);
            skp.TambahIndikator(r.Id, AspekIndikator.Kuantitas, null, "Jumlah laporan analisis", 4, null, null, "laporan");
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });
        var pegawai = await factory.LoginAsync(akun);
        var url = $"/perencanaan/skp/{skpId}/ajukan";
        // The checklist page names the problem; a submission anyway is refused.
        Assert.Contains("pilih ulang RHK atasannya", (await Html.GetAsync(pegawai, url)).Body!.TextContent);
        var versi = (await SkpUji.MuatAsync(factory, alpha.Id, skpId)).Versi.ToString();
        var tanpaTim = await Html.PostFormAsync(pegawai, url, new() { ["Versi"] = versi });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tanpaTim.StatusCode);

        await factory.WithDbAsync(alpha.Id, async db =>
        {
            var tim = TimKerja.Bentuk(alpha.Id, SkpUji.Tahun, "Tim data pendidikan", alpha.Atasan.PegawaiId);
            tim.TetapkanKetua(alpha.Atasan.PegawaiId);
            tim.TambahAnggota(akun.PegawaiId, PeranTim.Anggota);
            db.TimKerja.Add(tim);
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("sudah tidak berlaku", (await Html.GetAsync(pegawai, $"/perencanaan/skp/{skpId}")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, url, new(), "#form-ajukan")).StatusCode);
        Assert.Equal(StatusSkp.Diajukan, (await SkpUji.MuatAsync(factory, alpha.Id, skpId)).Status);
    }
}
