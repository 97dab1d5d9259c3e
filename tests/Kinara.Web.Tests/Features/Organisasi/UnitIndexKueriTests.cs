using Kinara.Domain.Organisasi;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>The admin's unit list: one query per page (the total rides along), the induk's name, and a page past the end.</summary>
public sealed class UnitIndexKueriTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task A_page_of_the_unit_list_is_one_query_and_a_page_past_the_end_shows_the_last_page()
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
            Assert.Equal(1, hitung.Perintah.Count(p => !p.Contains("audit", StringComparison.OrdinalIgnoreCase) && !p.Contains("impor_job", StringComparison.OrdinalIgnoreCase)));
            Assert.Equal(25, pertama.QuerySelectorAll("tbody tr").Length);
            Assert.Contains("Puskesmas 01 Alpha", pertama.QuerySelectorAll("tbody tr")[0].TextContent);
            Assert.Contains("Dinas Pendidikan alpha", pertama.QuerySelectorAll("tbody tr")[0].TextContent); // the induk's name
            Assert.NotNull(pertama.QuerySelector("a[rel=next]"));
        }

        var lewat = await Html.GetAsync(admin, "/organisasi/unit?q=puskesmas&hal=9");
        Assert.Equal(2, lewat.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Puskesmas 27 Alpha", lewat.Body!.TextContent);
        var kosong = await Html.GetAsync(admin, "/organisasi/unit?q=tidak-ada-unit-seperti-ini");
        Assert.Empty(kosong.QuerySelectorAll("tbody tr"));
    }
}
