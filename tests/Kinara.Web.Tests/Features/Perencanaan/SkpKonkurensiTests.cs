using System.Net;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>
/// Optimistic concurrency on the SKP: every form carries the SKP's Versi; any save changes it exactly once, even when
/// only child rows (RHK, indicators) change, so a form opened before someone else's save is refused with 409.
/// </summary>
public sealed class SkpKonkurensiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private Task<int> VersiAsync(Guid id) =>
        factory.WithDbAsync(factory.Data.Alpha.Id, db => db.Skp.Where(s => s.Id == id).Select(s => s.Versi).SingleAsync());

    private async Task<(Guid Skp, Guid Rhk1, Guid Rhk2)> SkpDuaRhkAsync(TestAccount akun)
    {
        var alpha = factory.Data.Alpha;
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun);
        var atasan = await SkpUji.SkpAtasanAsync(factory, alpha);
        return await factory.WithDbAsync(alpha.Id, async db =>
        {
            var skp = await db.Skp.Include(s => s.Rhk).SingleAsync(s => s.Id == id);
            var rhk1 = skp.Rhk.Single().Id;
            // A second RHK added as a new row through the aggregate, the way a page would.
            var rhk2 = skp.TambahRhk(JenisRhk.Tambahan, "Terlaksananya pendataan sekolah", atasan.RhkKedua, JenisCascading.Langsung);
            db.Add(rhk2);
            await db.SaveChangesAsync();
            return (id, rhk1, rhk2.Id);
        });
    }

    [Fact]
    public async Task Two_tabs_editing_different_rhk_the_later_save_gets_409_and_keeps_what_was_typed()
    {
        var akun = await SkpUji.PegawaiBaruAsync(factory, factory.Data.Alpha, "Dua Tab");
        var (id, rhk1, rhk2) = await SkpDuaRhkAsync(akun);
        var tabA = await factory.LoginAsync(akun);
        var tabB = await factory.LoginAsync(akun);
        var urlA = $"/perencanaan/skp/{id}/rhk/{rhk1}";
        var urlB = $"/perencanaan/skp/{id}/rhk/{rhk2}";
        var formA = await Html.GetAsync(tabA, urlA);
        var formB = await Html.GetAsync(tabB, urlB);
        var versi = await VersiAsync(id);

        var simpanB = await MasterDataForm.SubmitAsync(tabB, formB, urlB, new() { ["Input.Teks"] = "Pendataan sekolah oleh tab B" });
        Assert.Equal(HttpStatusCode.Redirect, simpanB.StatusCode);
        Assert.Equal(versi + 1, await VersiAsync(id)); // exactly once per save

        var simpanA = await MasterDataForm.SubmitAsync(tabA, formA, urlA, new() { ["Input.Teks"] = "Laporan yang diketik di tab A" });
        Assert.Equal(HttpStatusCode.Conflict, simpanA.StatusCode);
        var halaman = await Html.ParseAsync(simpanA);
        Assert.Contains("diubah oleh pengguna lain", Html.Messages(halaman));
        Assert.Equal("Laporan yang diketik di tab A", halaman.QuerySelector("#Input_Teks")!.TextContent.Trim());

        var skp = await SkpUji.MuatAsync(factory, factory.Data.Alpha.Id, id);
        Assert.Equal("Tersusunnya laporan pembinaan sekolah", skp.Rhk.Single(r => r.Id == rhk1).Teks);
        Assert.Equal("Pendataan sekolah oleh tab B", skp.Rhk.Single(r => r.Id == rhk2).Teks); // the other change is not overwritten
        Assert.Equal(versi + 1, skp.Versi);
    }

    [Fact]
    public async Task Adding_or_deleting_child_rows_changes_the_skp_version_exactly_once()
    {
        var akun = await SkpUji.PegawaiBaruAsync(factory, factory.Data.Alpha, "Versi Anak");
        var (id, rhk1, _) = await SkpDuaRhkAsync(akun);
        var client = await factory.LoginAsync(akun);
        var v = await VersiAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}/rhk/{rhk1}/indikator", new()
        {
            ["Input.Aspek"] = "Kualitas", ["Input.Teks"] = "Persentase laporan tanpa revisi", ["Input.Target"] = "100", ["Input.Satuan"] = "Persen",
        })).StatusCode);
        Assert.Equal(v + 1, await VersiAsync(id));

        var baru = (await SkpUji.MuatAsync(factory, factory.Data.Alpha.Id, id)).Rhk.Single(r => r.Id == rhk1).Indikator.Single(i => i.Aspek == AspekIndikator.Kualitas);
        var hapus = await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}", new(), $"form[action^='/perencanaan/skp/{id}/rhk/{rhk1}/indikator/{baru.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, hapus.StatusCode);
        Assert.Equal(v + 2, await VersiAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}/lampiran", new() { ["Input.Konsekuensi"] = "Teguran lisan" })).StatusCode);
        Assert.Equal(v + 3, await VersiAsync(id));

        // A delete from a page opened before those saves is refused too, and the row stays.
        var lama = await MasterDataForm.PostWithTokenFromAsync(client, $"/perencanaan/skp/{id}", $"/perencanaan/skp/{id}/rhk/{rhk1}?handler=Hapus",
            new() { ["versi"] = v.ToString() });
        Assert.Equal(HttpStatusCode.Conflict, lama.StatusCode);
        Assert.Equal(2, (await SkpUji.MuatAsync(factory, factory.Data.Alpha.Id, id)).Rhk.Count);
    }

    [Fact]
    public async Task The_atasans_ekspektasi_form_goes_stale_when_the_pegawai_saves_meanwhile()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Serentak");
        var (id, rhk1, _) = await SkpDuaRhkAsync(akun);
        var atasan = await factory.LoginAsync(alpha.Atasan);
        var pegawai = await factory.LoginAsync(akun);
        var urlEkspektasi = $"/perencanaan/skp/{id}/ekspektasi";
        var formEkspektasi = await Html.GetAsync(atasan, urlEkspektasi);

        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{id}/rhk/{rhk1}", new() { ["Input.Teks"] = "Laporan pembinaan direvisi pegawai" })).StatusCode);

        var basi = await MasterDataForm.SubmitAsync(atasan, formEkspektasi, urlEkspektasi, new() { ["Ekspektasi[0]"] = "Melayani sekolah dalam satu hari kerja" });
        Assert.Equal(HttpStatusCode.Conflict, basi.StatusCode);
        Assert.Equal("Melayani sekolah dalam satu hari kerja", (await Html.ParseAsync(basi)).QuerySelector("#ekspektasi-0")!.TextContent.Trim());
        var skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Null(skp.Perilaku.Single(p => p.Aspek == AspekPerilaku.BerorientasiPelayanan).EkspektasiKhusus);
        Assert.Equal("Laporan pembinaan direvisi pegawai", skp.Rhk.Single(r => r.Id == rhk1).Teks);

        // Reloaded, the same text saves.
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(atasan, urlEkspektasi, new() { ["Ekspektasi[0]"] = "Melayani sekolah dalam satu hari kerja" })).StatusCode);
    }
}
