using System.Net;
using System.Text;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Perencanaan;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kinara.Web.Tests.Features.Api.ApiUji;

namespace Kinara.Web.Tests.Features.Api;

/// <summary>/api/v1/skp…: the SKP from creation to approval through the API, with the pages' rules and refusals.</summary>
public sealed class SkpApiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private static readonly int Tahun = SkpUji.Tahun;

    private static object IndikatorBaru(string aspek, string teks, decimal target, string satuan) => new { aspek, teks, target, satuan };

    [Fact]
    public async Task A_pegawai_writes_and_submits_an_skp_through_the_api_and_the_atasan_approves_it()
    {
        var alpha = factory.Data.Alpha;
        var atasanSkp = await SkpUji.SkpAtasanAsync(factory, alpha);
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Sari Api");
        var pegawai = await KlienAsync(factory, akun);

        // 1. Create: position and pejabat penilai come from the tree, as on /perencanaan/skp/baru.
        var dibuat = await PostAsync(pegawai, "/api/v1/skp", new { tahun = Tahun, pendekatan = "Kuantitatif" });
        Assert.True(dibuat.Status == HttpStatusCode.Created, dibuat.Isi);
        var id = dibuat.Json!["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/skp/{id}", dibuat.Response.Headers.Location!.OriginalString);
        Assert.Equal("Draft", dibuat.Json["status"]!.GetValue<string>());
        Assert.Equal(alpha.Atasan.PegawaiId, dibuat.Json["pejabatPenilai"]!["id"]!.GetValue<Guid>());
        Assert.Equal("Pengadministrasi Perkantoran", dibuat.Json["jabatan"]!["nama"]!.GetValue<string>());
        Assert.Equal(7, dibuat.Json["perilaku"]!.AsArray().Count);
        Assert.Equal($"{Tahun}-01-01", dibuat.Json["periodeAwal"]!.GetValue<string>());
        var etag = dibuat.ETag!;
        Assert.Equal($"\"{dibuat.Json["versi"]!.GetValue<int>()}\"", etag);

        // 2. An RHK utama intervening the atasan's RHK, picked from the choices the RHK form offers.
        var pilihan = await GetAsync(pegawai, $"/api/v1/skp/{id}/pilihan-rhk");
        Assert.Equal(atasanSkp.SkpId, pilihan.Json!["skpAtasan"]!["id"]!.GetValue<Guid>());
        var rhkAtasanId = pilihan.Json["rhkAtasan"]!.AsArray().Single(r => r!["teks"]!.GetValue<string>() == "Meningkatnya mutu pembinaan sekolah dasar")!["id"]!.GetValue<Guid>();
        Assert.Equal(atasanSkp.RhkUtama, rhkAtasanId);
        Masalah(await GetAsync(await KlienAsync(factory, alpha.Atasan), $"/api/v1/skp/{id}/pilihan-rhk"), HttpStatusCode.Forbidden);
        var rhk = await PostAsync(pegawai, $"/api/v1/skp/{id}/rhk", new
        {
            jenis = "Utama", teks = "Tersusunnya laporan pembinaan sekolah yang tepat waktu", rhkAtasanId, cascading = "TidakLangsung",
        }, etag);
        Assert.True(rhk.Status == HttpStatusCode.Created, rhk.Isi);
        Assert.Equal("Meningkatnya mutu pembinaan sekolah dasar", rhk.Json!["rhkAtasan"]!["teks"]!.GetValue<string>());
        Assert.NotEqual(etag, rhk.ETag);
        etag = rhk.ETag!;
        var rhkId = rhk.Json["id"]!.GetValue<Guid>();

        // 3. Indicators, numbers as JSON numbers.
        var ind = await PostAsync(pegawai, $"/api/v1/skp/{id}/rhk/{rhkId}/indikator", IndikatorBaru("Kuantitas", "Jumlah laporan pembinaan", 1000.5m, "Laporan"), etag);
        Assert.True(ind.Status == HttpStatusCode.Created, ind.Isi);
        etag = ind.ETag!;
        ind = await PostAsync(pegawai, $"/api/v1/skp/{id}/rhk/{rhkId}/indikator", IndikatorBaru("Waktu", "Ketepatan waktu", 12, "Bulan"), etag);
        etag = ind.ETag!;
        var lampiran = await PutAsync(pegawai, $"/api/v1/skp/{id}/lampiran", new { dukunganSumberDaya = new[] { "Komputer dan printer", "  ", "Akses internet" } }, etag);
        Assert.Equal(HttpStatusCode.OK, lampiran.Status);
        Assert.Equal(["Komputer dan printer", "Akses internet"], lampiran.Json!["lampiran"]!["dukunganSumberDaya"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Empty(lampiran.Json["kekurangan"]!.AsArray());
        etag = lampiran.ETag!;

        // 4. Submit.
        var diajukan = await PostAsync(pegawai, $"/api/v1/skp/{id}/ajukan", etag: etag);
        Assert.True(diajukan.Status == HttpStatusCode.OK, diajukan.Isi);
        Assert.Equal("Diajukan", diajukan.Json!["status"]!.GetValue<string>());
        Masalah(await PutAsync(pegawai, $"/api/v1/skp/{id}/lampiran", new { }, diajukan.ETag), HttpStatusCode.UnprocessableEntity, "sedang diajukan");

        // 5. The atasan finds it, states ekspektasi khusus, approves.
        var atasan = await KlienAsync(factory, alpha.Atasan);
        var milikBawahan = await GetAsync(atasan, $"/api/v1/pegawai/{akun.PegawaiId}/skp?tahun={Tahun}");
        Assert.Contains(milikBawahan.Json!.AsArray(), s => s!["id"]!.GetValue<Guid>() == id);
        var dilihat = await GetAsync(atasan, $"/api/v1/skp/{id}");
        Assert.True(dilihat.Json!["tindakan"]!["setujui"]!.GetValue<bool>());
        Assert.False(dilihat.Json["tindakan"]!["ubah"]!.GetValue<bool>());
        var ekspektasi = await PutAsync(atasan, $"/api/v1/skp/{id}/ekspektasi", new { akuntabel = "Laporan dikirim sebelum tanggal 5 setiap bulan" }, dilihat.ETag);
        Assert.Equal(HttpStatusCode.OK, ekspektasi.Status);
        var disetujui = await PostAsync(atasan, $"/api/v1/skp/{id}/setujui", etag: ekspektasi.ETag);
        Assert.True(disetujui.Status == HttpStatusCode.OK, disetujui.Isi);
        Assert.Equal("Disetujui", disetujui.Json!["status"]!.GetValue<string>());

        var skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Equal((StatusSkp.Disetujui, alpha.Atasan.PegawaiId), (skp.Status, skp.DisetujuiOlehId));
        Assert.Equal([1000.5m, 12m], skp.Rhk.Single().Indikator.OrderBy(i => i.Urutan).Select(i => i.Target!.Value));
        Assert.Equal("Laporan dikirim sebelum tanggal 5 setiap bulan", skp.Perilaku.Single(p => p.Aspek == AspekPerilaku.Akuntabel).EkspektasiKhusus);

        // The same SKP on the web page: one set of data and rules.
        var halaman = await Html.GetAsync(await factory.LoginAsync(akun), $"/perencanaan/skp/{id}");
        Assert.Contains("Tersusunnya laporan pembinaan sekolah yang tepat waktu", halaman.Body!.TextContent);
        Assert.Contains("1.000,5", halaman.Body.TextContent);
    }

    [Fact]
    public async Task The_atasan_returns_a_submitted_skp_with_a_reason_and_the_pegawai_fixes_and_resubmits_it()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Tono Dikembalikan");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Diajukan);
        var atasan = await KlienAsync(factory, alpha.Atasan);
        var etag = (await GetAsync(atasan, $"/api/v1/skp/{id}")).ETag;

        var tanpaAlasan = await PostAsync(atasan, $"/api/v1/skp/{id}/kembalikan", new { alasan = "  " }, etag);
        Masalah(tanpaAlasan, HttpStatusCode.BadRequest);
        Assert.Contains("Alasan pengembalian wajib diisi", tanpaAlasan.Galat("alasan"));

        var kembali = await PostAsync(atasan, $"/api/v1/skp/{id}/kembalikan", new { alasan = "Target waktu belum realistis; pecah per triwulan." }, etag);
        Assert.True(kembali.Status == HttpStatusCode.OK, kembali.Isi);
        Assert.Equal("Dikembalikan", kembali.Json!["status"]!.GetValue<string>());

        var pegawai = await KlienAsync(factory, akun);
        var dilihat = await GetAsync(pegawai, $"/api/v1/skp/{id}");
        Assert.Equal("Target waktu belum realistis; pecah per triwulan.", dilihat.Json!["alasanDikembalikan"]!.GetValue<string>());
        Assert.True(dilihat.Json["tindakan"]!["ubah"]!.GetValue<bool>());
        var rhk = dilihat.Json["rhk"]!.AsArray()[0]!;
        var indikator = rhk["indikator"]!.AsArray().First(i => i!["aspek"]!.GetValue<string>() == "Waktu")!;
        var ubah = await PutAsync(pegawai, $"/api/v1/skp/{id}/rhk/{rhk["id"]}/indikator/{indikator["id"]}",
            new { aspek = "Waktu", teks = "Ketepatan waktu per triwulan", target = 4, satuan = "Triwulan" }, dilihat.ETag);
        Assert.True(ubah.Status == HttpStatusCode.OK, ubah.Isi);
        var lagi = await PostAsync(pegawai, $"/api/v1/skp/{id}/ajukan", etag: ubah.ETag);
        Assert.Equal("Diajukan", lagi.Json!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submitting_without_rhk_or_with_an_rhk_utama_that_intervenes_nothing_is_refused_with_every_problem_listed()
    {
        var alpha = factory.Data.Alpha;
        await SkpUji.SkpAtasanAsync(factory, alpha);
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Wati Belum Lengkap");
        var pegawai = await KlienAsync(factory, akun);
        var dibuat = await PostAsync(pegawai, "/api/v1/skp", new { tahun = Tahun, pendekatan = "Kuantitatif" });
        var id = dibuat.Json!["id"]!.GetValue<Guid>();

        var kosong = await PostAsync(pegawai, $"/api/v1/skp/{id}/ajukan", etag: dibuat.ETag);
        Masalah(kosong, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("aturan", kosong.Kode);
        Assert.Contains("belum memiliki Rencana Hasil Kerja", kosong.Json!["masalah"]!.ToJsonString());

        // A draft may hold an RHK utama without its atasan link (as on the page), but it cannot be submitted so.
        var rhk = await PostAsync(pegawai, $"/api/v1/skp/{id}/rhk", new { jenis = "Utama", teks = "Tersusunnya arsip yang rapi" }, dibuat.ETag);
        Assert.Equal(HttpStatusCode.Created, rhk.Status);
        var ind = await PostAsync(pegawai, $"/api/v1/skp/{id}/rhk/{rhk.Json!["id"]}/indikator", IndikatorBaru("Kuantitas", "Jumlah arsip", 100, "Berkas"), rhk.ETag);
        var tanpaAtasan = await PostAsync(pegawai, $"/api/v1/skp/{id}/ajukan", etag: ind.ETag);
        Masalah(tanpaAtasan, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("belum mengintervensi RHK pejabat penilai", tanpaAtasan.Json!["masalah"]!.ToJsonString());
        Assert.Equal(StatusSkp.Draft, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Status);

        // An atasan RHK that is not the penilai's is refused by name.
        var asing = await PutAsync(pegawai, $"/api/v1/skp/{id}/rhk/{rhk.Json["id"]}", new { jenis = "Utama", teks = "Tersusunnya arsip yang rapi", rhkAtasanId = Guid.NewGuid() }, ind.ETag);
        Masalah(asing, HttpStatusCode.UnprocessableEntity, "RHK atasan yang dipilih tidak ada");
        Assert.Contains("tidak ada", asing.Galat("rhkAtasanId"));
    }

    [Fact]
    public async Task A_target_that_is_not_a_number_is_refused_with_a_400_naming_the_field()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Joko Angka");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun);
        var pegawai = await KlienAsync(factory, akun);
        var skp = await GetAsync(pegawai, $"/api/v1/skp/{id}");
        var rhkId = skp.Json!["rhk"]!.AsArray()[0]!["id"]!.GetValue<Guid>();
        var url = $"/api/v1/skp/{id}/rhk/{rhkId}/indikator";

        var teks = await PostAsync(pegawai, url, """{"aspek":"Kualitas","teks":"Persentase laporan tanpa revisi","target":"dua belas"}""", skp.ETag);
        Masalah(teks, HttpStatusCode.BadRequest);
        Assert.Contains("harus berupa angka", teks.Galat("target"));

        var tanpa = await PostAsync(pegawai, url, new { aspek = "Kualitas", teks = "Persentase laporan tanpa revisi", targetTeks = "sebagian besar" }, skp.ETag);
        Masalah(tanpa, HttpStatusCode.BadRequest);
        Assert.Contains("pendekatan kuantitatif", tanpa.Galat("target"));

        var tanpaAspek = await PostAsync(pegawai, url, new { teks = "Persentase laporan tanpa revisi", target = 100 }, skp.ETag);
        Assert.Contains("Pilih aspek", tanpaAspek.Galat("aspek"));
        var aspekAneh = await PostAsync(pegawai, url, new { aspek = "Keindahan", teks = "x", target = 1 }, skp.ETag);
        Assert.Contains("\"Kuantitas\"", aspekAneh.Galat("aspek"));
        var negatif = await PostAsync(pegawai, url, new { aspek = "Kualitas", teks = "x", target = -1 }, skp.ETag);
        Masalah(negatif, HttpStatusCode.UnprocessableEntity, "Target tidak boleh negatif");

        Assert.Equal(2, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Rhk.Single().Indikator.Count); // nothing was added
    }

    [Fact]
    public async Task An_approved_skp_cannot_be_edited_and_only_its_own_penilai_may_approve()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Ani Disetujui");
        var disetujui = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Disetujui);
        var pegawai = await KlienAsync(factory, akun);
        var skp = await GetAsync(pegawai, $"/api/v1/skp/{disetujui}");
        var rhkId = skp.Json!["rhk"]!.AsArray()[0]!["id"];

        Masalah(await PostAsync(pegawai, $"/api/v1/skp/{disetujui}/rhk", new { jenis = "Tambahan", teks = "Tugas tambahan" }, skp.ETag),
            HttpStatusCode.UnprocessableEntity, "sudah disetujui tidak dapat diubah");
        Masalah(await DeleteAsync(pegawai, $"/api/v1/skp/{disetujui}/rhk/{rhkId}", skp.ETag), HttpStatusCode.UnprocessableEntity, "Buat revisi SKP");
        Masalah(await PutAsync(pegawai, $"/api/v1/skp/{disetujui}/lampiran", new { konsekuensi = new[] { "x" } }, skp.ETag), HttpStatusCode.UnprocessableEntity);

        // The way to change it: a revision, a new draft.
        var revisi = await PostAsync(pegawai, $"/api/v1/skp/{disetujui}/revisi", etag: skp.ETag);
        Assert.True(revisi.Status == HttpStatusCode.Created, revisi.Isi);
        Assert.Equal((2, "Draft"), (revisi.Json!["revisi"]!.GetValue<int>(), revisi.Json["status"]!.GetValue<string>()));
        Masalah(await PostAsync(pegawai, $"/api/v1/skp/{disetujui}/revisi", etag: (await GetAsync(pegawai, $"/api/v1/skp/{disetujui}")).ETag),
            HttpStatusCode.UnprocessableEntity, "sudah dibuat");

        // Approving: the pimpinan and another atasan are not this pegawai's penilai; the owner cannot approve their own.
        var diajukan = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Diajukan, rhk: "RHK menunggu keputusan");
        var etag = (await GetAsync(await KlienAsync(factory, alpha.Atasan), $"/api/v1/skp/{diajukan}")).ETag;
        foreach (var bukan in new[] { alpha.Pimpinan, alpha.Admin, akun })
        {
            Masalah(await PostAsync(await KlienAsync(factory, bukan), $"/api/v1/skp/{diajukan}/setujui", etag: etag), HttpStatusCode.Forbidden, "bukan pejabat penilai");
        }
        Assert.Equal(StatusSkp.Diajukan, (await SkpUji.MuatAsync(factory, alpha.Id, diajukan)).Status);
        Masalah(await GetAsync(await KlienAsync(factory, alpha.Pimpinan), $"/api/v1/skp/{diajukan}"), HttpStatusCode.Forbidden);
        Masalah(await GetAsync(await KlienAsync(factory, alpha.Pimpinan), $"/api/v1/pegawai/{akun.PegawaiId}/skp"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Every_write_needs_the_current_version_in_if_match_and_a_stale_one_gets_412()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Eko Versi");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun);
        var a = await KlienAsync(factory, akun);
        var b = await KlienAsync(factory, akun);
        var dibaca = await GetAsync(a, $"/api/v1/skp/{id}");
        var etag = dibaca.ETag!;
        Assert.Equal(HttpStatusCode.NotModified, (await a.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/skp/{id}") { Headers = { { "If-None-Match", etag } } })).StatusCode);

        var tanpa = await PostAsync(a, $"/api/v1/skp/{id}/rhk", new { jenis = "Tambahan", teks = "Tanpa versi" });
        Masalah(tanpa, HttpStatusCode.PreconditionRequired, "If-Match");
        Masalah(await PostAsync(a, $"/api/v1/skp/{id}/rhk", new { jenis = "Tambahan", teks = "Bintang" }, "*"), HttpStatusCode.PreconditionRequired);

        // Two clients read the same version; the first write wins, the second is told, nothing is overwritten.
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(a, $"/api/v1/skp/{id}/rhk", new { jenis = "Tambahan", teks = "Dari klien A" }, etag)).Status);
        var basi = await PutAsync(b, $"/api/v1/skp/{id}/lampiran", new { konsekuensi = new[] { "Dari klien B" } }, etag);
        Masalah(basi, HttpStatusCode.PreconditionFailed, "telah diubah oleh pengguna lain");
        Assert.Equal("versi-basi", basi.Kode);
        var skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Contains(skp.Rhk, r => r.Teks == "Dari klien A");
        Assert.Empty(skp.Lampiran);
        Assert.Equal($"\"{skp.Versi}\"", (await GetAsync(b, $"/api/v1/skp/{id}")).ETag);
        Assert.Equal(skp.Versi, basi.Json!["versiTerkini"]!.GetValue<int>());
    }

    [Fact]
    public async Task Malformed_wrong_typed_oversized_or_non_json_bodies_get_4xx_problem_details_never_a_500()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Rudi Galat");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun);
        var pegawai = await KlienAsync(factory, akun);
        var etag = (await GetAsync(pegawai, $"/api/v1/skp/{id}")).ETag;
        var url = $"/api/v1/skp/{id}/rhk";

        Masalah(await PostAsync(pegawai, url, """{"jenis":"Utama","teks":""", etag), HttpStatusCode.BadRequest, "JSON tidak dapat dibaca");
        Masalah(await PostAsync(pegawai, url, """{"jenis":"Utama","teks":42}""", etag), HttpStatusCode.BadRequest, "berupa teks");
        Masalah(await PostAsync(pegawai, url, """{"jenis":1,"teks":"x"}""", etag), HttpStatusCode.BadRequest, "\"Utama\"");
        Masalah(await PostAsync(pegawai, url, """{"jenis":"Utama, Tambahan","teks":"x"}""", etag), HttpStatusCode.BadRequest);
        Masalah(await PostAsync(pegawai, url, """{"jenis":"Utama","teks":"x","rhkAtasanId":"bukan-guid"}""", etag), HttpStatusCode.BadRequest, "GUID");
        Masalah(await PostAsync(pegawai, url, "null", etag), HttpStatusCode.BadRequest);
        Masalah(await PostAsync(pegawai, url, "[1,2]", etag), HttpStatusCode.BadRequest);
        Masalah(await PostAsync(pegawai, url, new { jenis = "Utama", teks = new string('x', 2001) }, etag), HttpStatusCode.BadRequest, "2.000 karakter");
        Masalah(await PostAsync(pegawai, url, null, etag), HttpStatusCode.UnsupportedMediaType);

        using (var form = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["teks"] = "x" }) })
        {
            form.Headers.TryAddWithoutValidation("If-Match", etag);
            Masalah(await BacaAsync(await pegawai.SendAsync(form)), HttpStatusCode.UnsupportedMediaType, "application/json");
        }
        var besar = "{\"jenis\":\"Utama\",\"teks\":\"" + new string('x', 400_000) + "\"}";
        Masalah(await PostAsync(pegawai, url, besar, etag), HttpStatusCode.RequestEntityTooLarge);
        using (var tanpaPanjang = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(besar))) })
        {
            tanpaPanjang.Headers.TransferEncodingChunked = true;
            tanpaPanjang.Content.Headers.ContentType = new("application/json");
            tanpaPanjang.Headers.TryAddWithoutValidation("If-Match", etag);
            Masalah(await BacaAsync(await pegawai.SendAsync(tanpaPanjang)), HttpStatusCode.RequestEntityTooLarge);
        }

        Masalah(await GetAsync(pegawai, "/api/v1/skp?tahun=duaribu"), HttpStatusCode.BadRequest, "tahun");
        Masalah(await GetAsync(pegawai, "/api/v1/skp/bukan-guid"), HttpStatusCode.NotFound);
        Masalah(await GetAsync(pegawai, "/api/v1/tidak-ada"), HttpStatusCode.NotFound, "/openapi/v1.json");
        var metode = await KirimAsync(pegawai, HttpMethod.Patch, $"/api/v1/skp/{id}");
        Masalah(metode, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", metode.Response.Content.Headers.Allow);
        Masalah(await PostAsync(pegawai, $"/api/v1/skp/{id}/rhk/{Guid.NewGuid()}/indikator", new { }, etag), HttpStatusCode.NotFound, "RHK tidak ditemukan");

        Assert.Single((await SkpUji.MuatAsync(factory, alpha.Id, id)).Rhk); // none of it changed anything
    }

    [Fact]
    public async Task Another_tenants_skp_is_not_found_through_the_api()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Lina Rahasia");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Diajukan, rhk: "RHK rahasia alpha lewat API");
        var skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        var rhk = skp.Rhk.Single();
        var etag = $"\"{skp.Versi}\"";

        foreach (var orang in new[] { factory.Data.Beta.Admin, factory.Data.Beta.Atasan, factory.Data.Beta.Pegawai })
        {
            var beta = await KlienAsync(factory, orang);
            var jawaban = new[]
            {
                await GetAsync(beta, $"/api/v1/skp/{id}"),
                await GetAsync(beta, $"/api/v1/skp/{id}/rhk/{rhk.Id}"),
                await GetAsync(beta, $"/api/v1/pegawai/{akun.PegawaiId}/skp"),
                await PutAsync(beta, $"/api/v1/skp/{id}/rhk/{rhk.Id}", new { jenis = "Utama", teks = "diubah" }, etag),
                await DeleteAsync(beta, $"/api/v1/skp/{id}/rhk/{rhk.Id}/indikator/{rhk.Indikator[0].Id}", etag),
                await PostAsync(beta, $"/api/v1/skp/{id}/setujui", etag: etag),
                await PostAsync(beta, $"/api/v1/skp/{id}/kembalikan", new { alasan = "x" }, etag),
            };
            foreach (var j in jawaban)
            {
                Masalah(j, HttpStatusCode.NotFound);
                Assert.DoesNotContain("rahasia alpha", j.Isi);
            }
        }
        Assert.Equal(StatusSkp.Diajukan, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Status);
    }

    [Fact]
    public async Task An_api_write_is_in_the_audit_trail_under_the_callers_name()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Agus Audit");
        var pegawai = await KlienAsync(factory, akun);
        var dibuat = await PostAsync(pegawai, "/api/v1/skp", new { tahun = Tahun, pendekatan = "Kualitatif" });
        var id = dibuat.Json!["id"]!.GetValue<Guid>();
        var rhk = await PostAsync(pegawai, $"/api/v1/skp/{id}/rhk", new { jenis = "Tambahan", teks = "Tugas tim data" }, dibuat.ETag);
        var rhkId = rhk.Json!["id"]!.GetValue<string>();

        var jejak = await factory.WithDbAsync(alpha.Id, db => db.Audit.AsNoTracking()
            .Where(a => a.EntitasId == id.ToString() || a.EntitasId == rhkId).OrderBy(a => a.Id).ToListAsync());
        Assert.Contains(jejak, a => a.Entitas == "Skp" && a.UserId == akun.UserId && a.Pelaku == akun.Nip);
        Assert.Contains(jejak, a => a.Entitas.Contains("Rencana") && a.UserId == akun.UserId && a.Perubahan.Contains("Tugas tim data"));

        // The audit screen of the tenant shows it too (the hash chain stays valid).
        var admin = await factory.LoginAsync(alpha.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/audit")).StatusCode);
    }
}
