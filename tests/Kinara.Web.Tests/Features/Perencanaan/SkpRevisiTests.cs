using System.Net;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>An approved SKP changes only through a revision that is approved again; versions stay comparable.</summary>
public sealed class SkpRevisiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task A_revision_replaces_the_approved_skp_only_when_approved_and_the_versions_can_be_compared()
    {
        var alpha = factory.Data.Alpha;
        var atasanSkp = await SkpUji.SkpAtasanAsync(factory, alpha);
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Revisi Satu");
        var lamaId = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Disetujui);
        var pegawai = await factory.LoginAsync(akun);

        var buat = await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{lamaId}", new(), $"form[action='/perencanaan/skp/{lamaId}/revisi']");
        var baruId = SkpUji.IdDari(buat);
        Assert.NotEqual(lamaId, baruId);
        var baru = await SkpUji.MuatAsync(factory, alpha.Id, baruId);
        Assert.Equal((2, lamaId, StatusSkp.Draft), (baru.Revisi, baru.RevisiDariId!.Value, baru.Status));
        Assert.Equal(StatusSkp.Disetujui, (await SkpUji.MuatAsync(factory, alpha.Id, lamaId)).Status); // still in force

        // Only one revision at a time.
        var lagi = await MasterDataForm.PostWithTokenFromAsync(pegawai, $"/perencanaan/skp/{lamaId}", $"/perencanaan/skp/{lamaId}/revisi",
            new() { ["versi"] = (await SkpUji.MuatAsync(factory, alpha.Id, lamaId)).Versi.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lagi.StatusCode);
        Assert.Contains("sudah dibuat", Html.Messages(await Html.ParseAsync(lagi)));

        // Change a target, add an RHK with an indicator, then submit.
        var rhk = baru.Rhk.Single();
        var kuantitas = rhk.Indikator.Single(i => i.Aspek == AspekIndikator.Kuantitas);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{baruId}/rhk/{rhk.Id}/indikator/{kuantitas.Id}",
            new() { ["Input.Target"] = "24" })).StatusCode);
        var tambah = await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{baruId}/rhk", new()
        {
            ["Input.Jenis"] = "Tambahan", ["Input.Teks"] = "Terlaksananya pendataan sekolah", ["Input.RhkAtasanId"] = atasanSkp.RhkKedua.ToString(),
            ["Input.Cascading"] = "Langsung",
        });
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, tambah.Headers.Location!.OriginalString, new()
        {
            ["Input.Aspek"] = "Kuantitas", ["Input.Teks"] = "Jumlah sekolah terdata", ["Input.Target"] = "45", ["Input.Satuan"] = "Sekolah",
        })).StatusCode);
        Assert.NotNull((await Html.GetAsync(pegawai, $"/perencanaan/skp/{baruId}")).QuerySelector("#versi"));
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{baruId}/ajukan", new(), "#form-ajukan")).StatusCode);

        var atasan = await factory.LoginAsync(alpha.Atasan);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(atasan, $"/perencanaan/skp/{baruId}", new(), "#form-setujui")).StatusCode);
        Assert.Equal(StatusSkp.Disetujui, (await SkpUji.MuatAsync(factory, alpha.Id, baruId)).Status);
        Assert.Equal(StatusSkp.Digantikan, (await SkpUji.MuatAsync(factory, alpha.Id, lamaId)).Status);

        var banding = await Html.GetAsync(pegawai, $"/perencanaan/skp/{lamaId}/bandingkan/{baruId}");
        var ringkasan = banding.QuerySelector("#ringkasan-perubahan")!.TextContent;
        Assert.Contains("1 RHK ditambah", ringkasan);
        Assert.Contains("0 RHK dihapus", ringkasan);
        Assert.Contains("1 RHK diubah", ringkasan);
        Assert.Contains("Terlaksananya pendataan sekolah", banding.QuerySelector(".perubahan-rhk[data-perubahan=Ditambah]")!.TextContent);
        var target = banding.QuerySelector(".perubahan-rhk[data-perubahan=Diubah] .perubahan-indikator[data-perubahan=Diubah]")!.TextContent;
        Assert.Contains("12", target);
        Assert.Contains("24", target);
        // The same comparison either way round.
        Assert.Contains("1 RHK ditambah", (await Html.GetAsync(pegawai, $"/perencanaan/skp/{baruId}/bandingkan/{lamaId}")).QuerySelector("#ringkasan-perubahan")!.TextContent);

        // The list keeps both versions.
        var daftar = (await Html.GetAsync(pegawai, "/perencanaan/skp")).QuerySelector("#daftar-skp")!.TextContent;
        Assert.Contains("Digantikan revisi", daftar);
        Assert.Contains("Disetujui", daftar);
    }

    [Fact]
    public async Task Only_versions_of_the_same_pegawai_and_period_can_be_compared()
    {
        var alpha = factory.Data.Alpha;
        var a = await SkpUji.PegawaiBaruAsync(factory, alpha, "Banding A");
        var b = await SkpUji.PegawaiBaruAsync(factory, alpha, "Banding B");
        var skpA = await SkpUji.SkpLengkapAsync(factory, alpha, a);
        var skpB = await SkpUji.SkpLengkapAsync(factory, alpha, b);
        var r = await (await factory.LoginAsync(a)).GetAsync($"/perencanaan/skp/{skpA}/bandingkan/{skpB}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var pesan = Html.Messages(await Html.ParseAsync(r));
        Assert.Contains("pegawai yang sama", pesan);
        Assert.DoesNotContain("Banding B", (await Html.ParseAsync(r)).QuerySelector("main")!.TextContent);
    }
}
