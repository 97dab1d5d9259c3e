using System.Net;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>
/// The SKP page and the RHK form are the most opened planning pages at month-end: they read a typical SKP in a fixed, small
/// number of queries (not one per RHK or indicator), and still show everything they showed before.
/// </summary>
public sealed class SkpKueriTests(KinaraFactory factory, ITestOutputHelper output) : IClassFixture<KinaraFactory>
{
    /// <summary>The pelaksana post of the test pegawai, rated by the Atasan (Kepala Bidang).</summary>
    private static PosisiSkp PosisiStaf(TestTenant t) => new(t.JabatanStafId, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana,
        t.UnitBidangId, "Bidang Pembinaan SD", t.Atasan.PegawaiId, t.Atasan.Nama, t.Atasan.Nip);

    /// <summary>A typical draft: two RHK linked to the atasan's, three indicators, lampiran, an ekspektasi khusus.</summary>
    private async Task<(TestAccount Akun, Guid SkpId, Guid RhkId)> SkpBiasaAsync(string nama)
    {
        var t = factory.Data.Alpha;
        var atasan = await SkpUji.SkpAtasanAsync(factory, t);
        var akun = await SkpUji.PegawaiBaruAsync(factory, t, nama);
        var (skpId, rhkId) = await factory.WithDbAsync(t.Id, async db =>
        {
            var posisi = PosisiStaf(t);
            var skp = Skp.Buat(t.Id, akun.PegawaiId, new DateOnly(SkpUji.Tahun, 1, 1), new DateOnly(SkpUji.Tahun, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
            var r1 = skp.TambahRhk(JenisRhk.Utama, "Tersusunnya laporan pembinaan sekolah", atasan.RhkUtama, JenisCascading.TidakLangsung);
            skp.TambahIndikator(r1.Id, AspekIndikator.Kuantitas, null, "Jumlah laporan pembinaan", 12, null, null, "Laporan");
            skp.TambahIndikator(r1.Id, AspekIndikator.Waktu, null, "Ketepatan waktu penyampaian", 12, null, null, "Bulan");
            var r2 = skp.TambahRhk(JenisRhk.Utama, "Mutakhirnya data pokok sekolah binaan", atasan.RhkKedua, JenisCascading.Langsung);
            skp.TambahIndikator(r2.Id, AspekIndikator.Kualitas, null, "Persentase data sekolah yang valid", 95, null, null, "Persen");
            skp.SetLampiran(JenisLampiran.DukunganSumberDaya, ["Laptop kantor", "Akses Dapodik"]);
            skp.SetEkspektasiKhusus(AspekPerilaku.Akuntabel, "Laporan dikirim sebelum tanggal 5");
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return (skp.Id, r1.Id);
        });
        return (akun, skpId, rhkId);
    }

    private async Task<(T Hasil, HitungKueri Hitung)> HitungAsync<T>(Func<Task<T>> aksi)
    {
        var hitung = new HitungKueri(factory);
        try
        {
            var hasil = await aksi();
            // Background work on the same database (the audit sealer) must not count against the page.
            return (hasil, hitung);
        }
        finally
        {
            hitung.Dispose();
        }
    }

    private static int KueriHalaman(HitungKueri hitung) => hitung.Perintah.Count(p => !p.Contains("audit", StringComparison.OrdinalIgnoreCase)
        && !p.Contains("impor_job", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task The_skp_page_of_a_typical_skp_reads_in_two_queries_and_shows_all_of_it()
    {
        var (akun, id, _) = await SkpBiasaAsync("Kueri Halaman SKP");
        var client = await factory.LoginAsync(akun);
        await Html.GetAsync(client, $"/perencanaan/skp/{id}"); // warm: the first request compiles the queries

        var (page, hitung) = await HitungAsync(() => Html.GetAsync(client, $"/perencanaan/skp/{id}"));
        output.WriteLine(hitung.ToString());
        Assert.InRange(KueriHalaman(hitung), 1, 2);
        Assert.Equal(1, hitung.KoneksiDibuka); // [SatuKoneksi]: both statements on one connection from the pool

        Assert.Contains("Kueri Halaman SKP", page.QuerySelector("#kepala-skp")!.TextContent);
        Assert.Contains(akun.Nip, page.QuerySelector("#kepala-skp")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#hasil-kerja article").Length);
        Assert.Equal(3, page.QuerySelectorAll("#hasil-kerja .tabel-indikator tbody tr").Length);
        Assert.Contains("Meningkatnya mutu pembinaan sekolah dasar", page.QuerySelectorAll(".rhk-atasan")[0].TextContent);
        Assert.Contains("Tersusunnya data pokok pendidikan yang mutakhir", page.QuerySelectorAll(".rhk-atasan")[1].TextContent);
        Assert.DoesNotContain("tidak berlaku", page.QuerySelector("#hasil-kerja")!.TextContent);
        Assert.Contains("Laporan dikirim sebelum tanggal 5", page.QuerySelector($"#perilaku-{AspekPerilaku.Akuntabel}")!.TextContent);
        Assert.Contains("belum diisi", page.QuerySelector($"#perilaku-{AspekPerilaku.Loyal}")!.TextContent);
        Assert.Equal(["Laptop kantor", "Akses Dapodik"], page.QuerySelectorAll("#lampiran ol li").Select(li => li.TextContent));
        Assert.Null(page.QuerySelector("#versi")); // one version only
        Assert.Contains("ajukan", page.QuerySelector("#langkah-berikutnya")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_skp_page_keeps_a_link_to_the_ketua_of_the_pegawais_tim_kerja_and_flags_a_link_to_anyone_else()
    {
        var t = factory.Data.Alpha;
        var atasan = await SkpUji.SkpAtasanAsync(factory, t);
        var akun = await SkpUji.PegawaiBaruAsync(factory, t, "Kueri Tautan Tim");
        var ketua = await SkpUji.PegawaiBaruAsync(factory, t, "Ketua Tim Tautan");
        var lain = await SkpUji.PegawaiBaruAsync(factory, t, "Bukan Ketua Tautan");
        var posisi = PosisiStaf(t);
        var id = await factory.WithDbAsync(t.Id, async db =>
        {
            Guid RhkDari(TestAccount pemilik, string teks)
            {
                var skp = Skp.Buat(t.Id, pemilik.PegawaiId, new DateOnly(SkpUji.Tahun, 1, 1), new DateOnly(SkpUji.Tahun, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
                var r = skp.TambahRhk(JenisRhk.Utama, teks);
                db.Skp.Add(skp);
                return r.Id;
            }
            var rhkKetua = RhkDari(ketua, "Terlaksananya program tim lintas seksi");
            var rhkLain = RhkDari(lain, "Tersusunnya jadwal piket kantor");
            var tim = TimKerja.Bentuk(t.Id, SkpUji.Tahun, "Tim Tautan", t.Atasan.PegawaiId);
            tim.TetapkanKetua(ketua.PegawaiId);
            tim.TambahAnggota(akun.PegawaiId, PeranTim.Anggota);
            db.TimKerja.Add(tim);
            var skp = Skp.Buat(t.Id, akun.PegawaiId, new DateOnly(SkpUji.Tahun, 1, 1), new DateOnly(SkpUji.Tahun, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
            skp.TambahRhk(JenisRhk.Utama, "Tersusunnya laporan pembinaan", atasan.RhkUtama, JenisCascading.Langsung);
            skp.TambahRhk(JenisRhk.Tambahan, "Terdukungnya program tim", rhkKetua, JenisCascading.TidakLangsung);
            skp.TambahRhk(JenisRhk.Tambahan, "Terbantunya jadwal piket", rhkLain, JenisCascading.TidakLangsung);
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });
        var client = await factory.LoginAsync(akun);
        await Html.GetAsync(client, $"/perencanaan/skp/{id}");

        var (page, hitung) = await HitungAsync(() => Html.GetAsync(client, $"/perencanaan/skp/{id}"));
        output.WriteLine(hitung.ToString());
        // The links to someone other than the penilai take one more query (the tim kerja check); the penilai's do not.
        Assert.InRange(KueriHalaman(hitung), 1, 3);
        var tautan = page.QuerySelectorAll(".rhk-atasan").Select(e => e.TextContent).ToList();
        Assert.Equal(3, tautan.Count);
        Assert.Contains("Meningkatnya mutu pembinaan sekolah dasar", tautan[0]);
        Assert.DoesNotContain("tidak berlaku", tautan[0]);
        Assert.Contains("Terlaksananya program tim lintas seksi", tautan[1]);
        Assert.DoesNotContain("tidak berlaku", tautan[1]);
        Assert.Contains("Tersusunnya jadwal piket kantor", tautan[2]);
        Assert.Contains("tidak berlaku", tautan[2]);
    }

    [Fact]
    public async Task The_skp_list_of_an_approved_running_skp_reads_in_one_query_and_still_notices_a_change_of_post()
    {
        var (akun, id, _) = await SkpBiasaAsync("Kueri Daftar SKP");
        var t = factory.Data.Alpha;
        await factory.WithDbAsync(t.Id, async db =>
        {
            var skp = await db.Skp.Include(s => s.Rhk).ThenInclude(r => r.Indikator).Include(s => s.Perilaku).Include(s => s.Lampiran)
                .SingleAsync(s => s.Id == id);
            var posisi = PosisiStaf(t);
            skp.Ajukan(posisi, reviuPengelola: false, DateTime.UtcNow);
            skp.Setujui(t.Atasan.PegawaiId, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        var client = await factory.LoginAsync(akun);
        await Html.GetAsync(client, "/perencanaan/skp"); // warm: compiles the query, builds the position tree

        var (page, hitung) = await HitungAsync(() => Html.GetAsync(client, "/perencanaan/skp"));
        output.WriteLine(hitung.ToString());
        Assert.Equal(1, KueriHalaman(hitung));
        Assert.Single(page.QuerySelectorAll("#daftar-skp tbody tr"));
        Assert.Null(page.QuerySelector("#posisi-berubah")); // same post, same penilai as when it was approved

        // The pegawai is moved to the Kepala Bidang's post: another post and another penilai than the approved SKP's.
        // (Moved back afterwards: a second holder of that post would change other tests' penilai.)
        async Task PindahAsync(Guid jabatanId) => await factory.WithDbAsync(t.Id, async db =>
        {
            var p = await db.Pegawai.SingleAsync(x => x.Id == akun.PegawaiId);
            p.JabatanId = jabatanId;
            await db.SaveChangesAsync();
        });
        await PindahAsync(t.JabatanKabidId);
        try
        {
            var sesudah = await Html.GetAsync(client, "/perencanaan/skp");
            Assert.NotNull(sesudah.QuerySelector("#posisi-berubah"));
        }
        finally
        {
            await PindahAsync(t.JabatanStafId);
        }
    }

    [Fact]
    public async Task The_rhk_form_reads_in_two_queries_and_its_save_in_two_plus_the_write()
    {
        var (akun, id, rhkId) = await SkpBiasaAsync("Kueri Form RHK");
        var client = await factory.LoginAsync(akun);
        var url = $"/perencanaan/skp/{id}/rhk/{rhkId}";
        await Html.GetAsync(client, url);

        var (page, hitung) = await HitungAsync(() => Html.GetAsync(client, url));
        output.WriteLine(hitung.ToString());
        Assert.InRange(KueriHalaman(hitung), 1, 2);
        Assert.Equal(1, hitung.KoneksiDibuka);
        Assert.Equal("Tersusunnya laporan pembinaan sekolah", page.QuerySelector("#Input_Teks")!.TextContent.Trim());
        var pilihan = page.QuerySelectorAll("#Input_RhkAtasanId option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Meningkatnya mutu pembinaan sekolah dasar", pilihan);
        Assert.Contains("Tersusunnya data pokok pendidikan yang mutakhir", pilihan);

        var (simpan, hitungSimpan) = await HitungAsync(() => MasterDataForm.SubmitAsync(client, page, url, new() { ["Input.Teks"] = "Tersusunnya laporan pembinaan sekolah triwulanan" }));
        output.WriteLine(hitungSimpan.ToString());
        Assert.Equal(HttpStatusCode.Redirect, simpan.StatusCode);
        // The page's reads come before its one save; what the save itself runs (the audit chain) is not the page's doing.
        var baca = hitungSimpan.Perintah.TakeWhile(p => p.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            .Count(p => !p.Contains("audit", StringComparison.OrdinalIgnoreCase) && !p.Contains("impor_job", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(baca, 1, 2);
        Assert.Equal(1, hitungSimpan.KoneksiDibuka); // reads, write and audit entries on one connection
        Assert.Contains(hitungSimpan.Perintah, p => p.Contains("UPDATE", StringComparison.OrdinalIgnoreCase) && p.Contains("Versi"));

        var skp = await SkpUji.MuatAsync(factory, factory.Data.Alpha.Id, id);
        Assert.Equal("Tersusunnya laporan pembinaan sekolah triwulanan", skp.Rhk.Single(r => r.Id == rhkId).Teks);
        // Only what the form changed: the other RHK, the indicators, perilaku and lampiran are all still there.
        Assert.Equal((2, 3, 7, 2), (skp.Rhk.Count, skp.Rhk.Sum(r => r.Indikator.Count), skp.Perilaku.Count, skp.Lampiran.Count));
        Assert.Equal("Laporan dikirim sebelum tanggal 5", skp.Perilaku.Single(p => p.Aspek == AspekPerilaku.Akuntabel).EkspektasiKhusus);

        // The same (now stale) form again: 409 with the pick lists shown again, nothing saved.
        var basi = await MasterDataForm.SubmitAsync(client, page, url, new() { ["Input.Teks"] = "Teks dari formulir lama" });
        Assert.Equal(HttpStatusCode.Conflict, basi.StatusCode);
        var ulang = await Html.ParseAsync(basi);
        Assert.Contains(ulang.QuerySelectorAll("#Input_RhkAtasanId option"), o => o.TextContent.Contains("Meningkatnya mutu pembinaan sekolah dasar"));
        Assert.Equal("Tersusunnya laporan pembinaan sekolah triwulanan", (await SkpUji.MuatAsync(factory, factory.Data.Alpha.Id, id)).Rhk.Single(r => r.Id == rhkId).Teks);
    }

    [Fact]
    public async Task A_new_rhk_takes_the_next_number_and_deleting_one_removes_its_indicators()
    {
        var (akun, id, rhkId) = await SkpBiasaAsync("Kueri RHK Baru");
        var client = await factory.LoginAsync(akun);
        var baru = await MasterDataForm.SubmitAsync(client, $"/perencanaan/skp/{id}/rhk", new()
        {
            ["Input.Teks"] = "Terlaksananya pendampingan sekolah", ["Input.Jenis"] = nameof(JenisRhk.Tambahan),
        });
        Assert.Equal(HttpStatusCode.Redirect, baru.StatusCode);
        var skp = await SkpUji.MuatAsync(factory, factory.Data.Alpha.Id, id);
        Assert.Equal([1, 2, 3], skp.Rhk.Select(r => r.Urutan).Order());

        var hapus = await MasterDataForm.PostWithTokenFromAsync(client, $"/perencanaan/skp/{id}", $"/perencanaan/skp/{id}/rhk/{rhkId}?handler=Hapus",
            new() { ["versi"] = skp.Versi.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, hapus.StatusCode);
        skp = await SkpUji.MuatAsync(factory, factory.Data.Alpha.Id, id);
        Assert.Equal((2, 1), (skp.Rhk.Count, skp.Rhk.Sum(r => r.Indikator.Count)));
        Assert.False(await factory.WithDbAsync(factory.Data.Alpha.Id, db => db.IndikatorKinerja.AnyAsync(i => i.RhkId == rhkId)));
    }

    [Fact]
    public async Task A_jpt_skp_page_shows_the_sasaran_organisasi_in_the_same_three_queries()
    {
        var t = factory.Data.Alpha;
        var akun = await SkpUji.PegawaiBaruAsync(factory, t, "Kueri JPT");
        var id = await factory.WithDbAsync(t.Id, async db =>
        {
            var sasaran = SasaranOrganisasi.Buat(t.Id, SkpUji.Tahun, null, TingkatSasaran.TujuanRpjmd, "Meningkatnya mutu layanan pendidikan dasar", null);
            db.SasaranOrganisasi.Add(sasaran);
            var posisi = new PosisiSkp(t.JabatanKadinId, "Kepala Dinas Pendidikan", JenisJabatan.Jpt, t.UnitDinasId, "Dinas Pendidikan",
                null, "Bupati Alpha", null, PenilaiKepalaDaerah: true);
            var skp = Skp.Buat(t.Id, akun.PegawaiId, new DateOnly(SkpUji.Tahun, 1, 1), new DateOnly(SkpUji.Tahun, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
            var r = skp.TambahRhk(JenisRhk.Utama, "Meningkatnya angka partisipasi sekolah", penugasanDari: "Bupati", sasaranOrganisasiId: sasaran.Id);
            skp.TambahIndikator(r.Id, null, "Penerima Layanan", "Angka partisipasi murni SD", 98, null, null, "Persen");
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
            return skp.Id;
        });
        var client = await factory.LoginAsync(akun);
        await Html.GetAsync(client, $"/perencanaan/skp/{id}");
        var (page, hitung) = await HitungAsync(() => Html.GetAsync(client, $"/perencanaan/skp/{id}"));
        Assert.InRange(KueriHalaman(hitung), 1, 3);
        Assert.Contains("Meningkatnya mutu layanan pendidikan dasar", page.QuerySelector("#hasil-kerja")!.TextContent);
        Assert.Contains("Bupati", page.QuerySelector("#hasil-kerja")!.TextContent);
    }
}
