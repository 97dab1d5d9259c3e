using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Features.Organisasi.Impor;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>
/// Small limits, so the oversize test does not need a 100 MB body, and batches of two rows, so every test writes
/// several batches and a failure mid-file has committed batches before it.
/// </summary>
public sealed class ImporFactory : KinaraFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Impor:BatasUnggahMb"] = "1",
        ["Impor:UkuranBatch"] = "2",
        ["Impor:MaksBarisStruktur"] = "50",
    };
}

/// <summary>/organisasi/impor: upload checks, the background job run by hand, upsert, rejected rows, tenancy.</summary>
public sealed class ImporTests(ImporFactory factory) : IClassFixture<ImporFactory>
{
    // Valid NIPs (date of birth + TMT CPNS + gender + number) that the test data does not use.
    private const string Nip1 = "198001012005011001";
    private const string Nip2 = "198502022010012002";
    private const string Nip3 = "199003032015031003";

    [Fact]
    public async Task A_csv_of_pegawai_is_imported_and_importing_it_again_changes_nothing()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var csv = "nip_baru;nama;gelar_depan;gelar_belakang;jenis_pegawai_nama;gol_akhir_nama;jabatan_id;unor_id;email;nomor_hp;tanggal_lahir;kedudukan_hukum_nama\n" +
                  $"{Nip1};Rina Wulandari;;S.Pd.;PNS;III/b;STAF;BIDANG;rina@contoh.go.id;081234567890;01-01-1980;Aktif\n" +
                  $"{Nip2};Bambang Sutrisno;Dr.;M.Si.;PNS;IV/a;KABID;BIDANG;;;1985-02-02;Pensiun\n";

        var job = await UploadAndRunAsync(client, JenisImpor.Pegawai, "pegawai.csv", csv);
        Assert.Equal(StatusImpor.Selesai, job.Status);
        Assert.Equal((2, 2, 0, 0, 0), (job.BarisDiproses, job.Ditambah, job.Diubah, job.TidakBerubah, job.Ditolak));
        var rina = await factory.WithDbAsync(alpha.Id, db => db.Pegawai.SingleAsync(p => p.Nip == Nip1));
        Assert.Equal(("Rina Wulandari", "S.Pd.", "III/b", alpha.JabatanStafId, alpha.UnitBidangId), (rina.Nama, rina.GelarBelakang, rina.Golongan, rina.JabatanId, rina.UnitId));
        Assert.Equal((new DateOnly(1980, 1, 1), "081234567890", true), (rina.TanggalLahir, rina.NomorHp, rina.Aktif));
        var bambang = await factory.WithDbAsync(alpha.Id, db => db.Pegawai.SingleAsync(p => p.Nip == Nip2));
        Assert.False(bambang.Aktif);
        var audit = await factory.WithDbAsync(alpha.Id, db => db.Audit.Where(a => a.Entitas == nameof(Pegawai) && a.EntitasId == rina.Id.ToString()).ToListAsync());
        Assert.Equal(alpha.Admin.Nip, Assert.Single(audit).Pelaku);

