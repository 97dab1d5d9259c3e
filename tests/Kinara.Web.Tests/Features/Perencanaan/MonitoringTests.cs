using System.Net;
using System.Text.RegularExpressions;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>/perencanaan/monitoring: how far each unit is with this year's SKP, the names behind each count, and .xlsx.</summary>
public sealed class MonitoringTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private const string Bidang = "Bidang Uji Monitoring";
    private static readonly SemaphoreSlim Kunci = new(1, 1);
    private static readonly Dictionary<KinaraFactory, Guid> Disiapkan = [];

    /// <summary>
    /// Under beta's dinas: a bidang (and a seksi below it) whose pegawai cover every status once or twice, plus the cases that
    /// must not be counted twice or at all. Expected: 8 active pegawai = 2 none, 1 draft, 2 submitted, 1 returned, 2 approved.
    /// </summary>
    private async Task<Guid> SiapkanAsync()
    {
        await Kunci.WaitAsync();
        try
        {
            if (Disiapkan.TryGetValue(factory, out var ada))
            {
                return ada;
            }
            var beta = factory.Data.Beta;
            var bidang = new UnitOrganisasi { InstansiId = beta.Id, Kode = "UJI-MON", Nama = Bidang, Jenis = JenisUnit.Bidang };
            bidang.SetInduk(beta.UnitDinasId, _ => null);
            var seksi = new UnitOrganisasi { InstansiId = beta.Id, Kode = "UJI-MON-1", Nama = "Seksi Uji Monitoring", Jenis = JenisUnit.Seksi };
            seksi.SetInduk(bidang.Id, id => id == bidang.Id ? beta.UnitDinasId : null);
            var nomor = 0;
            Pegawai Orang(string nama, UnitOrganisasi unit, bool aktif = true) => new()
            {
                InstansiId = beta.Id, Nip = $"19910101201501{++nomor:0000}", Nama = nama, UnitId = unit.Id, Aktif = aktif, JabatanId = beta.JabatanStafId,
            };
            var orang = new[]
            {
                Orang("Uji Belum", bidang), Orang("Uji Draf", bidang), Orang("Uji Diajukan", bidang), Orang("Uji Menunggu Reviu", bidang),
                Orang("Uji Dikembalikan", bidang), Orang("Uji Revisi Disetujui", bidang), Orang("Uji Revisi Berjalan", seksi),
                Orang("Uji Nonaktif", bidang, aktif: false), Orang("Uji Tahun Lalu", seksi),
            };
            var posisi = RencanaUji.Posisi(beta.JabatanStafId, "Staf", JenisJabatan.Pelaksana, bidang.Id, beta.Atasan);
            Skp SkpUji(Pegawai p)
            {
                var s = RencanaUji.Buat(beta.Id, p.Id, posisi);
                RencanaUji.Rhk(s, "RHK uji monitoring", Guid.CreateVersion7());
                return s;
            }
            var skp = new List<Skp> { SkpUji(orang[1]) };
            var diajukan = SkpUji(orang[2]);
            diajukan.Ajukan(posisi, false, DateTime.UtcNow);
            var reviu = SkpUji(orang[3]);
            reviu.Ajukan(posisi, true, DateTime.UtcNow);
            var kembali = SkpUji(orang[4]);
            kembali.Ajukan(posisi, false, DateTime.UtcNow);
            kembali.Kembalikan(beta.Atasan.PegawaiId, "Perbaiki target");
            // An approved SKP replaced by its approved revision: one pegawai, counted once, as approved.
            var v1 = SkpUji(orang[5]).Setujui(posisi);
            var v2 = v1.BuatRevisi(DateTime.UtcNow).Setujui(posisi);
            v1.Gantikan();
            // An approved SKP with a revision still in draft: the approved one is in force.
            var berlaku = SkpUji(orang[6]).Setujui(posisi);
            var draf = berlaku.BuatRevisi(DateTime.UtcNow);
            var nonaktif = SkpUji(orang[7]).Setujui(posisi);
            var lalu = Skp.Buat(beta.Id, orang[8].Id, new(RencanaUji.Tahun - 1, 1, 1), new(RencanaUji.Tahun - 1, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
            skp.AddRange([diajukan, reviu, kembali, v1, v2, berlaku, draf, nonaktif, lalu]);
            await factory.WithDbAsync(beta.Id, db =>
            {
                db.Unit.AddRange(bidang, seksi);
                db.Pegawai.AddRange(orang);
                db.Skp.AddRange(skp);
                return db.SaveChangesAsync();
            });
            return Disiapkan[factory] = bidang.Id;
        }
        finally
        {
            Kunci.Release();
        }
    }

    private static int Angka(AngleSharp.Dom.IElement row, string label) =>
        int.Parse(Regex.Match(row.QuerySelector($"td[data-label='{label}']")!.TextContent, @"\d+").Value);

    [Fact]
    public async Task Counts_per_status_are_right_and_a_replaced_version_is_not_counted_twice()
    {
        var bidang = await SiapkanAsync();
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Pimpinan);
        var page = await Html.GetAsync(client, $"/perencanaan/monitoring?tahun={RencanaUji.Tahun}&unit={beta.UnitDinasId}");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(Bidang));
        Assert.Equal((8, 2, 1, 2, 1, 2),
            (Angka(row, "Pegawai"), Angka(row, "Belum ada SKP"), Angka(row, "Draf"), Angka(row, "Diajukan"), Angka(row, "Dikembalikan"), Angka(row, "Disetujui")));
        Assert.Contains("25,0% disetujui", row.TextContent);
        // The bidang has a seksi below it, so it drills down; there the seksi and the bidang's own pegawai are separate rows.
        Assert.NotNull(row.QuerySelector($"a[href*='unit={bidang}']"));
        var drill = await Html.GetAsync(client, $"/perencanaan/monitoring?tahun={RencanaUji.Tahun}&unit={bidang}");
        var seksi = drill.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Seksi Uji Monitoring"));
        Assert.Equal((2, 1, 1), (Angka(seksi, "Pegawai"), Angka(seksi, "Belum ada SKP"), Angka(seksi, "Disetujui")));
        var langsung = drill.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Langsung di"));
        Assert.Equal(6, Angka(langsung, "Pegawai"));
    }

    [Fact]
    public async Task The_names_behind_a_count_are_listed_and_the_lists_download_as_xlsx()
    {
        var bidang = await SiapkanAsync();
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        var names = await Html.GetAsync(client, $"/perencanaan/monitoring/nama?tahun={RencanaUji.Tahun}&unit={bidang}&status=diajukan");
        var rows = names.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("Uji Diajukan") && r.Contains("Diajukan"));
        Assert.Contains(rows, r => r.Contains("Uji Menunggu Reviu") && r.Contains("Menunggu reviu"));
        var belum = await Html.GetAsync(client, $"/perencanaan/monitoring/nama?tahun={RencanaUji.Tahun}&unit={bidang}&status=belum");
        Assert.Equal(["Uji Belum", "Uji Tahun Lalu"], belum.QuerySelectorAll("tbody tr span.fw-semibold").Select(e => e.TextContent).Order());

        var file = await client.GetAsync($"/perencanaan/monitoring/nama?tahun={RencanaUji.Tahun}&unit={bidang}&handler=Unduh");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", file.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        await using (var stream = await file.Content.ReadAsStreamAsync())
        {
            var xlsx = MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(8, xlsx.Count);
            var revisi = xlsx.Single(r => (string)r["Nama"] == "Uji Revisi Disetujui");
            Assert.Equal("Disetujui", revisi["Status SKP"]);
            Assert.Equal(factory.Data.Beta.Atasan.Nama, revisi["Pejabat penilai"]);
        }

        var table = await client.GetAsync($"/perencanaan/monitoring?tahun={RencanaUji.Tahun}&unit={factory.Data.Beta.UnitDinasId}&handler=Unduh");
        await using (var stream = await table.Content.ReadAsStreamAsync())
        {
            var xlsx = MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
            var row = xlsx.Single(r => (string)r["Unit"] == Bidang);
            Assert.Equal((8d, 2d, 2d), (Convert.ToDouble(row["Pegawai aktif"]), Convert.ToDouble(row["Belum ada SKP"]), Convert.ToDouble(row["Disetujui"])));
            Assert.Equal("Jumlah", xlsx[^1]["Unit"]);
        }
    }

    [Fact]
    public async Task Both_orders_of_a_level_list_the_same_rows_from_one_count()
    {
        await SiapkanAsync();
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Admin);
        var url = $"/perencanaan/monitoring?tahun={RencanaUji.Tahun}&unit={beta.UnitDinasId}";
        var nama = Baris(await Html.GetAsync(client, url));
        List<(string Nama, int Pegawai, int Disetujui, double Persen)> capaian;
        using (var hitung = new HitungKueri(factory))
        {
            capaian = Baris(await Html.GetAsync(client, url + "&urut=capaian"));
            Assert.Equal(0, MonitoringCacheTests.KueriHitung(hitung)); // the other order of figures already counted
        }
        Assert.True(nama.Count >= 3, string.Join(" | ", nama)); // the dinas's own pegawai, Bidang Pembinaan SD, the test bidang
        Assert.Equal(nama.OrderBy(b => b.Nama), capaian.OrderBy(b => b.Nama));
        // The dinas's own pegawai come first in both orders; then by name, or by the share approved (lowest first).
        Assert.StartsWith("Langsung di", nama[0].Nama);
        Assert.Equal(nama[0], capaian[0]);
        Assert.Equal(nama.Skip(1).OrderBy(b => b.Nama, StringComparer.Create(new("id-ID"), false)).ToList(), nama.Skip(1).ToList());
        Assert.Equal(capaian.Skip(1).OrderBy(b => b.Persen).ThenBy(b => b.Nama, StringComparer.Create(new("id-ID"), false)).ToList(),
            capaian.Skip(1).ToList());
        Assert.Contains(nama, b => b.Nama == Bidang && b.Persen == 25.0);

        static List<(string Nama, int Pegawai, int Disetujui, double Persen)> Baris(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll("tbody tr").Select(r => (
                r.QuerySelector("td[data-label='Unit']")!.TextContent.Trim(), Angka(r, "Pegawai"), Angka(r, "Disetujui"),
                double.Parse(Regex.Match(r.TextContent, @"([\d,]+)% disetujui").Groups[1].Value, new System.Globalization.CultureInfo("id-ID"))))
            .ToList();
    }

    [Fact]
    public async Task A_pegawai_cannot_open_the_monitoring_and_another_instansi_gets_404()
    {
        var bidang = await SiapkanAsync();
        var pegawai = await factory.LoginAsync(factory.Data.Beta.Atasan);
        foreach (var url in new[] { "/perencanaan/monitoring", "/perencanaan/monitoring/nama", "/perencanaan/monitoring?handler=Unduh" })
        {
            var response = await pegawai.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/akses-ditolak", response.Headers.Location!.PathAndQuery);
        }
        var alpha = await factory.LoginAsync(factory.Data.Alpha.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await alpha.GetAsync($"/perencanaan/monitoring?unit={bidang}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alpha.GetAsync($"/perencanaan/monitoring/nama?unit={bidang}&handler=Unduh")).StatusCode);
        Assert.DoesNotContain("Uji Belum", await alpha.GetStringAsync($"/perencanaan/monitoring/nama?tahun={RencanaUji.Tahun}&status=belum"));
    }
}
