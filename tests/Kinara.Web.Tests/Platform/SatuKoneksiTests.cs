using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Perencanaan;
using Kinara.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Kinara.Web.Tests.Platform;

/// <summary>
/// Under load a request waits for a pooled connection each time it takes one (bench/RESULTS.md, session 9), so a page
/// that reads several times reads on one connection ([SatuKoneksi]), and a page that reads nothing takes none.
/// Rendering must not read either: a lazy query in a view would be a second opening.
/// </summary>
public sealed class SatuKoneksiTests(KinaraFactory factory, ITestOutputHelper output) : IClassFixture<KinaraFactory>
{
    public static TheoryData<string, string> Halaman => new()
    {
        { "admin", "/organisasi/akun" }, { "admin", "/organisasi/akun/baru" }, { "admin", "/organisasi/akun/{pegawai.akun}" },
        { "admin", "/organisasi/jabatan" }, { "admin", "/organisasi/jabatan/baru" }, { "admin", "/organisasi/jabatan/{jabatan}/ubah" },
        { "admin", "/organisasi/pegawai" }, { "admin", "/organisasi/pegawai/baru" }, { "admin", "/organisasi/pegawai/{pegawai}" },
        { "admin", "/organisasi/pegawai/{pegawai}/ubah" },
        { "admin", "/organisasi/unit" }, { "admin", "/organisasi/unit/pohon" }, { "admin", "/organisasi/unit/baru" }, { "admin", "/organisasi/unit/{unit}/ubah" },
        { "admin", "/organisasi/plt" }, { "admin", "/organisasi/plt/baru" }, { "admin", "/organisasi/impor" },
        { "admin", "/perencanaan/kaskade" }, { "admin", "/perencanaan/monitoring" }, { "admin", "/perencanaan/monitoring/nama" },
        { "admin", "/perencanaan/pustaka" }, { "admin", "/perencanaan/pustaka/baru" }, { "admin", "/perencanaan/sasaran" },
        { "admin", "/perencanaan/sasaran/baru" }, { "admin", "/perencanaan/tim" }, { "admin", "/perencanaan/tim/baru" },
        { "admin", "/audit" }, { "admin", "/audit/1" },
        { "atasan", "/perencanaan/tim/{tim}" }, { "atasan", "/perencanaan/tim/{tim}/ubah" },
        { "atasan", "/" }, { "atasan", "/perencanaan/skp-bawahan" }, { "atasan", "/perencanaan/matriks" }, { "atasan", "/perencanaan/kaskade" },
        { "pegawai", "/" }, { "pegawai", "/perencanaan/skp" }, { "pegawai", "/perencanaan/skp/baru" },
        { "pegawai", "/akun/kata-sandi" }, { "pegawai", "/akun/dua-faktor" },
    };

    [Theory]
    [MemberData(nameof(Halaman))]
    public async Task A_page_reads_on_at_most_one_connection(string peran, string url)
    {
        var alpha = factory.Data.Alpha;
        var akun = peran switch { "admin" => alpha.Admin, "atasan" => alpha.Atasan, _ => alpha.Pegawai };
        url = url.Replace("{pegawai.akun}", alpha.Pegawai.UserId.ToString())
            .Replace("{pegawai}", alpha.Pegawai.PegawaiId.ToString())
            .Replace("{jabatan}", alpha.JabatanStafId.ToString())
            .Replace("{unit}", alpha.UnitBidangId.ToString());
        if (url.Contains("{tim}"))
        {
            // A team formed by the atasan, who may open and edit it.
            var tim = TimKerja.Bentuk(alpha.Id, SkpUji.Tahun, "Tim Satu Koneksi " + Guid.NewGuid().ToString("N")[..6], alpha.Atasan.PegawaiId);
            tim.TetapkanKetua(alpha.Atasan.PegawaiId);
            tim.TambahAnggota(alpha.Pegawai.PegawaiId, PeranTim.Anggota);
            await factory.WithDbAsync(alpha.Id, db => { db.TimKerja.Add(tim); return db.SaveChangesAsync(); });
            url = url.Replace("{tim}", tim.Id.ToString());
        }
        var client = await factory.LoginAsync(akun);
        var pertama = await client.GetAsync(url); // the first request compiles the queries and fills the caches
        Assert.Equal(System.Net.HttpStatusCode.OK, pertama.StatusCode);

        var hitung = new HitungKueri(factory);
        var response = await client.GetAsync(url);
        hitung.Dispose();

        output.WriteLine($"{url}: {hitung.Jumlah} statements, {hitung.KoneksiDibuka} connection openings");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(hitung.Jumlah == 0 ? 0 : 1, hitung.KoneksiDibuka);
    }
}
