using System.Net;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>/perencanaan/pustaka: the admin's library of RHK templates, read by every pegawai and applied to a draft SKP.</summary>
public sealed class PustakaTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private static Dictionary<string, string> TemplateBaru(string teks) => new()
    {
        ["Input.Kelompok"] = "Pelaksana Umum", ["Input.KataKunciJabatan"] = "Pengadministrasi, Operator", ["Input.Jenis"] = nameof(JenisRhk.Utama),
        ["Input.Teks"] = teks,
        ["Input.Indikator[0].Aspek"] = nameof(AspekIndikator.Kuantitas), ["Input.Indikator[0].Teks"] = "Jumlah surat yang diadministrasikan",
        ["Input.Indikator[0].Target"] = "1.200", ["Input.Indikator[0].Satuan"] = "surat",
        ["Input.Indikator[1].Aspek"] = nameof(AspekIndikator.Waktu), ["Input.Indikator[1].Teks"] = "Waktu distribusi surat",
        ["Input.Indikator[1].Target"] = "", ["Input.Indikator[1].TargetTeks"] = "Paling lambat 1 hari kerja",
    };

    [Fact]
    public async Task An_admin_adds_a_template_that_a_pegawai_sees_as_fitting_their_jabatan_and_applies_to_a_draft_skp()
    {
        var alpha = factory.Data.Alpha;
        var admin = await factory.LoginAsync(alpha.Admin);
        var response = await MasterDataForm.SubmitAsync(admin, "/perencanaan/pustaka/baru", TemplateBaru("Terlaksananya administrasi persuratan bidang"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var template = await factory.WithDbAsync(alpha.Id, db => db.TemplateRhk.AsNoTracking().SingleAsync(t => t.Teks == "Terlaksananya administrasi persuratan bidang"));
        Assert.Equal("Pengadministrasi, Operator", template.KataKunciJabatan);
        (AspekIndikator, decimal?, string?)[] harapan = [(AspekIndikator.Kuantitas, 1200m, null), (AspekIndikator.Waktu, null, "Paling lambat 1 hari kerja")];
        Assert.Equal(harapan, template.Indikator.Select(i => (i.Aspek!.Value, i.Target, i.TargetTeks)));

        // The alpha pegawai holds "Pengadministrasi Perkantoran": the template is marked and kept by the "my jabatan" filter.
        var pegawai = await factory.LoginAsync(alpha.Pegawai);
        var page = await Html.GetAsync(pegawai, "/perencanaan/pustaka?cocok=true");
        var card = page.QuerySelector($"#t-{template.Id}")!;
        Assert.Contains("Sesuai jabatan Anda", card.TextContent);
        Assert.Contains("1.200 surat", card.TextContent);
        Assert.Empty(page.QuerySelectorAll("a[href$='/ubah']"));
        var atasan = await factory.LoginAsync(alpha.Atasan); // Kepala Bidang: not a fitting jabatan
        Assert.Null((await Html.GetAsync(atasan, "/perencanaan/pustaka?cocok=true")).QuerySelector($"#t-{template.Id}"));
        Assert.NotNull((await Html.GetAsync(atasan, "/perencanaan/pustaka")).QuerySelector($"#t-{template.Id}"));

        // Applying it gives the pegawai's draft SKP its own copy of the RHK and indicators.
        var tahun = DateTime.UtcNow.AddHours(7).Year;
        var skpId = await factory.WithDbAsync(alpha.Id, async db =>
        {
            var t = await db.TemplateRhk.SingleAsync(x => x.Id == template.Id);
            var skp = Skp.Buat(alpha.Id, alpha.Pegawai.PegawaiId, new(tahun, 1, 1), new(tahun, 12, 31), Pendekatan.Kuantitatif,
                new PosisiSkp(alpha.JabatanStafId, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana, alpha.UnitBidangId, "Bidang",
                    alpha.Atasan.PegawaiId, alpha.Atasan.Nama, alpha.Atasan.Nip), DateTime.UtcNow);
            t.TerapkanKe(skp, null, null);
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });
        var rhk = await factory.WithDbAsync(alpha.Id, db => db.Rhk.AsNoTracking().Include(r => r.Indikator).SingleAsync(r => r.SkpId == skpId));
        Assert.Equal("Terlaksananya administrasi persuratan bidang", rhk.Teks);
        Assert.Equal(["Jumlah surat yang diadministrasikan", "Waktu distribusi surat"], rhk.Indikator.OrderBy(i => i.Urutan).Select(i => i.Teks));
    }

    [Fact]
    public async Task A_target_that_is_not_a_number_is_refused_and_the_form_keeps_what_was_typed()
    {
        var beta = factory.Data.Beta;
        var admin = await factory.LoginAsync(beta.Admin);
        var fields = TemplateBaru("Template dengan target keliru");
        fields["Input.Indikator[0].Target"] = "seribu dua ratus";
        var response = await MasterDataForm.SubmitAsync(admin, "/perencanaan/pustaka/baru", fields);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("target harus berupa angka", Html.Messages(page));
        Assert.Equal("seribu dua ratus", page.QuerySelector("input[name='Input.Indikator[0].Target']")!.GetAttribute("value"));
        Assert.Equal("Template dengan target keliru", page.QuerySelector("textarea[name='Input.Teks']")!.TextContent.Trim());

        fields = TemplateBaru("Template tanpa indikator");
        foreach (var key in fields.Keys.Where(k => k.StartsWith("Input.Indikator")).ToList())
        {
            fields[key] = "";
        }
        var kosong = await MasterDataForm.SubmitAsync(admin, "/perencanaan/pustaka/baru", fields);
        Assert.Equal(HttpStatusCode.BadRequest, kosong.StatusCode);
        Assert.Contains("sedikitnya satu indikator", Html.Messages(await Html.ParseAsync(kosong)));
        Assert.False(await factory.WithDbAsync(beta.Id, db => db.TemplateRhk.AnyAsync(t => t.Teks.StartsWith("Template "))));
    }

    [Fact]
    public async Task A_deactivated_template_disappears_for_pegawai_and_only_the_admin_manages_the_library()
    {
        var beta = factory.Data.Beta;
        var template = new TemplateRhk
        {
            InstansiId = beta.Id, Kelompok = "Guru", KataKunciJabatan = "Guru", Teks = "Terlaksananya pembelajaran Beta",
            Indikator = [new TemplateIndikator(AspekIndikator.Kuantitas, null, "Jam tatap muka", 24, null, "jam")],
        };
        await factory.WithDbAsync(beta.Id, db => { db.TemplateRhk.Add(template); return db.SaveChangesAsync(); });

        var pimpinan = await factory.LoginAsync(beta.Pimpinan);
        foreach (var url in new[] { "/perencanaan/pustaka/baru", $"/perencanaan/pustaka/{template.Id}/ubah" })
        {
            var refused = await pimpinan.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/akses-ditolak", refused.Headers.Location!.PathAndQuery);
        }
        var post = await Html.PostFormAsync(pimpinan, "/perencanaan/pustaka", new() { ["aktif"] = "false", ["versi"] = "1" },
            $"/perencanaan/pustaka/{template.Id}/ubah?handler=Status");
        Assert.StartsWith("/akses-ditolak", post.Headers.Location!.PathAndQuery);

        var admin = await factory.LoginAsync(beta.Admin);
        var off = await Html.PostFormAsync(admin, $"/perencanaan/pustaka/{template.Id}/ubah", new() { ["aktif"] = "false", ["versi"] = "1" },
            $"/perencanaan/pustaka/{template.Id}/ubah?handler=Status");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Null((await Html.GetAsync(pimpinan, "/perencanaan/pustaka")).QuerySelector($"#t-{template.Id}"));
        // A pegawai cannot ask for the inactive ones; the admin can.
        Assert.Null((await Html.GetAsync(pimpinan, "/perencanaan/pustaka?status=nonaktif")).QuerySelector($"#t-{template.Id}"));
        Assert.NotNull((await Html.GetAsync(admin, "/perencanaan/pustaka?status=nonaktif")).QuerySelector($"#t-{template.Id}"));

        var alphaAdmin = await factory.LoginAsync(factory.Data.Alpha.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await alphaAdmin.GetAsync($"/perencanaan/pustaka/{template.Id}/ubah")).StatusCode);
        Assert.Null((await Html.GetAsync(alphaAdmin, "/perencanaan/pustaka?status=semua")).QuerySelector($"#t-{template.Id}"));
    }
}
