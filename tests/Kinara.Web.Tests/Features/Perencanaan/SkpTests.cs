using System.Net;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>/perencanaan/skp and /perencanaan/skp-bawahan: the pegawai's SKP from creation to approval, and every refusal on the way.</summary>
public sealed class SkpTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private static readonly int Tahun = SkpUji.Tahun;

    private static Dictionary<string, string> SkpBaru() => new()
    {
        ["Input.Tahun"] = Tahun.ToString(), ["Input.SatuTahunPenuh"] = "true", ["Input.Pendekatan"] = nameof(Pendekatan.Kuantitatif),
    };

    private static Dictionary<string, string> Indikator(string aspek, string teks, string target, string satuan) => new()
    {
        ["Input.Aspek"] = aspek, ["Input.Teks"] = teks, ["Input.Target"] = target, ["Input.Satuan"] = satuan,
    };

    [Fact]
    public async Task A_pegawai_writes_an_skp_the_atasan_returns_it_with_a_reason_and_approves_the_fixed_version()
    {
        var alpha = factory.Data.Alpha;
        var atasanSkp = await SkpUji.SkpAtasanAsync(factory, alpha);
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Sri Lestari");
        var pegawai = await factory.LoginAsync(akun);

        var daftar = await Html.GetAsync(pegawai, "/perencanaan/skp");
        Assert.Contains($"belum memiliki SKP tahun {Tahun}", daftar.Body!.TextContent);
        var baru = await Html.GetAsync(pegawai, "/perencanaan/skp/baru");
        Assert.Contains(factory.Data.Alpha.Atasan.Nama, baru.Body!.TextContent); // the penilai comes from the position tree
        Assert.Null(baru.QuerySelector("#peringatan-penilai"));

        // 1. Create.
        var id = SkpUji.IdDari(await MasterDataForm.SubmitAsync(pegawai, "/perencanaan/skp/baru", SkpBaru()));
        var skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Equal((StatusSkp.Draft, new DateOnly(Tahun, 1, 1), new DateOnly(Tahun, 12, 31)), (skp.Status, skp.PeriodeAwal, skp.PeriodeAkhir));
        Assert.Equal((alpha.Atasan.PegawaiId, "Pengadministrasi Perkantoran"), (skp.PejabatPenilaiId, skp.JabatanNama));
        Assert.Equal(7, skp.Perilaku.Count);

        // 2. An RHK intervening the atasan's RHK; the form offers the atasan's RHK by text.
        var formRhk = await Html.GetAsync(pegawai, $"/perencanaan/skp/{id}/rhk");
        Assert.Contains("Meningkatnya mutu pembinaan sekolah dasar", formRhk.QuerySelector("#Input_RhkAtasanId")!.TextContent);
        var simpanRhk = await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{id}/rhk", new()
        {
            ["Input.Jenis"] = "Utama", ["Input.Teks"] = "Tersusunnya laporan pembinaan sekolah yang tepat waktu",
            ["Input.RhkAtasanId"] = atasanSkp.RhkUtama.ToString(), ["Input.Cascading"] = "TidakLangsung",
        });
        Assert.Equal(HttpStatusCode.Redirect, simpanRhk.StatusCode);
        var urlIndikator = simpanRhk.Headers.Location!.OriginalString;
        Assert.EndsWith("/indikator", urlIndikator); // the next step is obvious: the indicator form

        // 3. Indicators, with an Indonesian-formatted number.
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, urlIndikator, Indikator("Kuantitas", "Jumlah laporan pembinaan", "1.000,5", "Laporan"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, urlIndikator, Indikator("Waktu", "Ketepatan waktu", "12", "Bulan"))).StatusCode);
        skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        var rhk = Assert.Single(skp.Rhk);
        Assert.Equal((atasanSkp.RhkUtama, JenisCascading.TidakLangsung), (rhk.RhkAtasanId, rhk.Cascading));
        Assert.Equal([1000.5m, 12m], rhk.Indikator.OrderBy(i => i.Urutan).Select(i => i.Target!.Value));

        var halaman = await Html.GetAsync(pegawai, $"/perencanaan/skp/{id}");
        Assert.Contains("Meningkatnya mutu pembinaan sekolah dasar", halaman.QuerySelector(".rhk-atasan")!.TextContent);
        Assert.Contains("1.000,5", halaman.QuerySelector(".tabel-indikator")!.TextContent);
        Assert.Contains("Berorientasi Pelayanan", halaman.QuerySelector("#perilaku-kerja")!.TextContent);
        Assert.Contains("Ramah, cekatan, solutif, dan dapat diandalkan", halaman.QuerySelector("#perilaku-kerja")!.TextContent);
        Assert.Contains("ajukan", halaman.QuerySelector("#langkah-berikutnya")!.TextContent, StringComparison.OrdinalIgnoreCase);

        // Lampiran, one item per line.
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{id}/lampiran", new()
        {
            ["Input.DukunganSumberDaya"] = "Komputer dan printer\n\n- Akses internet kantor", ["Input.Konsekuensi"] = "Apresiasi dari atasan langsung",
        })).StatusCode);
        skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Equal(["Komputer dan printer", "Akses internet kantor"],
            skp.Lampiran.Where(l => l.Jenis == JenisLampiran.DukunganSumberDaya).OrderBy(l => l.Urutan).Select(l => l.Teks));

        // 4. Submit: the checklist is clean, then the SKP goes to the atasan.
        var periksa = await Html.GetAsync(pegawai, $"/perencanaan/skp/{id}/ajukan");
        Assert.Null(periksa.QuerySelector("#daftar-masalah"));
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{id}/ajukan", new(), "#form-ajukan")).StatusCode);
        Assert.Equal(StatusSkp.Diajukan, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Status);

        // 5. The atasan sees it at the top of the bawahan list, then returns it with a reason (a reason is required).
        var atasan = await factory.LoginAsync(alpha.Atasan);
        var bawahan = await Html.GetAsync(atasan, "/perencanaan/skp-bawahan");
        var baris = bawahan.QuerySelectorAll("#daftar-bawahan tbody tr").ToList();
        var milikSri = baris.Single(b => b.TextContent.Contains("Sri Lestari"));
        Assert.Equal("PerluPersetujuan", milikSri.GetAttribute("data-keadaan"));
        Assert.Contains($"/perencanaan/skp/{id}", milikSri.InnerHtml);
        // Needs-attention first: no row waiting for a decision comes after one that does not.
        var keadaan = baris.Select(b => b.GetAttribute("data-keadaan")).ToList();
        Assert.Equal(keadaan.Count(k => k == "PerluPersetujuan"), keadaan.TakeWhile(k => k == "PerluPersetujuan").Count());
        Assert.Contains(baris, b => b.GetAttribute("data-keadaan") == "BelumAda"); // colleagues without an SKP are listed too
        Assert.True(int.Parse(bawahan.QuerySelector("#ringkasan-bawahan .angka")!.TextContent) >= 1);

        var tinjau = await Html.GetAsync(atasan, $"/perencanaan/skp/{id}");
        Assert.NotNull(tinjau.QuerySelector("#keputusan-penilai #form-setujui"));
        Assert.NotNull(tinjau.QuerySelector("#dialog-kembalikan textarea[name=Alasan]"));
        Assert.Null(tinjau.QuerySelector("a[href$='/rhk']")); // the penilai reads; only the owner edits

        var tanpaAlasan = await MasterDataForm.SubmitAsync(atasan, $"/perencanaan/skp/{id}", new() { ["Alasan"] = "  " }, "#dialog-kembalikan form");
        Assert.Equal(HttpStatusCode.BadRequest, tanpaAlasan.StatusCode);
        Assert.Contains("Alasan pengembalian wajib diisi", Html.Messages(await Html.ParseAsync(tanpaAlasan)));
        Assert.Equal(StatusSkp.Diajukan, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Status);

        var kembali = await MasterDataForm.SubmitAsync(atasan, $"/perencanaan/skp/{id}",
            new() { ["Alasan"] = "Target jumlah laporan terlalu tinggi; sesuaikan menjadi 12 laporan." }, "#dialog-kembalikan form");
        Assert.Equal(HttpStatusCode.Redirect, kembali.StatusCode);
        skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Equal((StatusSkp.Dikembalikan, "Target jumlah laporan terlalu tinggi; sesuaikan menjadi 12 laporan."), (skp.Status, skp.AlasanDikembalikan));

        // 6. The pegawai sees the reason prominently, fixes the target and submits again.
        halaman = await Html.GetAsync(pegawai, $"/perencanaan/skp/{id}");
        Assert.Contains("sesuaikan menjadi 12 laporan", halaman.QuerySelector("#alasan-dikembalikan")!.TextContent);
        var indikator = skp.Rhk.Single().Indikator.Single(i => i.Aspek == AspekIndikator.Kuantitas);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{id}/rhk/{rhk.Id}/indikator/{indikator.Id}",
            new() { ["Input.Target"] = "12" })).StatusCode);
        Assert.Equal(StatusSkp.Draft, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pegawai, $"/perencanaan/skp/{id}/ajukan", new(), "#form-ajukan")).StatusCode);

        // 7. The atasan approves.
        var setuju = await MasterDataForm.SubmitAsync(atasan, $"/perencanaan/skp/{id}", new(), "#form-setujui");
        Assert.Equal(HttpStatusCode.Redirect, setuju.StatusCode);
        skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Equal((StatusSkp.Disetujui, alpha.Atasan.PegawaiId, (string?)null), (skp.Status, skp.DisetujuiOlehId, skp.AlasanDikembalikan));
        Assert.Equal(12m, skp.Rhk.Single().Indikator.Single(i => i.Aspek == AspekIndikator.Kuantitas).Target);
        Assert.True(await factory.WithDbAsync(alpha.Id, db => db.Audit.AnyAsync(a => a.Entitas == nameof(Skp) && a.EntitasId == id.ToString() && a.Perubahan.Contains("DisetujuiOlehId"))));
        Assert.Contains("disetujui", (await Html.GetAsync(pegawai, "/perencanaan/skp")).Body!.TextContent);
    }

    [Fact]
    public async Task A_second_skp_for_an_overlapping_period_is_refused()
    {
        var akun = await SkpUji.PegawaiBaruAsync(factory, factory.Data.Alpha, "Dua Kali");
        var client = await factory.LoginAsync(akun);
        SkpUji.IdDari(await MasterDataForm.SubmitAsync(client, "/perencanaan/skp/baru", SkpBaru()));

        // Defaults for a second SKP in the year: a part-year period starting today.
        var form = await Html.GetAsync(client, "/perencanaan/skp/baru");
        Assert.NotNull(form.QuerySelector("#periode-sebagian[checked]"));

        var kedua = await MasterDataForm.SubmitAsync(client, "/perencanaan/skp/baru", new()
        {
            ["Input.Tahun"] = Tahun.ToString(), ["Input.SatuTahunPenuh"] = "false", ["Input.PeriodeAwal"] = $"{Tahun}-07-01",
            ["Input.PeriodeAkhir"] = $"{Tahun}-12-31", ["Input.Pendekatan"] = "Kualitatif",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, kedua.StatusCode);
        var halaman = await Html.ParseAsync(kedua);
        Assert.Contains("sudah memiliki SKP untuk periode", Html.Messages(halaman));
        Assert.Equal($"{Tahun}-07-01", halaman.QuerySelector("#Input_PeriodeAwal")!.GetAttribute("value")); // nothing lost
        Assert.Equal(1, await factory.WithDbAsync(factory.Data.Alpha.Id, db => db.Skp.CountAsync(s => s.PegawaiId == akun.PegawaiId)));
    }

    [Fact]
    public async Task Submitting_an_skp_without_rhk_is_rejected_with_the_checklist()
    {
        var akun = await SkpUji.PegawaiBaruAsync(factory, factory.Data.Alpha, "Tanpa RHK");
        var client = await factory.LoginAsync(akun);
        var id = SkpUji.IdDari(await MasterDataForm.SubmitAsync(client, "/perencanaan/skp/baru", SkpBaru()));

        var periksa = await Html.GetAsync(client, $"/perencanaan/skp/{id}/ajukan");
        Assert.Contains("SKP belum memiliki Rencana Hasil Kerja (RHK).", periksa.QuerySelector("#daftar-masalah")!.TextContent);
        Assert.Null(periksa.QuerySelector("#form-ajukan"));

        var ajukan = await Html.PostFormAsync(client, $"/perencanaan/skp/{id}/ajukan", new() { ["Versi"] = "0" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ajukan.StatusCode);
        var pesan = Html.Messages(await Html.ParseAsync(ajukan));
        Assert.Contains("SKP belum dapat diajukan", pesan);
        Assert.Contains("SKP belum memiliki Rencana Hasil Kerja (RHK).", (await Html.ParseAsync(ajukan)).QuerySelector("#daftar-masalah")?.TextContent ?? "");
        Assert.Equal(StatusSkp.Draft, (await SkpUji.MuatAsync(factory, factory.Data.Alpha.Id, id)).Status);
    }

    [Fact]
    public async Task An_rhk_utama_may_be_drafted_without_the_atasan_rhk_but_not_submitted()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Tanpa Intervensi");
        var client = await factory.LoginAsync(akun);
        var id = SkpUji.IdDari(await MasterDataForm.SubmitAsync(client, "/perencanaan/skp/baru", SkpBaru()));
        var simpan = await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}/rhk", new()
        {
            ["Input.Jenis"] = "Utama", ["Input.Teks"] = "Terkelolanya arsip bidang", ["Input.RhkAtasanId"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, simpan.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(client, simpan.Headers.Location!.OriginalString,
            Indikator("Kuantitas", "Jumlah arsip tertata", "200", "Berkas"))).StatusCode);

        var ajukan = await Html.PostFormAsync(client, $"/perencanaan/skp/{id}/ajukan", new() { ["Versi"] = "2" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ajukan.StatusCode);
        Assert.Contains("RHK utama \"Terkelolanya arsip bidang\" belum mengintervensi RHK pejabat penilai.",
            (await Html.ParseAsync(ajukan)).QuerySelector("#daftar-masalah")!.TextContent);

        // An atasan RHK that is not in the penilai's SKP is refused on the form.
        var lain = await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}/rhk", new()
        {
            ["Input.Jenis"] = "Utama", ["Input.Teks"] = "RHK dengan tautan palsu", ["Input.RhkAtasanId"] = Guid.NewGuid().ToString(),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lain.StatusCode);
        Assert.Contains("tidak ada (lagi) pada SKP pejabat penilai", Html.Messages(await Html.ParseAsync(lain)));
        Assert.Equal(StatusSkp.Draft, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Status);
    }

    [Fact]
    public async Task A_target_that_is_not_a_number_is_refused_and_the_typed_values_stay()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Salah Angka");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun);
        var skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        var rhkId = skp.Rhk.Single().Id;
        var client = await factory.LoginAsync(akun);

        var r = await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}/rhk/{rhkId}/indikator",
            Indikator("Kualitas", "Persentase laporan tanpa revisi", "seratus persen", "Persen"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var halaman = await Html.ParseAsync(r);
        Assert.Contains("Target harus berupa angka", Html.Messages(halaman));
        Assert.Equal("seratus persen", halaman.QuerySelector("#Input_Target")!.GetAttribute("value"));
        Assert.Equal("Persentase laporan tanpa revisi", halaman.QuerySelector("#Input_Teks")!.TextContent.Trim());
        Assert.Equal(2, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Rhk.Single().Indikator.Count);

        // "1000.5" (a phone keyboard's dot) is a number too; an empty target is refused for a kuantitatif SKP.
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}/rhk/{rhkId}/indikator",
            Indikator("Biaya", "Biaya penggandaan", "1000.5", "Rupiah"))).StatusCode);
        Assert.Contains(1000.5m, (await SkpUji.MuatAsync(factory, alpha.Id, id)).Rhk.Single().Indikator.Select(i => i.Target));
        var kosong = await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}/rhk/{rhkId}/indikator", Indikator("Kualitas", "Mutu", "", "Persen"));
        Assert.Equal(HttpStatusCode.BadRequest, kosong.StatusCode);
        Assert.Contains("Target harus berupa angka (pendekatan kuantitatif)", Html.Messages(await Html.ParseAsync(kosong)));
    }

    [Fact]
    public async Task Editing_an_approved_skp_is_refused_with_a_pointer_to_a_revision()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Sudah Disetujui");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Disetujui);
        var skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        var rhk = skp.Rhk.Single();
        var client = await factory.LoginAsync(akun);

        var halaman = await Html.GetAsync(client, $"/perencanaan/skp/{id}");
        Assert.Null(halaman.QuerySelector($"a[href='/perencanaan/skp/{id}/rhk/{rhk.Id}']"));
        Assert.NotNull(halaman.QuerySelector($"form[action='/perencanaan/skp/{id}/revisi']"));

        var ubah = await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}/rhk/{rhk.Id}", new() { ["Input.Teks"] = "Diubah diam-diam" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ubah.StatusCode);
        var pesan = Html.Messages(await Html.ParseAsync(ubah));
        Assert.Contains("Buat revisi SKP untuk mengubahnya", pesan);
        var hapus = await MasterDataForm.PostWithTokenFromAsync(client, $"/perencanaan/skp/{id}", $"/perencanaan/skp/{id}/rhk/{rhk.Id}?handler=Hapus",
            new() { ["versi"] = skp.Versi.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, hapus.StatusCode);
        var lampiran = await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}/lampiran", new() { ["Input.Konsekuensi"] = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lampiran.StatusCode);
        skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Equal((StatusSkp.Disetujui, "Tersusunnya laporan pembinaan sekolah"), (skp.Status, skp.Rhk.Single().Teks));
        Assert.Empty(skp.Lampiran);
    }

    [Fact]
    public async Task Only_the_skps_pejabat_penilai_may_approve_or_return_it()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Bukan Bawahanmu");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Diajukan);
        var versi = (await SkpUji.MuatAsync(factory, alpha.Id, id)).Versi.ToString();

        // The Kepala Dinas is the atasan's atasan, not this pegawai's penilai; a colleague is nobody's penilai.
        foreach (var orang in new[] { alpha.Pimpinan, alpha.Pegawai })
        {
            var client = await factory.LoginAsync(orang);
            var setuju = await MasterDataForm.PostWithTokenFromAsync(client, "/perencanaan/skp", $"/perencanaan/skp/{id}/setujui", new() { ["versi"] = versi });
            Assert.Equal(HttpStatusCode.Forbidden, setuju.StatusCode);
            Assert.Contains("Anda bukan pejabat penilai pegawai ini", Html.Messages(await Html.ParseAsync(setuju)));
            var kembali = await MasterDataForm.PostWithTokenFromAsync(client, "/perencanaan/skp", $"/perencanaan/skp/{id}/kembalikan",
                new() { ["Versi"] = versi, ["Alasan"] = "Coba-coba" });
            Assert.Equal(HttpStatusCode.Forbidden, kembali.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.LoginAsync(alpha.Pegawai)).GetAsync($"/perencanaan/skp/{id}")).StatusCode);

        // The real penilai cannot approve twice: the second approval meets the wrong status (422).
        var atasan = await factory.LoginAsync(alpha.Atasan);
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(atasan, $"/perencanaan/skp/{id}", new(), "#form-setujui")).StatusCode);
        var lagi = await MasterDataForm.PostWithTokenFromAsync(atasan, "/perencanaan/skp-bawahan", $"/perencanaan/skp/{id}/setujui",
            new() { ["versi"] = (await SkpUji.MuatAsync(factory, alpha.Id, id)).Versi.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lagi.StatusCode);
        Assert.Contains("tidak dapat disetujui", Html.Messages(await Html.ParseAsync(lagi)));
    }

    [Fact]
    public async Task Another_tenant_gets_404_for_an_skp_and_auditors_read_it_without_edit_controls()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Rahasia Alpha");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun);

        var beta = await factory.LoginAsync(factory.Data.Beta.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/perencanaan/skp/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/perencanaan/skp/{id}/rhk")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MasterDataForm.PostWithTokenFromAsync(beta, "/perencanaan/skp", $"/perencanaan/skp/{id}/setujui",
            new() { ["versi"] = "1" })).StatusCode);

        var auditor = await factory.LoginAsync(alpha.Auditor);
        var halaman = await Html.GetAsync(auditor, $"/perencanaan/skp/{id}");
        Assert.Contains("Tersusunnya laporan pembinaan sekolah", halaman.QuerySelector("#hasil-kerja")!.TextContent);
        Assert.Empty(halaman.QuerySelectorAll("main form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync($"/perencanaan/skp/{id}/rhk")).StatusCode);
    }

    [Fact]
    public async Task The_atasan_fills_ekspektasi_khusus_until_approval()
    {
        var alpha = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, alpha, "Ekspektasi");
        var id = await SkpUji.SkpLengkapAsync(factory, alpha, akun, StatusSkp.Diajukan);
        var atasan = await factory.LoginAsync(alpha.Atasan);
        var r = await MasterDataForm.SubmitAsync(atasan, $"/perencanaan/skp/{id}/ekspektasi", new() { ["Ekspektasi[1]"] = "Menyerahkan laporan keuangan tanpa selisih" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Equal("Menyerahkan laporan keuangan tanpa selisih", skp.Perilaku.Single(p => p.Aspek == AspekPerilaku.Akuntabel).EkspektasiKhusus);
        Assert.Contains("Menyerahkan laporan keuangan tanpa selisih", (await Html.GetAsync(await factory.LoginAsync(akun), $"/perencanaan/skp/{id}"))
            .QuerySelector("#perilaku-Akuntabel")!.TextContent);

        var pegawai = await factory.LoginAsync(akun);
        Assert.Equal(HttpStatusCode.Forbidden, (await pegawai.GetAsync($"/perencanaan/skp/{id}/ekspektasi")).StatusCode);
    }

    [Fact]
    public async Task A_jpt_at_the_top_of_the_tree_writes_rhk_with_penugasan_sasaran_and_perspektif_and_submits_to_the_kepala_daerah()
    {
        var alpha = factory.Data.Alpha;
        var sasaran = await factory.WithDbAsync(alpha.Id, async db =>
        {
            var s = SasaranOrganisasi.Buat(alpha.Id, Tahun, null, TingkatSasaran.TujuanRpjmd, "Meningkatnya kualitas sumber daya manusia", null);
            db.SasaranOrganisasi.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        var kadis = await factory.LoginAsync(alpha.Pimpinan);
        // The Kepala Dinas heads the test tree: the kepala daerah is the penilai (no pegawai), said before the SKP is made.
        var baru = await Html.GetAsync(kadis, "/perencanaan/skp/baru");
        Assert.NotNull(baru.QuerySelector("#info-kepala-daerah"));
        Assert.Null(baru.QuerySelector("#peringatan-penilai"));
        var id = SkpUji.IdDari(await MasterDataForm.SubmitAsync(kadis, "/perencanaan/skp/baru", SkpBaru()));

        var form = await Html.GetAsync(kadis, $"/perencanaan/skp/{id}/rhk");
        Assert.Null(form.QuerySelector("#Input_RhkAtasanId"));
        Assert.Contains("Meningkatnya kualitas sumber daya manusia", form.QuerySelector("#Input_SasaranOrganisasiId")!.TextContent);
        var simpan = await MasterDataForm.SubmitAsync(kadis, $"/perencanaan/skp/{id}/rhk", new()
        {
            ["Input.Jenis"] = "Utama", ["Input.Teks"] = "Meningkatnya mutu pembelajaran pendidikan dasar", ["Input.PenugasanDari"] = "Bupati",
            ["Input.SasaranOrganisasiId"] = sasaran.ToString(),
        });
        var urlIndikator = simpan.Headers.Location!.OriginalString;
        var salah = await MasterDataForm.SubmitAsync(kadis, urlIndikator, new()
        {
            ["Input.Perspektif"] = "Kepuasan Atasan", ["Input.Teks"] = "Persentase sekolah berakreditasi A", ["Input.Target"] = "60", ["Input.Satuan"] = "Persen",
        });
        Assert.Equal(HttpStatusCode.BadRequest, salah.StatusCode);
        Assert.Contains("Perspektif tidak dikenal", Html.Messages(await Html.ParseAsync(salah)));
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(kadis, urlIndikator, new()
        {
            ["Input.Perspektif"] = "Penerima Layanan", ["Input.Teks"] = "Persentase sekolah berakreditasi A", ["Input.Target"] = "60", ["Input.Satuan"] = "Persen",
        })).StatusCode);

        var skp = await SkpUji.MuatAsync(factory, alpha.Id, id);
        var rhk = Assert.Single(skp.Rhk);
        Assert.Equal(("Bupati", sasaran, (Guid?)null), (rhk.PenugasanDari, rhk.SasaranOrganisasiId!.Value, rhk.RhkAtasanId));
        Assert.Equal(("Penerima Layanan", (AspekIndikator?)null), (rhk.Indikator.Single().Perspektif, rhk.Indikator.Single().Aspek));
        var halaman = await Html.GetAsync(kadis, $"/perencanaan/skp/{id}");
        Assert.Contains("Penugasan dari", halaman.QuerySelector($"#rhk-{rhk.Id}")!.TextContent);
        Assert.Contains("Perspektif", halaman.QuerySelector(".tabel-indikator thead")!.TextContent);

        var ajukan = await Html.PostFormAsync(kadis, $"/perencanaan/skp/{id}/ajukan", new() { ["Versi"] = skp.Versi.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, ajukan.StatusCode);
        var diajukan = await SkpUji.MuatAsync(factory, alpha.Id, id);
        Assert.Equal((StatusSkp.Diajukan, true, (Guid?)null), (diajukan.Status, diajukan.PenilaiKepalaDaerah, diajukan.PejabatPenilaiId));
    }
}
