using System.Net;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>/organisasi/plt: Plt/Plh for structural posts, and how they change the pejabat penilai.</summary>
public sealed class PltTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    /// <summary>A vacant Kepala Seksi post under the Kabid, with one staff member below it.</summary>
    private async Task<(Jabatan Kasi, Pegawai Staf)> SeksiKosongAsync(TestTenant t, string kode)
    {
        var kasi = new Jabatan { Kode = $"KASI-{kode}", Nama = $"Kepala Seksi {kode}", Jenis = JenisJabatan.Pengawas, UnitId = t.UnitBidangId };
        kasi.SetAtasan(t.JabatanKabidId, _ => null);
        var jf = new Jabatan { Kode = $"STAF-{kode}", Nama = $"Staf Seksi {kode}", Jenis = JenisJabatan.Pelaksana, UnitId = t.UnitBidangId };
        jf.SetAtasan(kasi.Id, _ => null);
        var staf = new Pegawai { Nip = $"1995010120200110{kode.Length:00}", Nama = $"Staf {kode}", Jenis = JenisPegawai.Pns, JabatanId = jf.Id, UnitId = t.UnitBidangId };
        await factory.WithDbAsync(t.Id, async db => { db.Jabatan.AddRange(kasi, jf); db.Pegawai.Add(staf); await db.SaveChangesAsync(); });
        return (kasi, staf);
    }

    private static Dictionary<string, string> Form(Guid jabatanId, string nip, JenisPenugasan jenis, string mulai = "2026-01-05", string selesai = "") => new()
    {
        ["Input.JabatanId"] = jabatanId.ToString(), ["Input.Nip"] = nip, ["Input.Jenis"] = jenis.ToString(),
        ["Input.Mulai"] = mulai, ["Input.Selesai"] = selesai, ["Input.NomorSurat"] = "800/123/BKPSDM/2026",
    };

    [Fact]
    public async Task A_plt_on_a_vacant_post_becomes_the_pejabat_penilai_of_its_bawahan()
    {
        var alpha = factory.Data.Alpha;
        var (kasi, staf) = await SeksiKosongAsync(alpha, "Kurikulum");
        var client = await factory.LoginAsync(alpha.Admin);
        var before = await Html.GetAsync(client, $"/organisasi/pegawai/{staf.Id}");
        // Vacant kasi without Plt: the penilai is taken one level up, the Kabid.
        Assert.Contains(alpha.Atasan.Nama, before.QuerySelector("section[aria-labelledby=penilai-judul]")!.TextContent);

        var response = await MasterDataForm.SubmitAsync(client, $"/organisasi/plt/baru?jabatan={kasi.Id}",
            Form(kasi.Id, alpha.Admin.Nip, JenisPenugasan.Plt, mulai: "2025-01-01"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plt = await factory.WithDbAsync(alpha.Id, db => db.PenugasanPlt.AsNoTracking().SingleAsync(t => t.JabatanId == kasi.Id));
        Assert.Equal((alpha.Admin.PegawaiId, JenisPenugasan.Plt, "800/123/BKPSDM/2026"), (plt.PegawaiId, plt.Jenis, plt.NomorSurat));
        Assert.True(await factory.WithDbAsync(alpha.Id, db => db.Audit.AnyAsync(a => a.Entitas == nameof(PenugasanPlt) && a.EntitasId == plt.Id.ToString())));

        var after = await Html.GetAsync(client, $"/organisasi/pegawai/{staf.Id}");
        var penilai = after.QuerySelector("section[aria-labelledby=penilai-judul]")!.TextContent;
        Assert.Contains(alpha.Admin.Nama, penilai);
        Assert.Contains("Pelaksana tugas (Plt)", penilai);
        var list = await Html.GetAsync(client, "/organisasi/plt");
        Assert.Contains("Kepala Seksi Kurikulum", list.QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task Assignments_that_break_the_rules_are_refused_with_422()
    {
        var alpha = factory.Data.Alpha;
        var (kasi, _) = await SeksiKosongAsync(alpha, "Sarana");
        var client = await factory.LoginAsync(alpha.Admin);
        async Task<string> Refused(Dictionary<string, string> form)
        {
            var r = await MasterDataForm.SubmitAsync(client, "/organisasi/plt/baru", form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
            return Html.Messages(await Html.ParseAsync(r));
        }

        Assert.Contains("hanya untuk jabatan struktural", await Refused(Form(alpha.JabatanStafId, alpha.Admin.Nip, JenisPenugasan.Plt)));
        Assert.Contains("pilih Plh", await Refused(Form(alpha.JabatanKabidId, alpha.Admin.Nip, JenisPenugasan.Plt)));
        Assert.Contains("Tidak ada pegawai aktif dengan NIP 199999999999999999", await Refused(Form(kasi.Id, "199999999999999999", JenisPenugasan.Plt)));
        Assert.Contains("Tanggal selesai penugasan tidak boleh sebelum tanggal mulai.",
            await Refused(Form(kasi.Id, alpha.Admin.Nip, JenisPenugasan.Plt, mulai: "2026-02-01", selesai: "2026-01-01")));
        Assert.False(await factory.WithDbAsync(alpha.Id, db => db.PenugasanPlt.AnyAsync(t => t.JabatanId == kasi.Id)));

        // One acting officer at a time: a second, overlapping assignment is refused.
        var first = await MasterDataForm.SubmitAsync(client, "/organisasi/plt/baru", Form(kasi.Id, alpha.Admin.Nip, JenisPenugasan.Plt, mulai: "2026-01-01"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("sudah memiliki Plt", await Refused(Form(kasi.Id, alpha.Pimpinan.Nip, JenisPenugasan.Plh, mulai: "2026-03-01", selesai: "2026-03-10")));

        // A Plh for an official who is away is fine on a held post.
        var plh = await MasterDataForm.SubmitAsync(client, "/organisasi/plt/baru", Form(alpha.JabatanKabidId, alpha.Pimpinan.Nip, JenisPenugasan.Plh, "2026-04-01", "2026-04-10"));
        Assert.Equal(HttpStatusCode.Redirect, plh.StatusCode);
    }

    [Fact]
    public async Task Ending_an_assignment_moves_it_to_the_finished_list()
    {
        var beta = factory.Data.Beta;
        var (kasi, _) = await SeksiKosongAsync(beta, "Akhir");
        var plt = new PenugasanPlt { JabatanId = kasi.Id, PegawaiId = beta.Admin.PegawaiId, Jenis = JenisPenugasan.Plt, Mulai = new DateOnly(2024, 1, 1) };
        await factory.WithDbAsync(beta.Id, async db => { db.PenugasanPlt.Add(plt); await db.SaveChangesAsync(); });
        var client = await factory.LoginAsync(beta.Admin);
        var url = $"/organisasi/plt/{plt.Id}/akhiri";

        var bad = await MasterDataForm.SubmitAsync(client, url, new() { ["Input.Selesai"] = "2023-12-31" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("tidak boleh sebelum tanggal mulai", Html.Messages(await Html.ParseAsync(bad)));

        var ok = await MasterDataForm.SubmitAsync(client, url, new() { ["Input.Selesai"] = "2024-12-31" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(new DateOnly(2024, 12, 31), await factory.WithDbAsync(beta.Id, db => db.PenugasanPlt.Where(t => t.Id == plt.Id).Select(t => t.Selesai).SingleAsync()));
        Assert.DoesNotContain("Kepala Seksi Akhir", (await Html.GetAsync(client, "/organisasi/plt")).QuerySelector("tbody")?.TextContent ?? "");
        Assert.Contains("Kepala Seksi Akhir", (await Html.GetAsync(client, "/organisasi/plt?status=selesai")).QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task An_auditor_cannot_assign_a_pegawai_cannot_open_the_list_and_beta_gets_404_for_alphas_assignment()
    {
        var alpha = factory.Data.Alpha;
        var (kasi, _) = await SeksiKosongAsync(alpha, "Rahasia");
        var plt = new PenugasanPlt { JabatanId = kasi.Id, PegawaiId = alpha.Admin.PegawaiId, Jenis = JenisPenugasan.Plt, Mulai = new DateOnly(2024, 1, 1) };
        await factory.WithDbAsync(alpha.Id, async db => { db.PenugasanPlt.Add(plt); await db.SaveChangesAsync(); });

        var auditor = await factory.LoginAsync(alpha.Auditor);
        Assert.Contains("Kepala Seksi Rahasia", (await Html.GetAsync(auditor, "/organisasi/plt")).Body!.TextContent);
        MasterDataForm.AssertForbidden(await MasterDataForm.PostWithTokenFromAsync(auditor, "/organisasi/plt", "/organisasi/plt/baru",
            Form(kasi.Id, alpha.Auditor.Nip, JenisPenugasan.Plh, "2026-05-01", "2026-05-02")));
        MasterDataForm.AssertForbidden(await MasterDataForm.PostWithTokenFromAsync(auditor, "/organisasi/plt", $"/organisasi/plt/{plt.Id}/akhiri",
            new() { ["Input.Selesai"] = "2025-01-01", ["Input.Versi"] = "0" }));
        MasterDataForm.AssertForbidden(await (await factory.LoginAsync(alpha.Pegawai)).GetAsync("/organisasi/plt"));

        var beta = await factory.LoginAsync(factory.Data.Beta.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/organisasi/plt/{plt.Id}/akhiri")).StatusCode);
        var post = await MasterDataForm.PostWithTokenFromAsync(beta, "/organisasi/plt", $"/organisasi/plt/{plt.Id}/akhiri",
            new() { ["Input.Selesai"] = "2025-01-01", ["Input.Versi"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null(await factory.WithDbAsync(alpha.Id, db => db.PenugasanPlt.Where(t => t.Id == plt.Id).Select(t => t.Selesai).SingleAsync()));
    }
}
