using System.Net;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>With the tenant's pengelola kinerja review on, a submitted SKP passes the admin kepegawaian before the penilai.</summary>
public sealed class SkpReviuTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task The_pengelola_returns_or_forwards_a_submitted_skp_before_the_penilai_decides()
    {
        var beta = factory.Data.Beta;
        await factory.WithDbAsync(beta.Id, async db =>
        {
            (await db.Instansi.SingleAsync(i => i.Id == beta.Id)).ReviuPengelolaKinerja = true;
            await db.SaveChangesAsync();
        });
        var akun = await SkpUji.PegawaiBaruAsync(factory, beta, "Reviu Beta");
        var id = await SkpUji.SkpLengkapAsync(factory, beta, akun);
        var pegawai = await factory.LoginAsync(akun);
        var ajukan = await Html.GetAsync(pegawai, $"/perencanaan/skp/{id}/ajukan");
        Assert.Contains("pengelola kinerja", ajukan.QuerySelector("#form-ajukan")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{id}/ajukan", new(), "#form-ajukan")).StatusCode);
        Assert.Equal(StatusSkp.MenungguReviu, (await SkpUji.MuatAsync(factory, beta.Id, id)).Status);

        // The penilai cannot decide yet.
        var atasan = await factory.LoginAsync(beta.Atasan);
        Assert.Null((await Html.GetAsync(atasan, $"/perencanaan/skp/{id}")).QuerySelector("#form-setujui"));
        var dini = await MasterDataForm.PostWithTokenFromAsync(atasan, "/perencanaan/skp-bawahan", $"/perencanaan/skp/{id}/setujui",
            new() { ["versi"] = (await SkpUji.MuatAsync(factory, beta.Id, id)).Versi.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dini.StatusCode);

        // The admin sees it in the review queue and returns it with a reason.
        var admin = await factory.LoginAsync(beta.Admin);
        var antrean = await Html.GetAsync(admin, "/perencanaan/skp-reviu");
        Assert.Contains("Reviu Beta", antrean.QuerySelector("#daftar-reviu")!.TextContent);
        Assert.NotNull((await Html.GetAsync(admin, $"/perencanaan/skp/{id}")).QuerySelector("#reviu-pengelola"));
        var kembali = await MasterDataForm.SubmitAsync(admin, $"/perencanaan/skp/{id}/kembalikan", new() { ["Alasan"] = "Lampiran belum diisi." });
        Assert.Equal(HttpStatusCode.Redirect, kembali.StatusCode);
        var skp = await SkpUji.MuatAsync(factory, beta.Id, id);
        Assert.Equal((StatusSkp.Dikembalikan, "Lampiran belum diisi."), (skp.Status, skp.AlasanDikembalikan));

        // Fixed and submitted again, forwarded by the admin, approved by the penilai.
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{id}/lampiran",
            new() { ["Input.SkemaPertanggungjawaban"] = "Laporan triwulan" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{id}/ajukan", new(), "#form-ajukan")).StatusCode);
        var teruskan = await MasterDataForm.SubmitAsync(admin, "/perencanaan/skp-reviu", new(), "#daftar-reviu form");
        Assert.Equal(HttpStatusCode.Redirect, teruskan.StatusCode);
        Assert.Equal(StatusSkp.Diajukan, (await SkpUji.MuatAsync(factory, beta.Id, id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(atasan, $"/perencanaan/skp/{id}", new(), "#form-setujui")).StatusCode);
        Assert.Equal(StatusSkp.Disetujui, (await SkpUji.MuatAsync(factory, beta.Id, id)).Status);

        // A forward of something no longer waiting is refused.
        var basi = await MasterDataForm.PostWithTokenFromAsync(admin, "/perencanaan/skp-reviu", "/perencanaan/skp-reviu?handler=Teruskan",
            new() { ["id"] = id.ToString(), ["versi"] = (await SkpUji.MuatAsync(factory, beta.Id, id)).Versi.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, basi.StatusCode);
    }

    [Fact]
    public async Task Only_admins_open_the_review_queue_and_without_the_setting_submissions_go_straight_to_the_penilai()
    {
        var alpha = factory.Data.Alpha;
        MasterDataForm.AssertForbidden(await (await factory.LoginAsync(alpha.Pegawai)).GetAsync("/perencanaan/skp-reviu"));
        var admin = await factory.LoginAsync(alpha.Admin);
        Assert.Contains("tidak diaktifkan", (await Html.GetAsync(admin, "/perencanaan/skp-reviu")).Body!.TextContent);

        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Tanpa Reviu");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(await factory.LoginAsync(akun), $"/perencanaan/skp/{id}/ajukan", new(), "#form-ajukan")).StatusCode);
        Assert.Equal(StatusSkp.Diajukan, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Status);
    }
}
