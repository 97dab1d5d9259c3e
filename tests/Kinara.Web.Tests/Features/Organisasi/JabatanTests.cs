using System.Net;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>/organisasi/jabatan: list with holders and vacancies, create, edit (atasan without loops), deactivate.</summary>
public sealed class JabatanTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task An_admin_creates_a_pengawas_post_under_the_kabid_and_the_audit_trail_records_it()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var response = await MasterDataForm.SubmitAsync(client, $"/organisasi/jabatan/baru?atasan={alpha.JabatanKabidId}&unit={alpha.UnitBidangId}", new()
        {
            ["Input.Kode"] = "KASI-KUR", ["Input.Nama"] = "Kepala Seksi Kurikulum", ["Input.Jenis"] = nameof(JenisJabatan.Pengawas),
            ["Input.Jenjang"] = "Eselon IV.a", ["Input.KelasJabatan"] = "9",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var jabatan = await factory.WithDbAsync(alpha.Id, db => db.Jabatan.SingleAsync(j => j.Kode == "KASI-KUR"));
        Assert.Equal(alpha.JabatanKabidId, jabatan.AtasanJabatanId);
        Assert.Equal(alpha.UnitBidangId, jabatan.UnitId);
        Assert.Equal(9, jabatan.KelasJabatan);
        Assert.True(await factory.WithDbAsync(alpha.Id, db => db.Audit.AnyAsync(a => a.Entitas == nameof(Jabatan) && a.EntitasId == jabatan.Id.ToString() && a.Aksi == AuditAksi.Tambah)));

        // The new post is vacant: the list says so, and the "struktural kosong" filter finds it.
        var list = await Html.GetAsync(client, "/organisasi/jabatan?status=kosong");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Kepala Seksi Kurikulum"));
        Assert.Contains("Kosong", row.TextContent);
        Assert.DoesNotContain("Kepala Dinas Pendidikan", list.QuerySelector("tbody")!.TextContent.Replace("Kepala Seksi Kurikulum", ""));
    }

    [Fact]
    public async Task The_list_shows_the_holder_and_an_active_plt()
    {
        var beta = factory.Data.Beta;
        var kasi = new Jabatan { Kode = "KASI-PLT", Nama = "Kepala Seksi Sarpras", Jenis = JenisJabatan.Pengawas, UnitId = beta.UnitBidangId };
        kasi.SetAtasan(beta.JabatanKabidId, _ => null);
        await factory.WithDbAsync(beta.Id, async db =>
        {
            db.Jabatan.Add(kasi);
            db.PenugasanPlt.Add(new PenugasanPlt { JabatanId = kasi.Id, PegawaiId = beta.Atasan.PegawaiId, Jenis = JenisPenugasan.Plt, Mulai = new DateOnly(2020, 1, 1) });
            await db.SaveChangesAsync();
        });
        var client = await factory.LoginAsync(beta.Pimpinan);
        var list = await Html.GetAsync(client, "/organisasi/jabatan?q=kepala");
        var kabid = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Contains("Kepala Bidang Pembinaan SD"));
        Assert.Contains(beta.Atasan.Nama, kabid.TextContent);
        var sarpras = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Contains("Kepala Seksi Sarpras"));
        Assert.Contains("Plt", sarpras.TextContent);
        Assert.Contains(beta.Atasan.Nama, sarpras.TextContent);
        Assert.Contains("Kosong", sarpras.TextContent); // no definitive holder, but acted for
        var kosong = await Html.GetAsync(client, "/organisasi/jabatan?status=kosong");
        Assert.DoesNotContain("Kepala Seksi Sarpras", kosong.Body!.TextContent);
    }

    [Fact]
    public async Task An_admin_edits_jenjang_kelas_and_atasan_of_a_post()
    {
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Admin);
        var url = $"/organisasi/jabatan/{beta.JabatanStafId}/ubah";
        var form = await Html.GetAsync(client, url);
        Assert.Contains(beta.Pegawai.Nama, form.QuerySelector("section[aria-labelledby=pemegang-judul]")!.TextContent);
        var response = await MasterDataForm.SubmitAsync(client, form, url, new()
        {
            ["Input.Jenjang"] = "Operator", ["Input.KelasJabatan"] = "6", ["Input.AtasanJabatanId"] = beta.JabatanKadinId.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var staf = await factory.WithDbAsync(beta.Id, db => db.Jabatan.AsNoTracking().SingleAsync(j => j.Id == beta.JabatanStafId));
        Assert.Equal(("Operator", 6, beta.JabatanKadinId), (staf.Jenjang, staf.KelasJabatan, staf.AtasanJabatanId));
        Assert.Equal(2, staf.Versi); // rows start at version 1 (AuditRecorder), one edit makes 2
        Assert.True(await factory.WithDbAsync(beta.Id, db => db.Audit.AnyAsync(a => a.Entitas == nameof(Jabatan) && a.EntitasId == staf.Id.ToString() && a.Aksi == AuditAksi.Ubah)));
    }

    [Fact]
    public async Task An_atasan_taken_from_the_posts_below_is_refused_with_422()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        // Staf reports to Kabid, Kabid to Kadin: Kadin may not report to Staf.
        var response = await MasterDataForm.SubmitAsync(client, $"/organisasi/jabatan/{alpha.JabatanKadinId}/ubah",
            new() { ["Input.AtasanJabatanId"] = alpha.JabatanStafId.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("akan membentuk lingkaran", Html.Messages(await Html.ParseAsync(response)));
        Assert.Null(await factory.WithDbAsync(alpha.Id, db => db.Jabatan.Where(j => j.Id == alpha.JabatanKadinId).Select(j => j.AtasanJabatanId).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_gives_clear_messages()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var kelas = await MasterDataForm.SubmitAsync(client, "/organisasi/jabatan/baru", new()
        {
            ["Input.Kode"] = "KELAS-X", ["Input.Nama"] = "Jabatan Kelas Salah", ["Input.Jenis"] = nameof(JenisJabatan.Pelaksana), ["Input.KelasJabatan"] = "18",
        });
        Assert.Equal(HttpStatusCode.BadRequest, kelas.StatusCode);
        Assert.Contains("Kelas jabatan harus antara 1 dan 17.", Html.Messages(await Html.ParseAsync(kelas)));

        var kembar = await MasterDataForm.SubmitAsync(client, "/organisasi/jabatan/baru", new()
        {
            ["Input.Kode"] = "STAF", ["Input.Nama"] = "Staf Kembar", ["Input.Jenis"] = nameof(JenisJabatan.Pelaksana),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, kembar.StatusCode);
        Assert.Contains("Kode \"STAF\" sudah dipakai oleh jabatan \"Pengadministrasi Perkantoran\"", Html.Messages(await Html.ParseAsync(kembar)));
        Assert.False(await factory.WithDbAsync(alpha.Id, db => db.Jabatan.AnyAsync(j => j.Nama == "Staf Kembar" || j.Kode == "KELAS-X")));
    }

    [Fact]
    public async Task A_held_post_cannot_be_deactivated()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var response = await MasterDataForm.SubmitAsync(client, $"/organisasi/jabatan/{alpha.JabatanKabidId}/ubah", [], "form[action*='handler=Status']");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var messages = Html.Messages(await Html.ParseAsync(response));
        Assert.Contains("dipegang 1 pegawai aktif", messages);
        Assert.Matches(@"menjadi atasan \d+ jabatan aktif", messages);
        Assert.True(await factory.WithDbAsync(alpha.Id, db => db.Jabatan.Where(j => j.Id == alpha.JabatanKabidId).Select(j => j.Aktif).SingleAsync()));
    }

    [Fact]
    public async Task An_auditor_cannot_post_and_a_pegawai_cannot_open_the_list()
    {
        var alpha = factory.Data.Alpha;
        var auditor = await factory.LoginAsync(alpha.Auditor);
        var list = await Html.GetAsync(auditor, "/organisasi/jabatan");
        Assert.Null(list.QuerySelector("a[href$='/ubah']"));
        MasterDataForm.AssertForbidden(await MasterDataForm.PostWithTokenFromAsync(auditor, "/organisasi/jabatan", $"/organisasi/jabatan/{alpha.JabatanStafId}/ubah",
            new() { ["Input.Kode"] = "STAF", ["Input.Nama"] = "Diubah auditor", ["Input.Jenis"] = nameof(JenisJabatan.Pelaksana), ["Input.Versi"] = "0" }));
        MasterDataForm.AssertForbidden(await MasterDataForm.PostWithTokenFromAsync(auditor, "/organisasi/jabatan", "/organisasi/jabatan/baru",
            new() { ["Input.Kode"] = "AUD", ["Input.Nama"] = "Jabatan Auditor", ["Input.Jenis"] = nameof(JenisJabatan.Pelaksana) }));
        Assert.Equal("Pengadministrasi Perkantoran", await factory.WithDbAsync(alpha.Id, db => db.Jabatan.Where(j => j.Id == alpha.JabatanStafId).Select(j => j.Nama).SingleAsync()));

        var pegawai = await factory.LoginAsync(alpha.Pegawai);
        MasterDataForm.AssertForbidden(await pegawai.GetAsync("/organisasi/jabatan"));
    }

    [Fact]
    public async Task A_user_of_beta_gets_404_for_an_alpha_jabatan()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        var url = $"/organisasi/jabatan/{alpha.JabatanStafId}/ubah";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        var post = await MasterDataForm.PostWithTokenFromAsync(client, "/organisasi/jabatan", url,
            new() { ["Input.Kode"] = "STAF", ["Input.Nama"] = "Diambil alih", ["Input.Jenis"] = nameof(JenisJabatan.Pelaksana), ["Input.Versi"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        // Nor can beta point its own post at alpha's post as atasan.
        var atasan = await MasterDataForm.SubmitAsync(client, "/organisasi/jabatan/baru", new()
        {
            ["Input.Kode"] = "CURANG", ["Input.Nama"] = "Jabatan Curang", ["Input.Jenis"] = nameof(JenisJabatan.Pelaksana), ["Input.AtasanJabatanId"] = alpha.JabatanKabidId.ToString(),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, atasan.StatusCode);
        Assert.Equal("Pengadministrasi Perkantoran", await factory.WithDbAsync(alpha.Id, db => db.Jabatan.Where(j => j.Id == alpha.JabatanStafId).Select(j => j.Nama).SingleAsync()));
    }
}