        var auditSebelum = await factory.WithDbAsync(alpha.Id, db => db.Audit.CountAsync());
        var again = await UploadAndRunAsync(client, JenisImpor.Pegawai, "pegawai.csv", csv);
        Assert.Equal((2, 0, 0, 2, 0), (again.BarisDiproses, again.Ditambah, again.Diubah, again.TidakBerubah, again.Ditolak));
        Assert.Equal(auditSebelum, await factory.WithDbAsync(alpha.Id, db => db.Audit.CountAsync()));
        var sesudah = await factory.WithDbAsync(alpha.Id, db => db.Pegawai.SingleAsync(p => p.Nip == Nip1));
        Assert.Equal(rina.Versi, sesudah.Versi);
    }

    [Fact]
    public async Task An_xlsx_with_siasn_upper_case_headers_is_imported_and_unknown_columns_are_ignored()
    {
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Admin);
        var rows = new[]
        {
            new Dictionary<string, object?>
            {
                ["PNS_ID"] = "8ae48287-aaaa", ["NIP_BARU"] = Nip3, ["NAMA"] = "Dewi Lestari", ["AGAMA_NAMA"] = "Islam",
                ["JENIS_PEGAWAI_NAMA"] = "PNS", ["GOL_AKHIR_NAMA"] = "iii/c", ["UNOR_ID"] = "DINAS", ["JABATAN_ID"] = "ANALIS",
                ["TANGGAL_LAHIR"] = new DateTime(1990, 3, 3), ["EMAIL_GOV"] = "dewi@beta.go.id", ["KEDUDUKAN_HUKUM_NAMA"] = "Aktif",
            },
        };
        using var ms = new MemoryStream();
        await MiniExcel.SaveAsAsync(ms, rows);

        var job = await UploadAndRunAsync(client, JenisImpor.Pegawai, "Ekspor SIASN.xlsx", ms.ToArray());
        Assert.Equal(StatusImpor.Selesai, job.Status);
        Assert.Equal((1, 0), (job.Ditambah, job.Ditolak));
        var dewi = await factory.WithDbAsync(beta.Id, db => db.Pegawai.SingleAsync(p => p.Nip == Nip3));
        Assert.Equal(("Dewi Lestari", "III/c", "dewi@beta.go.id", new DateOnly(1990, 3, 3)), (dewi.Nama, dewi.Golongan, dewi.Email, dewi.TanggalLahir));
        Assert.Equal(beta.UnitDinasId, dewi.UnitId);
    }

    [Fact]
    public async Task A_rejected_row_is_reported_with_row_column_and_reason_and_nothing_of_it_is_written()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var existing = alpha.Atasan;
        // Row 2 is fine; row 3 renames an existing pegawai but has an unknown golongan; row 4 repeats row 2's NIP;
        // row 5 points at a unit that does not exist; row 6 has a bad NIP.
        var csv = "NIP_BARU,NAMA,GOL_AKHIR_NAMA,UNOR_ID\r\n" +
                  "198811112012121001,Sah Satu,II/c,BIDANG\r\n" +
                  $"{existing.Nip},Nama Baru Yang Salah,III/z,BIDANG\r\n" +
                  "198811112012121001,Kembar,II/c,\r\n" +
                  "198712122011011001,Unit Hilang,II/c,TIDAK-ADA\r\n" +
                  "12345,NIP Pendek,II/c,\r\n";

        var job = await UploadAndRunAsync(client, JenisImpor.Pegawai, "campur.csv", csv);
        Assert.Equal(StatusImpor.Selesai, job.Status);
        Assert.Equal((5, 1, 4), (job.BarisDiproses, job.Ditambah, job.Ditolak));
        var galat = await factory.WithDbAsync(alpha.Id, db => db.ImporGalat.Where(g => g.ImporJobId == job.Id).OrderBy(g => g.Baris).ToListAsync());
        Assert.Contains(galat, g => g is { Baris: 3, Kolom: "GOL_AKHIR_NAMA" } && g.Alasan.Contains("III/z"));
        Assert.Contains(galat, g => g is { Baris: 4, Kolom: "NIP_BARU" } && g.Alasan.Contains("sudah muncul di baris 2"));
        Assert.Contains(galat, g => g is { Baris: 5, Kolom: "UNOR_ID" } && g.Alasan.Contains("TIDAK-ADA"));
        Assert.Contains(galat, g => g is { Baris: 6, Kolom: "NIP_BARU" } && g.Alasan.Contains("18 digit"));

        var atasan = await factory.WithDbAsync(alpha.Id, db => db.Pegawai.SingleAsync(p => p.Nip == existing.Nip));
        Assert.Equal(existing.Nama, atasan.Nama);
        Assert.Equal(0, await factory.WithDbAsync(alpha.Id, db => db.Pegawai.CountAsync(p => p.Nama == "Kembar" || p.Nama == "Unit Hilang")));

        var page = await Html.GetAsync(client, $"/organisasi/impor/{job.Id}");
        Assert.Contains("sudah muncul di baris 2", page.Body!.TextContent);
        var laporan = await client.GetAsync($"/organisasi/impor/{job.Id}?handler=Laporan");
        Assert.Equal(HttpStatusCode.OK, laporan.StatusCode);
        var isi = await laporan.Content.ReadAsStringAsync();
        Assert.Contains("\"GOL_AKHIR_NAMA\"", isi);
        Assert.StartsWith("baris;kolom;jenis;alasan", isi.TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task A_birth_date_that_differs_from_the_nip_is_imported_with_a_warning_not_rejected()
    {
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Admin);
        var csv = "nip;nama;tanggal_lahir\n197703032003121004;Tanggal Beda;04/03/1977\n";

        var job = await UploadAndRunAsync(client, JenisImpor.Pegawai, "beda.csv", csv);
        Assert.Equal((1, 0), (job.Ditambah, job.Ditolak));
        var p = await factory.WithDbAsync(beta.Id, db => db.Pegawai.SingleAsync(x => x.Nip == "197703032003121004"));
        Assert.Equal(new DateOnly(1977, 3, 4), p.TanggalLahir);
        var galat = await factory.WithDbAsync(beta.Id, db => db.ImporGalat.SingleAsync(g => g.ImporJobId == job.Id));
        Assert.Equal((2, "tanggal_lahir"), (galat.Baris, galat.Kolom));
        Assert.StartsWith("Peringatan: tanggal lahir 04-03-1977 berbeda", galat.Alasan);
    }

    [Fact]
    public async Task A_csv_row_with_an_unclosed_quote_is_rejected_and_the_rows_after_it_are_imported()
    {
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Admin);
        var csv = "nip_baru,nama\n" +
                  "196601011990031001,Sebelum Kutip\n" +
                  "196602021990031002,Ahmad \"Udin\" Saputra\n" +
                  "196603031990031003,\"Kutip Terbuka\n" +
                  "196604041990031004,Sesudah Kutip\n";

        var job = await UploadAndRunAsync(client, JenisImpor.Pegawai, "kutip.csv", csv);
        Assert.Equal((4, 3, 1), (job.BarisDiproses, job.Ditambah, job.Ditolak));
        var galat = await factory.WithDbAsync(beta.Id, db => db.ImporGalat.SingleAsync(g => g.ImporJobId == job.Id));
        Assert.Equal(4, galat.Baris);
        Assert.Contains("tanda kutip", galat.Alasan);
        var nama = await factory.WithDbAsync(beta.Id, db => db.Pegawai.Where(p => p.Nip.StartsWith("19660")).Select(p => p.Nama).ToListAsync());
        Assert.Equal(["Ahmad \"Udin\" Saputra", "Sebelum Kutip", "Sesudah Kutip"], nama.Order());
    }

    [Fact]
    public async Task A_file_that_breaks_mid_way_fails_with_a_message_and_the_batches_before_it_stay()
    {
        var alpha = factory.Data.Alpha;
        // Rows 2-5 are fine; row 6 is a 2 MB line, beyond what the reader accepts as one record.
        var isi = Encoding.UTF8.GetBytes("nip_baru,nama\n196701011990031001,Satu\n196701021990031002,Dua\n196701031990031003,Tiga\n196701041990031004,Empat\n"
            + "196701051990031005," + new string('x', 2 * 1024 * 1024) + "\n196701061990031006,Enam\n");
        var id = await QueueDirectlyAsync(alpha.Id, JenisImpor.Pegawai, "rusak.csv", isi);

        var job = await RunAsync(id);
        Assert.Equal(StatusImpor.Gagal, job.Status);
        Assert.Equal(4, job.Ditambah);
        Assert.Contains("4 baris yang diproses sebelumnya sudah tersimpan", job.Pesan);
        Assert.Equal(4, await factory.WithDbAsync(alpha.Id, db => db.Pegawai.CountAsync(p => p.Nip.StartsWith("1967010"))));

        var page = await Html.GetAsync(await factory.LoginAsync(alpha.Admin), $"/organisasi/impor/{id}");
        Assert.Contains("Impor berhenti", Html.Messages(page));
    }

    [Fact]
    public async Task A_unit_file_over_the_row_cap_fails_and_writes_nothing()
    {
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Admin);
        var csv = "kode,nama\n" + string.Concat(Enumerable.Range(1, 60).Select(i => $"CAP{i},Unit {i}\n"));

        var job = await UploadAndRunAsync(client, JenisImpor.Unit, "banyak.csv", csv);
        Assert.Equal(StatusImpor.Gagal, job.Status);
        Assert.Contains("lebih dari 50 baris", job.Pesan);
        Assert.Contains("Tidak ada data yang diubah", job.Pesan);
        Assert.Equal(0, await factory.WithDbAsync(beta.Id, db => db.Unit.CountAsync(u => u.Kode.StartsWith("CAP"))));
    }

    [Fact]
    public async Task A_csv_saved_by_excel_as_windows_1252_keeps_its_accented_letters()
    {
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Admin);
        // "José Mu’min" in Windows-1252: é is 0xE9 and ’ is 0x92, both invalid as UTF-8.
        var isi = Encoding.ASCII.GetBytes("nip_baru;nama\r\n196805051990031005;Jos").Concat(new byte[] { 0xE9 })
            .Concat(Encoding.ASCII.GetBytes(" Mu")).Concat(new byte[] { 0x92 }).Concat(Encoding.ASCII.GetBytes("min\r\n")).ToArray();

        var job = await UploadAndRunAsync(client, JenisImpor.Pegawai, "excel-ansi.csv", isi);
        Assert.Equal(1, job.Ditambah);
        var p = await factory.WithDbAsync(beta.Id, db => db.Pegawai.SingleAsync(x => x.Nip == "196805051990031005"));
        Assert.Equal("José Mu\u2019min", p.Nama);
    }

    [Fact]
    public async Task Units_are_imported_parents_after_children_and_a_cycle_is_rejected()
    {
        var beta = factory.Data.Beta;
        var client = await factory.LoginAsync(beta.Admin);
        var csv = "kode,nama,induk_kode,jenis\n" +
                  "SEKSI-X,Seksi X,BIDANG-X,\n" +
                  "BIDANG-X,Bidang X,DINAS-X,\n" +
                  "DINAS-X,Dinas X,,\n" +
                  "LOOP-A,Lingkar A,LOOP-B,bidang\n" +
                  "LOOP-B,Lingkar B,LOOP-A,bidang\n" +
                  "UPT-1,Sekolah 1,DINAS,upt\n";

        var job = await UploadAndRunAsync(client, JenisImpor.Unit, "unit.csv", csv);
        Assert.Equal((4, 2), (job.Ditambah, job.Ditolak));
        var units = await factory.WithDbAsync(beta.Id, db => db.Unit.ToDictionaryAsync(u => u.Kode));
        Assert.Equal(units["BIDANG-X"].Id, units["SEKSI-X"].IndukId);
        Assert.Equal(units["DINAS-X"].Id, units["BIDANG-X"].IndukId);
        Assert.Equal((JenisUnit.PerangkatDaerah, JenisUnit.Bidang, JenisUnit.Seksi), (units["DINAS-X"].Jenis, units["BIDANG-X"].Jenis, units["SEKSI-X"].Jenis));
        Assert.Equal((beta.UnitDinasId, JenisUnit.Upt), (units["UPT-1"].IndukId, units["UPT-1"].Jenis));
        Assert.False(units.ContainsKey("LOOP-A") || units.ContainsKey("LOOP-B"));
        var galat = await factory.WithDbAsync(beta.Id, db => db.ImporGalat.Where(g => g.ImporJobId == job.Id).ToListAsync());
        Assert.All(galat, g => Assert.Contains("lingkaran", g.Alasan));
    }

    [Fact]
    public async Task Jabatan_from_siasn_are_imported_with_struktural_decided_by_eselon()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var csv = "JABATAN_ID;JABATAN_NAMA;JENIS_JABATAN_NAMA;ESELON;KELAS_JABATAN;UNOR_ID;ATASAN_KODE\n" +
                  "KASI-X;Kepala Seksi X;Struktural;IV.a;9;BIDANG;KABID\n" +
                  "GURU-X;Guru Ahli Muda;Fungsional Tertentu;;9;DINAS;KADIN\n" +
                  "PELAKSANA-X;Pengolah Data;Fungsional Umum;;6;BIDANG;KASI-X\n" +
                  "TANPA-ESELON;Kepala Entah;Struktural;;;;\n";

        var job = await UploadAndRunAsync(client, JenisImpor.Jabatan, "jabatan.csv", csv);
        Assert.Equal((3, 1), (job.Ditambah, job.Ditolak));
        var jabatan = await factory.WithDbAsync(alpha.Id, db => db.Jabatan.ToDictionaryAsync(j => j.Kode));
        Assert.Equal((JenisJabatan.Pengawas, alpha.JabatanKabidId, 9), (jabatan["KASI-X"].Jenis, jabatan["KASI-X"].AtasanJabatanId, jabatan["KASI-X"].KelasJabatan));
        Assert.Equal(JenisJabatan.Fungsional, jabatan["GURU-X"].Jenis);
        Assert.Equal((JenisJabatan.Pelaksana, jabatan["KASI-X"].Id), (jabatan["PELAKSANA-X"].Jenis, jabatan["PELAKSANA-X"].AtasanJabatanId));
        var galat = await factory.WithDbAsync(alpha.Id, db => db.ImporGalat.SingleAsync(g => g.ImporJobId == job.Id));
        Assert.Equal((5, "ESELON"), (galat.Baris, galat.Kolom));
    }

    [Fact]
    public async Task A_csv_without_the_required_columns_is_refused_with_400_listing_them()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var response = await UploadAsync(client, JenisImpor.Pegawai, "salah.csv", "nomor;nama_lengkap;alamat\n1;Budi;Jl. Mawar\n");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var pesan = Html.Messages(await Html.ParseAsync(response));
        Assert.Contains("Kolom wajib tidak ditemukan: nip_baru, nama", pesan);
        Assert.Contains("Kolom di berkas: nomor, nama_lengkap, alamat", pesan);
        Assert.Equal(0, await JobCountAsync(factory.Data.Alpha.Id, "salah.csv"));

        // The template offered on the page has the right header.
        var templat = await client.GetStringAsync("/organisasi/impor?handler=Templat&jenis=Pegawai");
        Assert.StartsWith("nip_baru;nama;gelar_depan;", templat.TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task A_pdf_renamed_to_xlsx_is_refused_with_415()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        var response = await UploadAsync(client, JenisImpor.Pegawai, "data.xlsx", pdf);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("bukan berkas Excel", Html.Messages(await Html.ParseAsync(response)));

        var image = await UploadAsync(client, JenisImpor.Pegawai, "data.csv", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, image.StatusCode);
        Assert.Equal(0, await JobCountAsync(factory.Data.Alpha.Id, "data.xlsx") + await JobCountAsync(factory.Data.Alpha.Id, "data.csv"));
    }

    [Fact]
    public async Task An_xlsx_that_is_a_zip_bomb_is_refused_before_it_is_opened()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var w = zip.CreateEntry("xl/workbook.xml").Open())
            {
                await w.WriteAsync("<workbook/>"u8.ToArray());
            }
            // 64 MB of zeros compress to about 64 KB: a ratio of 1000:1.
            await using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var nol = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                await sheet.WriteAsync(nol);
            }
        }
        Assert.True(ms.Length < 1024 * 1024);
        var response = await UploadAsync(client, JenisImpor.Pegawai, "bom.xlsx", ms.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("zip bomb", Html.Messages(await Html.ParseAsync(response)));
        Assert.Equal(0, await JobCountAsync(factory.Data.Alpha.Id, "bom.xlsx"));
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_gets_413_with_a_message()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var besar = Encoding.ASCII.GetBytes("nip_baru,nama\n" + string.Concat(Enumerable.Repeat("198001012005011001,Nama Panjang Sekali\n", 60_000)));
        Assert.True(besar.Length > 2 * 1024 * 1024);
        var response = await UploadAsync(client, JenisImpor.Pegawai, "besar.csv", besar);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Batas unggah 1 MB", Html.Messages(await Html.ParseAsync(response)));
        Assert.Equal(0, await JobCountAsync(factory.Data.Alpha.Id, "besar.csv"));
    }

    [Fact]
    public async Task A_pegawai_without_the_admin_role_cannot_open_or_post_the_import()
    {
        var client = await factory.LoginAsync(factory.Data.Alpha.Pegawai);
        var get = await client.GetAsync("/organisasi/impor");
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.StartsWith("/akses-ditolak", get.Headers.Location!.PathAndQuery);
        var denied = await client.GetAsync(get.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        using var form = new MultipartFormDataContent { { new StringContent("Pegawai"), "Jenis" }, { new ByteArrayContent("nip_baru,nama\n"u8.ToArray()), "Berkas", "x.csv" } };
        var post = await client.PostAsync("/organisasi/impor", form);
        Assert.StartsWith("/akses-ditolak", post.Headers.Location!.PathAndQuery);
        Assert.Equal(0, await JobCountAsync(factory.Data.Alpha.Id, "x.csv"));
    }

    [Fact]
    public async Task Another_instansis_import_job_is_not_found()
    {
        var alpha = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var response = await UploadAsync(alpha, JenisImpor.Unit, "rahasia.csv", "kode,nama\nR1,Unit Rahasia\n");
        var url = response.Headers.Location!.OriginalString;

        var beta = await factory.LoginAsync(factory.Data.Beta.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync(url + "?handler=Progres")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync(url + "?handler=Laporan")).StatusCode);
        var list = await Html.GetAsync(beta, "/organisasi/impor");
        Assert.DoesNotContain("rahasia.csv", list.Body!.TextContent);
    }

    [Fact]
    public async Task The_progress_fragment_polls_while_queued_and_asks_for_a_reload_when_done()
    {
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        var response = await UploadAsync(client, JenisImpor.Unit, "progres.csv", "kode,nama\nP1,Unit P1\n");
        var url = response.Headers.Location!.OriginalString;
        var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);

        var page = await Html.GetAsync(client, url);
        var poll = page.QuerySelector("#progres")!;
        Assert.Equal("every 1s", poll.GetAttribute("hx-trigger"));
        Assert.Equal("0", page.QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow"));

        await RunAsync(id);
        using var request = new HttpRequestMessage(HttpMethod.Get, url + "?handler=Progres");
        request.Headers.Add("HX-Request", "true");
        var fragment = await client.SendAsync(request);
        Assert.Equal("true", fragment.Headers.GetValues("HX-Refresh").Single());
        var done = await Html.GetAsync(client, url);
        Assert.Null(done.QuerySelector("#progres")!.GetAttribute("hx-trigger"));
        Assert.Equal("100", done.QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow"));
    }

    [Fact]
    public async Task A_job_leased_by_another_node_is_not_run_until_its_lease_expires()
    {
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        var response = await UploadAsync(client, JenisImpor.Unit, "lease.csv", "kode,nama\nL1,Unit L1\n");
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var beta = factory.Data.Beta.Id;
        await factory.WithDbAsync(beta, db => db.ImporJob.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.PemegangLease, "node-lain").SetProperty(j => j.LeaseBerakhir, DateTime.UtcNow.AddMinutes(5))));

        Assert.False(await factory.Services.GetRequiredService<ImporProcessor>().RunAsync(id));
        Assert.Equal(0, await factory.WithDbAsync(beta, db => db.Unit.CountAsync(u => u.Kode == "L1")));

        // The other node died: once its lease has run out, this node takes the job over.
        await factory.WithDbAsync(beta, db => db.ImporJob.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, StatusImpor.Berjalan).SetProperty(j => j.LeaseBerakhir, DateTime.UtcNow.AddSeconds(-1))));
        Assert.True(await factory.Services.GetRequiredService<ImporProcessor>().RunAsync(id));
        Assert.Equal(1, await factory.WithDbAsync(beta, db => db.Unit.CountAsync(u => u.Kode == "L1")));
        Assert.False(await factory.Services.GetRequiredService<ImporProcessor>().RunAsync(id));
    }

    private async Task<ImporJob> UploadAndRunAsync(HttpClient client, JenisImpor jenis, string nama, object isi)
    {
        var response = await UploadAsync(client, jenis, nama, isi);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Html.Messages(await Html.ParseAsync(response)));
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        return await RunAsync(id);
    }

    private async Task<ImporJob> RunAsync(Guid id)
    {
        Assert.True(await factory.Services.GetRequiredService<ImporProcessor>().RunAsync(id));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Kinara.Web.Data.KinaraDbContext>();
        return await db.ImporJob.IgnoreQueryFilters().AsNoTracking().SingleAsync(j => j.Id == id);
    }

    /// <summary>Posts the upload form like a browser: the token from the page, then multipart with the file.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, JenisImpor jenis, string nama, object isi)
    {
        var page = await Html.GetAsync(client, "/organisasi/impor");
        var bytes = isi as byte[] ?? Encoding.UTF8.GetBytes((string)isi);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(jenis.ToString()), "Jenis" },
            { file, "Berkas", nama },
        };
        return await client.PostAsync("/organisasi/impor", form);
    }

    /// <summary>Stores a file and queues its job without the upload checks, as if the file had changed after it was accepted.</summary>
    private async Task<Guid> QueueDirectlyAsync(Guid instansiId, JenisImpor jenis, string nama, byte[] isi)
    {
        var key = await factory.Services.GetRequiredService<Kinara.Web.Infrastructure.Files.IFileStorage>().SaveAsync(instansiId, "impor", new MemoryStream(isi));
        var job = new ImporJob { InstansiId = instansiId, Jenis = jenis, NamaBerkas = nama, LokasiBerkas = key, UkuranBerkas = isi.Length, DibuatOlehNip = "test", DibuatPada = DateTime.UtcNow };
        await factory.WithDbAsync(instansiId, db => { db.ImporJob.Add(job); return db.SaveChangesAsync(); });
        return job.Id;
    }

    private Task<int> JobCountAsync(Guid instansiId, string nama) =>
        factory.WithDbAsync(instansiId, db => db.ImporJob.CountAsync(j => j.NamaBerkas == nama));
}
