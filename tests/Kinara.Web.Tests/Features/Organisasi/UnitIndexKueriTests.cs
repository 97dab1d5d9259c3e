using Microsoft.EntityFrameworkCore;
using Kinara.Domain.Organisasi;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>
/// The admin's unit list: read from the structure in memory (no query once it is built), fresh after a change, with the
/// induk's name and the active pegawai count, and a page past the end.
/// </summary>
public sealed class UnitIndexKueriTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task A_page_of_the_unit_list_runs_no_query_shows_fresh_data_and_a_page_past_the_end_shows_the_last_page()
    {
        var alpha = factory.Data.Alpha;
        await factory.WithDbAsync(alpha.Id, async db =>
        {
            for (var i = 1; i <= 27; i++)
            {
                var u = new UnitOrganisasi { Kode = $"PKM-{i:00}", Nama = $"Puskesmas {i:00} Alpha", Jenis = JenisUnit.Upt };
                u.SetInduk(alpha.UnitDinasId, _ => null);
                db.Unit.Add(u);
            }
            await db.SaveChangesAsync();
        });
        var admin = await factory.LoginAsync(alpha.Admin);
        await Html.GetAsync(admin, "/organisasi/unit?q=puskesmas");

        using (var hitung = new HitungKueri(factory))
        {
            var pertama = await Html.GetAsync(admin, "/organisasi/unit?q=puskesmas");
            Assert.True(hitung.Jumlah == 0, hitung.ToString());
            Assert.Equal(25, pertama.QuerySelectorAll("tbody tr").Length);
            Assert.Contains("Puskesmas 01 Alpha", pertama.QuerySelectorAll("tbody tr")[0].TextContent);
            Assert.Contains("Dinas Pendidikan alpha", pertama.QuerySelectorAll("tbody tr")[0].TextContent); // the induk's name
            Assert.NotNull(pertama.QuerySelector("a[rel=next]"));
        }

        // A change committed behind the page (here: straight through a DbContext) shows on the next view, with the count of
        // active pegawai placed in the unit.
        var pkm1 = await factory.WithDbAsync(alpha.Id, async db =>
        {
            var unit = await db.Unit.SingleAsync(u => u.Kode == "PKM-01");
            unit.Nama = "Puskesmas 01 Alpha Baru";
            var pegawai = await db.Pegawai.FirstAsync(p => p.Aktif);
            pegawai.UnitId = unit.Id;
            await db.SaveChangesAsync();
            return unit.Id;
        });
        var baru = await Html.GetAsync(admin, "/organisasi/unit?q=alpha%20baru");
        Assert.Single(baru.QuerySelectorAll("tbody tr"));
        Assert.Contains("Puskesmas 01 Alpha Baru", baru.QuerySelector("tbody tr")!.TextContent);
        Assert.Contains($"/organisasi/unit/{pkm1}/ubah", baru.QuerySelector("tbody tr")!.InnerHtml);
        Assert.Equal("1", baru.QuerySelector("tbody tr td[data-label='Pegawai aktif']")?.TextContent.Trim());

        // Numbers in names sort as numbers, as a person reads them: Posyandu 2 before Posyandu 10.
        await factory.WithDbAsync(alpha.Id, async db =>
        {
            foreach (var n in new[] { 10, 2, 1 })
            {
                var u = new UnitOrganisasi { Kode = $"PSY-{n}", Nama = $"Posyandu {n} Alpha", Jenis = JenisUnit.Upt };
                u.SetInduk(alpha.UnitDinasId, _ => null);
                db.Unit.Add(u);
            }
            await db.SaveChangesAsync();
        });
        var posyandu = await Html.GetAsync(admin, "/organisasi/unit?q=posyandu");
        Assert.Equal(["Posyandu 1 Alpha", "Posyandu 2 Alpha", "Posyandu 10 Alpha"],
            posyandu.QuerySelectorAll("tbody tr td[data-label='Nama unit']").Select(td => td.TextContent.Trim()));

        var lewat = await Html.GetAsync(admin, "/organisasi/unit?q=puskesmas&hal=9");
        Assert.Equal(2, lewat.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Puskesmas 27 Alpha", lewat.Body!.TextContent);
        var kosong = await Html.GetAsync(admin, "/organisasi/unit?q=tidak-ada-unit-seperti-ini");
        Assert.Empty(kosong.QuerySelectorAll("tbody tr"));
    }
}
