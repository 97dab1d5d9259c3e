using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Dokumen;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>
/// The SKP's documents (issue 3, item 7): print view, PDF, workbook, and the public verification page behind the
/// QR code, which tells whether a printed SKP is still the one in force.
/// </summary>
public sealed partial class DokumenSkpTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task The_pdf_of_an_skp_with_many_rhk_is_an_a4_pdf_of_several_pages_named_after_the_nip()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Dokumen Banyak RHK");
        var skpId = await SkpBanyakRhkAsync(alpha, akun, 15, StatusSkp.Disetujui);
        var pegawai = await factory.LoginAsync(akun);

        var response = await pegawai.GetAsync($"/perencanaan/skp/{skpId}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"SKP_{akun.Nip}_{SkpUji.Tahun}_r1.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var pdf = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", pdf);
        var halaman = HalamanPdf().Matches(pdf).Count;
        Assert.True(halaman >= 4, $"15 RHK with 3 indicators each, perilaku and lampiran should take at least 4 pages, got {halaman}");
        // Every page is A4 portrait (210 × 297 mm = 595.28 × 841.89 pt; Skia writes whole points).
        var kotak = MediaBox().Matches(pdf).Select(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(halaman, kotak.Count);
        Assert.All(kotak, k => Assert.True(Math.Abs(k[2] - 595.28) < 1 && Math.Abs(k[3] - 841.89) < 1, string.Join(" ", k)));
    }

    [Fact]
    public async Task Making_the_pdf_of_an_skp_with_fifteen_rhk_takes_well_under_a_second()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Dokumen Cepat");
        var skpId = await SkpBanyakRhkAsync(alpha, akun, 15, StatusSkp.Draft);
        var dokumen = await factory.WithDbAsync(alpha.Id, async db =>
            await DokumenSkpQuery.BangunAsync(db, await db.Skp.Lengkap().AsNoTracking().SingleAsync(s => s.Id == skpId), "https://kinara.test/verifikasi/skp/x",
                DateTime.UtcNow, default));
        var pdf = factory.Services.GetRequiredService<PdfSkp>();
        pdf.Tulis(dokumen, new MemoryStream()); // warm-up: fonts and JIT

        var waktu = Stopwatch.StartNew();
        using var keluaran = new MemoryStream();
        pdf.Tulis(dokumen, keluaran);
        waktu.Stop();

        Assert.True(keluaran.Length > 10_000);
        Assert.True(waktu.ElapsedMilliseconds < 1000, $"PDF took {waktu.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void An_rhk_taller_than_a_page_is_split_across_pages()
    {
        // The longest texts the database allows: RHK 2000 characters, indicators 2000, in a column a fifth of the page wide.
        var panjang = string.Join(' ', Enumerable.Repeat("penyusunan dokumen perencanaan kinerja", 60))[..2000];
        var indikator = Enumerable.Range(1, 6).Select(i => new IndikatorDokumen("Kualitas", $"Indikator {i}: {panjang}", "100", "%", null)).ToList();
        var orang = new Identitas("Nama Pegawai", "19850314 201001 2 003", "Penata, III/c", "Analis", "Bidang");
        var d = new DokumenSkp(Guid.NewGuid(), "Pemerintah Kota Uji", 2026, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Pendekatan.Kuantitatif,
            IsJpt: false, StatusSkp.Draft, 1, null, orang, orang, [new RhkDokumen(1, JenisRhk.Utama, panjang, panjang, null, indikator)], [],
            BerAkhlak.Semua.Select(n => new PerilakuDokumen(n, null)).ToList(),
            Enum.GetValues<JenisLampiran>().ToDictionary(j => j, j => (IReadOnlyList<string>)[]), "Uji", "https://kinara.test/verifikasi/skp/x", DateTime.UtcNow);
        using var keluaran = new MemoryStream();

        factory.Services.GetRequiredService<PdfSkp>().Tulis(d, keluaran);

        var pdf = Encoding.Latin1.GetString(keluaran.ToArray());
        // Six indicators of ~40 lines each are ~2,700 pt of table: at least four pages before perilaku and lampiran.
        Assert.True(HalamanPdf().Matches(pdf).Count >= 6, $"{HalamanPdf().Matches(pdf).Count} pages");
    }

    [Fact]
    public async Task A_draft_prints_with_the_draft_mark_and_an_approved_skp_without_it()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Dokumen Draf");
        var draf = await SkpUji.SkpLengkapAsync(factory, alpha, akun);
        var akun2 = await SkpUji.PegawaiBaruAsync(factory, alpha, "Dokumen Disetujui");
        var disetujui = await SkpUji.SkpLengkapAsync(factory, alpha, akun2, StatusSkp.Disetujui);
        var atasan = await factory.LoginAsync(alpha.Atasan);

        var cetakDraf = await Html.GetAsync(atasan, $"/perencanaan/skp/{draf}/cetak");
        Assert.NotNull(cetakDraf.QuerySelector(".tanda-draf"));
        Assert.Contains("DRAF — BELUM DISETUJUI", cetakDraf.QuerySelector("#tanda-status")!.TextContent);
        var cetakSetuju = await Html.GetAsync(atasan, $"/perencanaan/skp/{disetujui}/cetak");
        Assert.Null(cetakSetuju.QuerySelector(".tanda-draf"));
        Assert.Contains("Disetujui pejabat penilai", cetakSetuju.QuerySelector("#tanda-status")!.TextContent);
        Assert.Contains("Tersusunnya laporan pembinaan sekolah", cetakSetuju.QuerySelector("#tabel-hasil-kerja")!.TextContent);

        // The PDF says the same in its metadata (page text is compressed): the mark is there for the draft only.
        var pdfDraf = Encoding.Latin1.GetString(await atasan.GetByteArrayAsync($"/perencanaan/skp/{draf}/pdf"));
        var pdfSetuju = Encoding.Latin1.GetString(await atasan.GetByteArrayAsync($"/perencanaan/skp/{disetujui}/pdf"));
        Assert.Contains("status Draft, DRAF", pdfDraf);
        Assert.Contains("status Disetujui", pdfSetuju);
        Assert.DoesNotContain("DRAF", pdfSetuju);
    }

    [Fact]
    public async Task The_print_view_of_a_jpt_skp_has_the_jpt_columns()
    {
        var alpha = factory.Data.Alpha;
        var skpId = await factory.WithDbAsync(alpha.Id, async db =>
        {
            var posisi = new PosisiSkp(alpha.JabatanKadinId, "Kepala Dinas Pendidikan", JenisJabatan.Jpt, alpha.UnitDinasId, "Dinas Pendidikan alpha",
                null, "Bupati Alpha", null, PenilaiKepalaDaerah: true);
            var skp = Skp.Buat(alpha.Id, alpha.Pimpinan.PegawaiId, new DateOnly(SkpUji.Tahun, 1, 1), new DateOnly(SkpUji.Tahun, 6, 30), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
            var r = skp.TambahRhk(JenisRhk.Utama, "Meningkatnya mutu pendidikan dasar", penugasanDari: "Bupati");
            skp.TambahIndikator(r.Id, null, "Penerima Layanan", "Angka partisipasi murni SD", 98, null, null, "%");
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });
        var admin = await factory.LoginAsync(alpha.Admin);

        var cetak = await Html.GetAsync(admin, $"/perencanaan/skp/{skpId}/cetak");

        var kepala = cetak.QuerySelector("#tabel-hasil-kerja thead")!.TextContent;
        Assert.Contains("PERSPEKTIF", kepala);
        Assert.DoesNotContain("DIINTERVENSI", kepala);
        Assert.Contains("BAGI PEJABAT PIMPINAN TINGGI", cetak.QuerySelector(".kepala-lembar")!.TextContent);
        var isi = cetak.QuerySelector("#tabel-hasil-kerja tbody")!.TextContent;
        Assert.Contains("(penugasan dari Bupati)", isi);
        Assert.Contains("98 %", isi);
        Assert.Contains("Penerima Layanan", isi);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/perencanaan/skp/{skpId}/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_verification_token_round_trips_and_a_changed_token_is_not_recognised()
    {
        var tokens = factory.Services.GetRequiredService<TokenVerifikasi>();
        var (instansi, skp) = (Guid.NewGuid(), Guid.NewGuid());
        var token = tokens.Buat(instansi, skp, 42);

        Assert.Equal(TokenVerifikasi.PanjangTeks, token.Length);
        Assert.Equal(new IsiToken(instansi, skp, 42), tokens.Baca(token));
        Assert.Equal(token, tokens.Buat(instansi, skp, 42));
        // Any changed character (here in the SKP id, then in the version, then in the MAC) breaks it.
        foreach (var posisi in new[] { 30, 50, token.Length - 2 })
        {
            var ubah = token[..posisi] + (token[posisi] == 'A' ? 'B' : 'A') + token[(posisi + 1)..];
            Assert.Null(tokens.Baca(ubah));
        }
        Assert.Null(tokens.Baca(token[..^1]));
        Assert.Null(tokens.Baca("bukan-token"));

        var anonim = factory.CreateBrowserClient();
        var palsu = await anonim.GetAsync($"/verifikasi/skp/{token[..30]}{(token[30] == 'A' ? 'B' : 'A')}{token[31..]}");
        Assert.Equal(HttpStatusCode.NotFound, palsu.StatusCode);
        var halaman = await Html.ParseAsync(palsu);
        Assert.Equal("TidakDikenal", halaman.QuerySelector("#hasil-verifikasi")!.GetAttribute("data-hasil"));
        Assert.Contains("tidak dikenali", halaman.QuerySelector("#hasil-verifikasi")!.TextContent);
        // A well-formed token for an SKP that does not exist is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await anonim.GetAsync($"/verifikasi/skp/{token}")).StatusCode);
    }

    [Fact]
    public async Task The_verification_page_shows_status_facts_without_sign_in_and_says_when_a_newer_revision_replaced_the_print()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Verifikasi Revisi");
        var lamaId = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Disetujui, rhk: "RHK rahasia verifikasi");
        var pegawai = await factory.LoginAsync(akun);
        var url = await UrlVerifikasiAsync(pegawai, lamaId);
        Assert.StartsWith("http://localhost/verifikasi/skp/", url);
        var anonim = factory.CreateBrowserClient();

        var berlaku = await Html.GetAsync(anonim, url);
        Assert.Equal("Berlaku", berlaku.QuerySelector("#hasil-verifikasi")!.GetAttribute("data-hasil"));
        var fakta = berlaku.QuerySelector("#fakta-skp")!.TextContent;
        Assert.Contains("Verifikasi Revisi", fakta);
        Assert.Contains("Pengadministrasi Perkantoran", fakta);
        Assert.Contains("Pemerintah Kabupaten Alpha", fakta);
        Assert.Contains(alpha.Atasan.Nama, fakta);
        Assert.Contains(VerifikasiModel.Samarkan(akun.Nip), fakta);
        var semua = berlaku.DocumentElement.OuterHtml;
        Assert.DoesNotContain(akun.Nip, semua);
        Assert.DoesNotContain("RHK rahasia verifikasi", semua);
        Assert.DoesNotContain("Jumlah laporan pembinaan", semua);

        // A revision is approved: the paper in someone's hands is no longer the SKP in force.
        await factory.WithDbAsync(alpha.Id, async db =>
        {
            var lama = await db.Skp.Lengkap().SingleAsync(s => s.Id == lamaId);
            var baru = lama.BuatRevisi(DateTime.UtcNow);
            db.Skp.Add(baru);
            await db.SaveChangesAsync();
            baru.Ajukan(PosisiUji(alpha), reviuPengelola: false, DateTime.UtcNow);
            baru.Setujui(alpha.Atasan.PegawaiId, DateTime.UtcNow);
            lama.Gantikan();
            await db.SaveChangesAsync();
        });

        var diganti = await Html.GetAsync(anonim, url);
        var hasil = diganti.QuerySelector("#hasil-verifikasi")!;
        Assert.Equal("Digantikan", hasil.GetAttribute("data-hasil"));
        Assert.Contains("sudah tidak berlaku: ada revisi yang lebih baru", hasil.TextContent);
        Assert.Contains("revisi ke-2", hasil.TextContent);
    }

    [Fact]
    public async Task The_verification_page_says_when_the_skp_changed_after_printing()
    {
        var alpha = factory.Data.Alpha;
        var atasanSkp = await SkpUji.SkpAtasanAsync(factory, alpha);
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Verifikasi Berubah");
        var skpId = await SkpUji.SkpLengkapAsync(factory, alpha, akun);
        var pegawai = await factory.LoginAsync(akun);
        var url = await UrlVerifikasiAsync(pegawai, skpId);
        var anonim = factory.CreateBrowserClient();
        var draf = (await Html.GetAsync(anonim, url)).QuerySelector("#hasil-verifikasi")!;
        Assert.Equal("BelumDisetujui", draf.GetAttribute("data-hasil"));
        Assert.Contains("belum disetujui", draf.TextContent);

        // The owner adds an RHK after printing, through the normal page.
        var tambah = await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{skpId}/rhk", new()
        {
            ["Input.Jenis"] = "Tambahan", ["Input.Teks"] = "Terlaksananya pendataan sekolah", ["Input.RhkAtasanId"] = atasanSkp.RhkKedua.ToString(),
            ["Input.Cascading"] = "Langsung",
        });
        Assert.Equal(HttpStatusCode.Redirect, tambah.StatusCode);

        var berubah = (await Html.GetAsync(anonim, url)).QuerySelector("#hasil-verifikasi")!;
        Assert.Equal("Berubah", berubah.GetAttribute("data-hasil"));
        Assert.Contains("tidak sesuai dengan data terkini", berubah.TextContent);
        // A fresh print of the changed SKP verifies again.
        Assert.Equal("BelumDisetujui", (await Html.GetAsync(anonim, await UrlVerifikasiAsync(pegawai, skpId))).QuerySelector("#hasil-verifikasi")!.GetAttribute("data-hasil"));
    }

    [Fact]
    public async Task The_workbook_has_the_four_sheets_and_one_hasil_kerja_row_per_indicator()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Dokumen Excel");
        var skpId = await SkpBanyakRhkAsync(alpha, akun, 4, StatusSkp.Draft);
        var pegawai = await factory.LoginAsync(akun);

        var response = await pegawai.GetAsync($"/perencanaan/skp/{skpId}/xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Identitas", "Hasil Kerja", "Perilaku Kerja", "Lampiran"], MiniExcel.GetSheetNames(stream));
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Hasil Kerja").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4 * 3, rows.Count);
        Assert.Equal("RHK nomor 1 dari 4 untuk uji dokumen", rows[0]["Rencana hasil kerja"]);
        Assert.Equal("Meningkatnya mutu pembinaan sekolah dasar", rows[0]["RHK atasan yang diintervensi"]);
        Assert.Equal("Kuantitas", rows[0]["Aspek"]);
        Assert.Equal(12d, Convert.ToDouble(rows[0]["Target"]));
        Assert.Equal("Laporan", rows[0]["Satuan"]);
        Assert.Equal("Utama", rows[0]["Jenis"]);
        Assert.Equal(7, MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Perilaku Kerja").Count());
        var lampiran = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Lampiran").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(lampiran, l => (string?)l["Uraian"] == "Laporan triwulan kepada atasan langsung");
        var identitas = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Identitas").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(identitas, l => (string?)l["Isi"] == "Dokumen Excel");
    }

    [Fact]
    public async Task Documents_follow_the_skp_access_rules()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Dokumen Akses");
        var skpId = await SkpUji.SkpLengkapAsync(factory, alpha, akun);
        var lain = await factory.LoginAsync(await SkpUji.PegawaiBaruAsync(factory, alpha, "Pegawai Lain"));
        var asing = await factory.LoginAsync(factory.Data.Beta.Admin);
        var boleh = new[] { await factory.LoginAsync(akun), await factory.LoginAsync(alpha.Atasan), await factory.LoginAsync(alpha.Admin), await factory.LoginAsync(alpha.Auditor) };

        foreach (var jenis in new[] { "cetak", "pdf", "xlsx" })
        {
            var url = $"/perencanaan/skp/{skpId}/{jenis}";
            Assert.Equal(HttpStatusCode.Forbidden, (await lain.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await asing.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await boleh[0].GetAsync($"/perencanaan/skp/{Guid.NewGuid()}/{jenis}")).StatusCode);
            foreach (var client in boleh)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
            }
        }
        // The SKP page links to the three documents.
        var detail = await Html.GetAsync(boleh[0], $"/perencanaan/skp/{skpId}");
        var tautan = detail.QuerySelectorAll("#dokumen-skp a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/perencanaan/skp/{skpId}/cetak", $"/perencanaan/skp/{skpId}/pdf", $"/perencanaan/skp/{skpId}/xlsx"], tautan);
    }

    [Theory]
    [InlineData("198503142010012003", "1985**** ****** 2 003")]
    [InlineData("150123456", "15****456")]
    public void The_verification_page_hides_the_date_of_birth_in_the_nip(string nip, string samaran) =>
        Assert.Equal(samaran, VerifikasiModel.Samarkan(nip));

    // --- helpers ------------------------------------------------------------------------------------------------------

    [GeneratedRegex(@"/Type\s*/Page(?!s)\b")]
    private static partial Regex HalamanPdf();

    [GeneratedRegex(@"/MediaBox\s*\[([^\]]*)\]")]
    private static partial Regex MediaBox();

    private static PosisiSkp PosisiUji(TestTenant t) => new(t.JabatanStafId, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana, t.UnitBidangId,
        "Bidang Pembinaan SD", t.Atasan.PegawaiId, t.Atasan.Nama, t.Atasan.Nip);

    /// <summary>The verification address printed on the SKP (the QR code's link in the print view).</summary>
    private static async Task<string> UrlVerifikasiAsync(HttpClient client, Guid skpId) =>
        (await Html.GetAsync(client, $"/perencanaan/skp/{skpId}/cetak")).QuerySelector("a.tautan-verifikasi")!.GetAttribute("href")!;

    /// <summary>An SKP with <paramref name="jumlah"/> RHK utama of three indicators each, ekspektasi and lampiran filled in.</summary>
    private async Task<Guid> SkpBanyakRhkAsync(TestTenant t, TestAccount akun, int jumlah, StatusSkp status)
    {
        var atasan = await SkpUji.SkpAtasanAsync(factory, t);
        return await factory.WithDbAsync(t.Id, async db =>
        {
            var posisi = PosisiUji(t);
            var skp = Skp.Buat(t.Id, akun.PegawaiId, new DateOnly(SkpUji.Tahun, 1, 1), new DateOnly(SkpUji.Tahun, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
            for (var n = 1; n <= jumlah; n++)
            {
                var r = skp.TambahRhk(JenisRhk.Utama, $"RHK nomor {n} dari {jumlah} untuk uji dokumen", atasan.RhkUtama, JenisCascading.TidakLangsung);
                skp.TambahIndikator(r.Id, AspekIndikator.Kuantitas, null, "Jumlah laporan pembinaan sekolah yang disusun dan disampaikan kepada atasan", 12, null, null, "Laporan");
                skp.TambahIndikator(r.Id, AspekIndikator.Kualitas, null, "Persentase laporan yang diterima tanpa perbaikan", 90, 100, "Diukur dari catatan reviu atasan", "%");
                skp.TambahIndikator(r.Id, AspekIndikator.Waktu, null, "Ketepatan waktu penyampaian laporan", 12, null, null, "Bulan");
            }
            foreach (var nilai in BerAkhlak.Semua)
            {
                skp.SetEkspektasiKhusus(nilai.Aspek, $"Ekspektasi khusus untuk {nilai.Nama}: menjadi contoh bagi rekan kerja di bidangnya.");
            }
            skp.SetLampiran(JenisLampiran.DukunganSumberDaya, ["Komputer dan printer", "Akses aplikasi Dapodik"]);
            skp.SetLampiran(JenisLampiran.SkemaPertanggungjawaban, ["Laporan triwulan kepada atasan langsung"]);
            skp.SetLampiran(JenisLampiran.Konsekuensi, ["Bila target tercapai, mendapat apresiasi dari atasan langsung"]);
            if (status == StatusSkp.Disetujui)
            {
                skp.Ajukan(posisi, reviuPengelola: false, DateTime.UtcNow);
                skp.Setujui(t.Atasan.PegawaiId, DateTime.UtcNow);
            }
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });
    }
}

/// <summary>A server without the PDF's fonts answers with an explanation, not an error page.</summary>
public sealed class DokumenTanpaHurufTests(DokumenTanpaHurufTests.Factory factory) : IClassFixture<DokumenTanpaHurufTests.Factory>
{
    public sealed class Factory : KinaraFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Kinara:Dokumen:FontRegular"] = "/tidak/ada/huruf.ttf",
            ["Kinara:Dokumen:FontBold"] = "/tidak/ada/huruf-tebal.ttf",
        };
    }

    [Fact]
    public async Task Without_fonts_the_pdf_link_explains_and_offers_the_print_view_and_the_workbook()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Tanpa Huruf");
        var skpId = await SkpUji.SkpLengkapAsync(factory, alpha, akun);
        var pegawai = await factory.LoginAsync(akun);

        var response = await pegawai.GetAsync($"/perencanaan/skp/{skpId}/pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var halaman = await Html.ParseAsync(response);
        var pesan = halaman.QuerySelector("#pdf-gagal")!.TextContent;
        Assert.Contains("PDF SKP belum dapat dibuat", pesan);
        Assert.DoesNotContain("Exception", halaman.DocumentElement.OuterHtml);
        Assert.NotNull(halaman.QuerySelector($"#pdf-gagal a[href='/perencanaan/skp/{skpId}/cetak']"));
        Assert.Equal(HttpStatusCode.OK, (await pegawai.GetAsync($"/perencanaan/skp/{skpId}/xlsx")).StatusCode);
    }
}
