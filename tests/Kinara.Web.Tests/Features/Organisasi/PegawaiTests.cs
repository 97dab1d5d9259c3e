using System.Net;
using AngleSharp.Dom;
using Kinara.Domain.Kepegawaian;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>/organisasi/pegawai: list, detail with pejabat penilai, create and edit with NIP rules, deactivate.</summary>
public sealed class PegawaiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private static Dictionary<string, string> Baru(string nip, string nama, string jenis = nameof(JenisPegawai.Pns), string golongan = "") => new()
    {
        ["Input.Nip"] = nip, ["Input.Nama"] = nama, ["Input.Jenis"] = jenis, ["Input.Golongan"] = golongan,
    };

    [Fact]
    public async Task An_admin_adds_a_pegawai_whose_penilai_is_derived_from_the_position_tree()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var form = Baru("19870315 201001 2 005", "Siti Aminah", golongan: "III/b");
        form["Input.GelarBelakang"] = "S.Pd.";
        form["Input.JabatanId"] = alpha.JabatanStafId.ToString();
        form["Input.Email"] = "siti.aminah@alpha.go.id";
        form["Input.NomorHp"] = "0812-3456-7890";
        var response = await MasterDataForm.SubmitAsync(client, "/organisasi/pegawai/baru", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var p = await factory.WithDbAsync(alpha.Id, db => db.Pegawai.AsNoTracking().SingleAsync(x => x.Nama == "Siti Aminah"));
        Assert.Equal("198703152010012005", p.Nip);
        Assert.Equal(new DateOnly(1987, 3, 15), p.TanggalLahir);
        Assert.Equal("III/b", p.Golongan);
        Assert.Equal(alpha.UnitBidangId, p.UnitId); // taken from the jabatan
        Assert.Equal("081234567890", p.NomorHp);
        Assert.True(await factory.WithDbAsync(alpha.Id, db => db.Audit.AnyAsync(a => a.Entitas == nameof(Pegawai) && a.EntitasId == p.Id.ToString() && a.Aksi == AuditAksi.Tambah)));

        var detail = await Html.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal($"/organisasi/pegawai/{p.Id}", response.Headers.Location!.OriginalString);
        var penilai = detail.QuerySelector("section[aria-labelledby=penilai-judul]")!.TextContent;
        Assert.Contains(alpha.Atasan.Nama, penilai); // holder of the Kepala Bidang post, the atasan of Staf
        Assert.Contains("Siti Aminah, S.Pd.", detail.QuerySelector("h1")!.TextContent);
        Assert.Contains("19870315 201001 2 005", detail.Body!.TextContent);
    }

    [Fact]
    public async Task A_malformed_nip_is_refused_with_the_exact_reason_and_nothing_is_stored()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var before = await factory.WithDbAsync(alpha.Id, db => db.Pegawai.CountAsync());
        var pendek = await MasterDataForm.SubmitAsync(client, "/organisasi/pegawai/baru", Baru("19850314 201001 2 00", "Nip Pendek"));
        Assert.Equal(HttpStatusCode.BadRequest, pendek.StatusCode);
        var page = await Html.ParseAsync(pendek);
        Assert.Contains("NIP harus 18 digit angka (ditemukan 17 digit)", page.QuerySelector("[data-valmsg-for='Input.Nip']")!.TextContent);
        Assert.Equal("19850314 201001 2 00", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Nip")!.Value);

        var tanggal = await MasterDataForm.SubmitAsync(client, "/organisasi/pegawai/baru", Baru("198513322010012001", "Tanggal Salah"));
        Assert.Equal(HttpStatusCode.BadRequest, tanggal.StatusCode);
        Assert.Contains("Tanggal lahir 19851332 tidak valid", Html.Messages(await Html.ParseAsync(tanggal)));
        Assert.Equal(before, await factory.WithDbAsync(alpha.Id, db => db.Pegawai.CountAsync()));
    }

    [Fact]
    public async Task A_duplicate_nip_names_the_pegawai_who_has_it()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var response = await MasterDataForm.SubmitAsync(client, "/organisasi/pegawai/baru", Baru(alpha.Pegawai.Nip, "Orang Lain"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var nip = alpha.Pegawai.Nip;
        Assert.Contains($"NIP {nip[..8]} {nip[8..14]} {nip[14]} {nip[15..]} sudah terdaftar atas nama {alpha.Pegawai.Nama}.",
            Html.Messages(await Html.ParseAsync(response)));
        Assert.False(await factory.WithDbAsync(alpha.Id, db => db.Pegawai.AnyAsync(p => p.Nama == "Orang Lain")));
    }

    [Fact]
    public async Task A_nip_warning_does_not_block_saving_and_is_shown_after_it()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        // Born 2000, CPNS in 2010: an implausible age, but historic data has such NIPs.
        var response = await MasterDataForm.SubmitAsync(client, "/organisasi/pegawai/baru", Baru("200001012010011001", "Budi Muda"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await Html.GetAsync(client, response.Headers.Location!.OriginalString);
        var warning = detail.QuerySelector(".alert-warning")!.TextContent;
        Assert.Contains("NIP ini perlu diperiksa", warning);
        Assert.Contains("Usia saat TMT CPNS 10 tahun", warning);
    }

    [Fact]
    public async Task Golongan_email_and_phone_are_checked_and_all_mistakes_show_at_once()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var form = Baru("199201012020121001", "Dewi PPPK", nameof(JenisPegawai.Pppk), "III/a");
        form["Input.Email"] = "dewi@";
        form["Input.NomorHp"] = "12345";
        var response = await MasterDataForm.SubmitAsync(client, "/organisasi/pegawai/baru", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = Html.Messages(await Html.ParseAsync(response));
        Assert.Contains("Golongan III/a adalah golongan PNS. Untuk PPPK pilih golongan I sampai XVII.", messages);
        Assert.Contains("Format email tidak valid", messages);
        Assert.Contains("Nomor HP tidak valid", messages);

        form["Input.Golongan"] = "IX";
        form["Input.Email"] = "dewi@alpha.go.id";
        form["Input.NomorHp"] = "+62 812 1111 2222";
        var ok = await MasterDataForm.SubmitAsync(client, "/organisasi/pegawai/baru", form);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var p = await factory.WithDbAsync(factory.Data.Alpha.Id, db => db.Pegawai.AsNoTracking().SingleAsync(x => x.Nama == "Dewi PPPK"));
        Assert.Equal(("IX", JenisPegawai.Pppk, "+6281211112222"), (p.Golongan, p.Jenis, p.NomorHp));
    }

    [Fact]
    public async Task A_structural_post_already_held_cannot_get_a_second_holder()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var response = await MasterDataForm.SubmitAsync(client, $"/organisasi/pegawai/{alpha.Pegawai.PegawaiId}/ubah",
            new() { ["Input.JabatanId"] = alpha.JabatanKabidId.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"sudah dipegang oleh {alpha.Atasan.Nama}", Html.Messages(await Html.ParseAsync(response)));
        Assert.Equal(alpha.JabatanStafId, await factory.WithDbAsync(alpha.Id, db => db.Pegawai.Where(p => p.Id == alpha.Pegawai.PegawaiId).Select(p => p.JabatanId).SingleAsync()));
    }

    [Fact]
    public async Task An_admin_edits_a_pegawai_and_finds_them_by_nip()
    {
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Admin);
        var response = await MasterDataForm.SubmitAsync(client, $"/organisasi/pegawai/{beta.Pegawai.PegawaiId}/ubah",
            new() { ["Input.Golongan"] = "II/c", ["Input.GelarDepan"] = "Drs." });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await Html.GetAsync(client, $"/organisasi/pegawai/{beta.Pegawai.PegawaiId}");
        Assert.Contains("Pengatur (II/c)", detail.Body!.TextContent);
        Assert.Contains($"Drs. {beta.Pegawai.Nama}", detail.QuerySelector("h1")!.TextContent);

        var found = await Html.GetAsync(client, $"/organisasi/pegawai?q={beta.Pegawai.Nip[..8]}%20{beta.Pegawai.Nip[8..14]}");
        Assert.Single(found.QuerySelectorAll("tbody tr"));
        Assert.Contains(beta.Pegawai.Nama, found.QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task The_detail_page_shows_the_bawahan_of_an_atasan()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Pimpinan);
        var detail = await Html.GetAsync(client, $"/organisasi/pegawai/{alpha.Atasan.PegawaiId}");
        Assert.Contains(alpha.Pegawai.Nama, detail.QuerySelector("section[aria-labelledby=bawahan-judul]")!.TextContent);
        Assert.Contains(alpha.Pimpinan.Nama, detail.QuerySelector("section[aria-labelledby=penilai-judul]")!.TextContent);
        Assert.Null(detail.QuerySelector("a[href$='/ubah']")); // pimpinan reads only
    }

    [Fact]
    public async Task A_pegawai_is_deactivated_and_leaves_the_default_list()
    {
        var beta = factory.Data.Beta;
        var p = new Pegawai { Nip = "198801012015031001", Nama = "Pindah Tugas", Jenis = JenisPegawai.Pns };
        await factory.WithDbAsync(beta.Id, async db => { db.Pegawai.Add(p); await db.SaveChangesAsync(); });
        var client = await factory.LoginAsync(beta.Admin);
        var response = await MasterDataForm.SubmitAsync(client, $"/organisasi/pegawai/{p.Id}/ubah", [], "form[action*='handler=Status']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithDbAsync(beta.Id, db => db.Pegawai.Where(x => x.Id == p.Id).Select(x => x.Aktif).SingleAsync()));
        Assert.Null((await Html.GetAsync(client, "/organisasi/pegawai?q=Pindah")).QuerySelector("tbody"));
        Assert.NotNull((await Html.GetAsync(client, "/organisasi/pegawai?q=Pindah&status=nonaktif")).QuerySelector("tbody"));
    }

    [Fact]
    public async Task An_auditor_cannot_post_and_a_pegawai_cannot_open_the_list()
    {
        var alpha = factory.Data.Alpha;
        var auditor = await factory.LoginAsync(alpha.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/organisasi/pegawai/{alpha.Pegawai.PegawaiId}")).StatusCode);
        MasterDataForm.AssertForbidden(await auditor.GetAsync($"/organisasi/pegawai/{alpha.Pegawai.PegawaiId}/ubah"));
        MasterDataForm.AssertForbidden(await MasterDataForm.PostWithTokenFromAsync(auditor, "/organisasi/pegawai", "/organisasi/pegawai/baru", Baru("199101012019031001", "Titipan Auditor")));
        MasterDataForm.AssertForbidden(await MasterDataForm.PostWithTokenFromAsync(auditor, "/organisasi/pegawai",
            $"/organisasi/pegawai/{alpha.Pegawai.PegawaiId}/ubah?handler=Status", new() { ["aktif"] = "false", ["versi"] = "0" }));
        Assert.False(await factory.WithDbAsync(alpha.Id, db => db.Pegawai.AnyAsync(p => p.Nama == "Titipan Auditor")));

        var pegawai = await factory.LoginAsync(alpha.Pegawai);
        MasterDataForm.AssertForbidden(await pegawai.GetAsync("/organisasi/pegawai"));
        MasterDataForm.AssertForbidden(await pegawai.GetAsync($"/organisasi/pegawai/{alpha.Atasan.PegawaiId}"));
    }

    [Fact]
    public async Task A_user_of_beta_gets_404_for_an_alpha_pegawai()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisasi/pegawai/{alpha.Pegawai.PegawaiId}")).StatusCode);
        var url = $"/organisasi/pegawai/{alpha.Pegawai.PegawaiId}/ubah";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        var post = await MasterDataForm.PostWithTokenFromAsync(client, "/organisasi/pegawai", url, Baru(alpha.Pegawai.Nip, "Diambil alih"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var status = await MasterDataForm.PostWithTokenFromAsync(client, "/organisasi/pegawai", url + "?handler=Status", new() { ["aktif"] = "false", ["versi"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        var stored = await factory.WithDbAsync(alpha.Id, db => db.Pegawai.AsNoTracking().SingleAsync(p => p.Id == alpha.Pegawai.PegawaiId));
        Assert.Equal((alpha.Pegawai.Nama, true), (stored.Nama, stored.Aktif));
    }
}
