using System.Net;
using AngleSharp.Dom;
using Kinara.Domain.Organisasi;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>/organisasi/unit: list, tree, create, edit, deactivate.</summary>
public sealed class UnitTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task An_admin_creates_a_unit_under_a_parent_and_the_audit_trail_records_it()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var response = await MasterDataForm.SubmitAsync(client, "/organisasi/unit/baru", new()
        {
            ["Input.Kode"] = "SEKSI-KUR", ["Input.Nama"] = "Seksi Kurikulum SD", ["Input.Jenis"] = nameof(JenisUnit.Seksi),
            ["Input.IndukId"] = alpha.UnitBidangId.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var unit = await factory.WithDbAsync(alpha.Id, db => db.Unit.SingleAsync(u => u.Kode == "SEKSI-KUR"));
        Assert.Equal(alpha.UnitBidangId, unit.IndukId);
        Assert.Equal(JenisUnit.Seksi, unit.Jenis);
        var audit = await factory.WithDbAsync(alpha.Id, db => db.Audit
            .SingleAsync(a => a.Entitas == nameof(UnitOrganisasi) && a.EntitasId == unit.Id.ToString() && a.Aksi == AuditAksi.Tambah));
        Assert.Equal(alpha.Admin.Nip, audit.Pelaku);

        var list = await Html.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("Seksi Kurikulum SD", list.Body!.TextContent);
    }

    [Fact]
    public async Task An_admin_renames_a_unit_through_the_edit_form()
    {
        var alpha = factory.Data.Alpha;
        var unit = new UnitOrganisasi { Kode = "LAMA", Nama = "Dinas Lama", Jenis = JenisUnit.PerangkatDaerah };
        await factory.WithDbAsync(alpha.Id, async db => { db.Unit.Add(unit); await db.SaveChangesAsync(); });
        var client = await factory.LoginAsync(alpha.Admin);
        var url = $"/organisasi/unit/{unit.Id}/ubah";
        var response = await MasterDataForm.SubmitAsync(client, url, new() { ["Input.Nama"] = "Dinas Pendidikan dan Kebudayaan" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Html.GetAsync(client, url);
        Assert.Contains("berhasil disimpan", Html.Messages(page));
        Assert.Equal("Dinas Pendidikan dan Kebudayaan", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Nama")!.Value);
    }

    [Fact]
    public async Task A_unit_cannot_become_its_own_ancestor_and_nothing_changes()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        // The dinas is the induk of the bidang: putting the dinas under the bidang would make a loop.
        var response = await MasterDataForm.SubmitAsync(client, $"/organisasi/unit/{alpha.UnitDinasId}/ubah",
            new() { ["Input.IndukId"] = alpha.UnitBidangId.ToString(), ["Input.Nama"] = "Nama yang tidak boleh tersimpan" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("tidak boleh dipindahkan ke bawah unit turunannya sendiri", Html.Messages(page));
        // The user's input is kept on the re-rendered form.
        Assert.Equal("Nama yang tidak boleh tersimpan", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Nama")!.Value);

        var self = await MasterDataForm.SubmitAsync(client, $"/organisasi/unit/{alpha.UnitBidangId}/ubah",
            new() { ["Input.IndukId"] = alpha.UnitBidangId.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Contains("induk dari dirinya sendiri", Html.Messages(await Html.ParseAsync(self)));

        var dinas = await factory.WithDbAsync(alpha.Id, db => db.Unit.AsNoTracking().SingleAsync(u => u.Id == alpha.UnitDinasId));
        Assert.Null(dinas.IndukId);
        Assert.NotEqual("Nama yang tidak boleh tersimpan", dinas.Nama);
    }

    [Fact]
    public async Task A_duplicate_kode_is_refused_with_the_name_of_the_unit_that_has_it()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var before = await factory.WithDbAsync(alpha.Id, db => db.Unit.CountAsync());
        var response = await MasterDataForm.SubmitAsync(client, "/organisasi/unit/baru", new()
        {
            ["Input.Kode"] = "BIDANG", ["Input.Nama"] = "Bidang Kembar", ["Input.Jenis"] = nameof(JenisUnit.Bidang),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Kode \"BIDANG\" sudah dipakai oleh unit \"Bidang Pembinaan SD\"", Html.Messages(await Html.ParseAsync(response)));
        Assert.Equal(before, await factory.WithDbAsync(alpha.Id, db => db.Unit.CountAsync()));
    }

    [Fact]
    public async Task Missing_fields_give_400_with_indonesian_messages()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var response = await MasterDataForm.SubmitAsync(client, "/organisasi/unit/baru", new() { ["Input.Kode"] = "", ["Input.Nama"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = Html.Messages(await Html.ParseAsync(response));
        Assert.Contains("Kode unit wajib diisi.", messages);
        Assert.Contains("Nama unit wajib diisi.", messages);
        Assert.Contains("Jenis unit wajib dipilih.", messages);
    }

    [Fact]
    public async Task A_unit_with_active_pegawai_cannot_be_deactivated_but_an_empty_one_can()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var url = $"/organisasi/unit/{alpha.UnitBidangId}/ubah";
        var refused = await MasterDataForm.SubmitAsync(client, url, [], formSelector: "form[action*='handler=Status']");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("tidak dapat dinonaktifkan karena masih memiliki", Html.Messages(await Html.ParseAsync(refused)));
        Assert.True(await factory.WithDbAsync(alpha.Id, db => db.Unit.Where(u => u.Id == alpha.UnitBidangId).Select(u => u.Aktif).SingleAsync()));

        var kosong = new UnitOrganisasi { Kode = "KOSONG", Nama = "Seksi Tanpa Pegawai", Jenis = JenisUnit.Seksi };
        await factory.WithDbAsync(alpha.Id, async db => { db.Unit.Add(kosong); await db.SaveChangesAsync(); });
        var done = await MasterDataForm.SubmitAsync(client, $"/organisasi/unit/{kosong.Id}/ubah", [], formSelector: "form[action*='handler=Status']");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.False(await factory.WithDbAsync(alpha.Id, db => db.Unit.Where(u => u.Id == kosong.Id).Select(u => u.Aktif).SingleAsync()));

        // The default list shows active units only; the "nonaktif" filter finds it.
        Assert.Null((await Html.GetAsync(client, "/organisasi/unit?q=KOSONG")).QuerySelector("tbody"));
        Assert.Contains("Seksi Tanpa Pegawai", (await Html.GetAsync(client, "/organisasi/unit?q=KOSONG&status=nonaktif")).QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task A_form_opened_before_someone_else_saved_is_refused_with_409()
    {
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Admin);
        var url = $"/organisasi/unit/{beta.UnitBidangId}/ubah";
        var stale = await Html.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(client, url, new() { ["Input.Nama"] = "Bidang Pertama" })).StatusCode);

        var response = await MasterDataForm.SubmitAsync(client, stale, url, new() { ["Input.Nama"] = "Bidang Kedua" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("telah diubah oleh pengguna lain", Html.Messages(await Html.ParseAsync(response)));
        Assert.Equal("Bidang Pertama", await factory.WithDbAsync(beta.Id, db => db.Unit.Where(u => u.Id == beta.UnitBidangId).Select(u => u.Nama).SingleAsync()));
    }

    [Fact]
    public async Task Search_and_paging_work_and_the_tree_shows_units_with_their_pegawai_count()
    {
        var beta = factory.Data.Beta;
        await factory.WithDbAsync(beta.Id, async db =>
        {
            for (var i = 1; i <= 30; i++)
            {
                var u = new UnitOrganisasi { Kode = $"SD-{i:00}", Nama = $"SD Negeri {i:00} Beta", Jenis = JenisUnit.Upt };
                u.SetInduk(beta.UnitDinasId, _ => null);
                db.Unit.Add(u);
            }
            await db.SaveChangesAsync();
        });
        var client = await factory.LoginAsync(beta.Auditor);
        var first = await Html.GetAsync(client, "/organisasi/unit?q=sd negeri&jenis=Upt");
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("hal=2", next);
        Assert.Contains("jenis=Upt", next);
        var second = await Html.GetAsync(client, next);
        Assert.Equal(5, second.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("SD Negeri 30 Beta", second.Body!.TextContent);

        var tree = await Html.GetAsync(client, "/organisasi/unit/pohon");
        var dinas = tree.QuerySelectorAll(".tree details > summary").First(s => s.TextContent.Contains("Dinas Pendidikan beta"));
        // Kepala, admin, auditor and super admin are in the dinas; atasan and pegawai in its bidang.
        Assert.Contains("4 pegawai", dinas.TextContent);
        Assert.Contains("total 6", dinas.TextContent);
        Assert.Equal(31, dinas.ParentElement!.Children.Single(c => c.LocalName == "ul").Children.Length);
        // A read-only role sees no edit links.
        Assert.Empty(tree.QuerySelectorAll("a[href$='/ubah']"));
    }

    [Fact]
    public async Task An_auditor_reads_but_cannot_post_and_a_pegawai_cannot_open_the_list()
    {
        var alpha = factory.Data.Alpha;
        var auditor = await factory.LoginAsync(alpha.Auditor);
        var list = await Html.GetAsync(auditor, "/organisasi/unit");
        Assert.Null(list.QuerySelector("a[href='/organisasi/unit/baru']"));
        Assert.Null(list.QuerySelector("a[href$='/ubah']"));
        MasterDataForm.AssertForbidden(await auditor.GetAsync("/organisasi/unit/baru"));
        MasterDataForm.AssertForbidden(await MasterDataForm.PostWithTokenFromAsync(auditor, "/organisasi/unit", "/organisasi/unit/baru",
            new() { ["Input.Kode"] = "AUD", ["Input.Nama"] = "Unit Auditor", ["Input.Jenis"] = nameof(JenisUnit.Seksi) }));
        MasterDataForm.AssertForbidden(await MasterDataForm.PostWithTokenFromAsync(auditor, "/organisasi/unit",
            $"/organisasi/unit/{alpha.UnitBidangId}/ubah?handler=Status", new() { ["aktif"] = "false", ["versi"] = "0" }));
        Assert.False(await factory.WithDbAsync(alpha.Id, db => db.Unit.AnyAsync(u => u.Kode == "AUD")));

        var pegawai = await factory.LoginAsync(alpha.Pegawai);
        MasterDataForm.AssertForbidden(await pegawai.GetAsync("/organisasi/unit"));
        MasterDataForm.AssertForbidden(await pegawai.GetAsync("/organisasi/unit/pohon"));
    }

    [Fact]
    public async Task A_user_of_beta_gets_404_for_an_alpha_unit()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        var url = $"/organisasi/unit/{alpha.UnitBidangId}/ubah";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        var post = await MasterDataForm.PostWithTokenFromAsync(client, "/organisasi/unit", url,
            new() { ["Input.Kode"] = "X", ["Input.Nama"] = "Diambil alih", ["Input.Jenis"] = nameof(JenisUnit.Bidang), ["Input.Versi"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var status = await MasterDataForm.PostWithTokenFromAsync(client, "/organisasi/unit", url + "?handler=Status", new() { ["aktif"] = "false", ["versi"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        // Nor can beta hang its own unit under alpha's unit.
        var induk = await MasterDataForm.SubmitAsync(client, "/organisasi/unit/baru", new()
        {
            ["Input.Kode"] = "CURANG", ["Input.Nama"] = "Unit Curang", ["Input.Jenis"] = nameof(JenisUnit.Seksi), ["Input.IndukId"] = alpha.UnitDinasId.ToString(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, induk.StatusCode);
        Assert.Equal("Bidang Pembinaan SD", await factory.WithDbAsync(alpha.Id, db => db.Unit.Where(u => u.Id == alpha.UnitBidangId).Select(u => u.Nama).SingleAsync()));
    }
}

/// <summary>Form steps the master-data page tests share: fill a form as a browser would and post it.</summary>
public static class MasterDataForm
{
    /// <summary>Loads <paramref name="url"/>, takes every field of its first form in the page body (or <paramref name="formSelector"/>), overrides some, posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Dictionary<string, string> overrides, string? formSelector = null) =>
        await SubmitAsync(client, await Html.GetAsync(client, url), url, overrides, formSelector);

    /// <summary>Posts a form of a page loaded earlier (e.g. to test a stale form).</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, IDocument page, string url, Dictionary<string, string> overrides, string? formSelector = null)
    {
        var form = (formSelector is null ? page.QuerySelector("main form[method=post]") : page.QuerySelector(formSelector))
            ?? throw new InvalidOperationException($"No form on {url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var el in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = el.GetAttribute("name")!;
            switch (el)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement i when i.Type is "checkbox" or "radio":
                    if (i.IsChecked) { fields.Add(new(name, i.Value)); }
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement i:
                    fields.Add(new(name, i.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement s:
                    fields.Add(new(name, s.SelectedOptions.FirstOrDefault()?.Value ?? ""));
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement t:
                    fields.Add(new(name, t.Value));
                    break;
            }
        }
        fields.RemoveAll(f => overrides.ContainsKey(f.Key));
        fields.AddRange(overrides);
        var action = form.GetAttribute("action");
        return client.PostAsync(string.IsNullOrEmpty(action) ? url : action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts to <paramref name="postUrl"/> with an antiforgery token from a page the user may open (for refused posts).</summary>
    public static async Task<HttpResponseMessage> PostWithTokenFromAsync(HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> fields) =>
        await Html.PostFormAsync(client, pageUrl, fields, postUrl);

    /// <summary>A refused request: the cookie handler sends the user to /akses-ditolak, which answers 403.</summary>
    public static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akses-ditolak", response.Headers.Location!.PathAndQuery);
    }
}
