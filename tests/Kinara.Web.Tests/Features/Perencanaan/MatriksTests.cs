using System.Net;
using AngleSharp.Dom;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>
/// The matriks peran hasil (/perencanaan/matriks) and assigning an atasan RHK to bawahan from it
/// (/perencanaan/matriks/rhk/{id}/tetapkan): direct cascading copies and splits, non-direct creates a contributing RHK.
/// Every test uses its own new staff under the test tree's Kepala Bidang (the Atasan account).
/// </summary>
public sealed class MatriksTests(KinaraFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<KinaraFactory>
{
    private TestTenant Alpha => factory.Data.Alpha;

    private static string Url(Guid rhk, Guid? pegawai = null) =>
        $"/perencanaan/matriks/rhk/{rhk}/tetapkan" + (pegawai is { } p ? $"?pegawai={p}" : "");

    /// <summary>A new RHK on the Atasan's SKP with "Jumlah sekolah terbina: 100 sekolah" and "Ketepatan waktu: 12 bulan".</summary>
    private async Task<(Guid Rhk, Guid Jumlah, Guid Waktu)> RhkAtasanAsync(string teks)
    {
        var (skpId, _, _) = await SkpUji.SkpAtasanAsync(factory, Alpha);
        return await factory.WithDbAsync(Alpha.Id, async db =>
        {
            var skp = await db.Skp.Include(s => s.Rhk).ThenInclude(r => r.Indikator).SingleAsync(s => s.Id == skpId);
            var rhk = skp.TambahRhk(JenisRhk.Utama, teks);
            var jumlah = skp.TambahIndikator(rhk.Id, AspekIndikator.Kuantitas, null, "Jumlah sekolah terbina", 100, null, null, "sekolah");
            var waktu = skp.TambahIndikator(rhk.Id, AspekIndikator.Waktu, null, "Ketepatan waktu", 12, null, null, "bulan");
            await db.SaveChangesAsync();
            return (rhk.Id, jumlah.Id, waktu.Id);
        });
    }

    private Task<List<Skp>> SkpPegawaiAsync(Guid pegawaiId) =>
        factory.WithDbAsync(Alpha.Id, db => db.Skp.AsNoTracking().Include(s => s.Rhk).ThenInclude(r => r.Indikator)
            .Where(s => s.PegawaiId == pegawaiId).AsSplitQuery().ToListAsync());

    private static Dictionary<string, string> Pilih(params Guid[] pegawai) =>
        pegawai.ToDictionary(p => $"Input.Baris[{p}].Dipilih", _ => "true");

    /// <summary>The desktop table's cell of one column in one row.</summary>
    private static IElement Sel(IDocument page, Guid rhk, Guid pegawai)
    {
        var kepala = page.QuerySelectorAll("#matriks thead tr.matriks-kepala th").ToList();
        var indeks = kepala.FindIndex(th => th.GetAttribute("data-pegawai") == pegawai.ToString());
        Assert.True(indeks >= 0, $"column {pegawai} not in the matrix");
        return page.QuerySelectorAll($"#matriks tr#rhk-{rhk} td")[indeks];
    }

    [Fact]
    public async Task The_matrix_shows_the_atasan_rhk_rows_and_a_bawahan_rhk_in_the_cell_of_the_row_it_intervenes()
    {
        var (_, rhkUtama, _) = await SkpUji.SkpAtasanAsync(factory, Alpha);
        var (rhkKosong, _, _) = await RhkAtasanAsync("Terbinanya sekolah penggerak di kecamatan terpencil");
        var isi = await SkpUji.PegawaiBaruAsync(factory, Alpha, "Bawahan Berkontribusi");
        var belum = await SkpUji.PegawaiBaruAsync(factory, Alpha, "Bawahan Tanpa SKP");
        await SkpUji.SkpLengkapAsync(factory, Alpha, isi, StatusSkp.Diajukan, rhk: "Tersusunnya laporan pembinaan gugus sekolah");
        var client = await factory.LoginAsync(Alpha.Atasan);

        var page = await Html.GetAsync(client, "/perencanaan/matriks");

        var baris = page.QuerySelector($"#matriks tr#rhk-{rhkUtama}")!;
        Assert.Contains("Meningkatnya mutu pembinaan sekolah dasar", baris.QuerySelector("th")!.TextContent);
        var sel = Sel(page, rhkUtama, isi.PegawaiId).TextContent;
        Assert.Contains("Tersusunnya laporan pembinaan gugus sekolah", sel);
        Assert.Contains("Tidak langsung", sel);
        Assert.Contains("Diajukan", sel);
        // A submitted SKP cannot take a new RHK: no "Tetapkan" in that column; the pegawai without an SKP can get one.
        Assert.Null(Sel(page, rhkKosong, isi.PegawaiId).QuerySelector("a"));
        Assert.Equal(Url(rhkKosong, belum.PegawaiId), Sel(page, rhkKosong, belum.PegawaiId).QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Belum ada SKP", page.QuerySelector($"#matriks th[data-pegawai='{belum.PegawaiId}']")!.TextContent);
        // The row nobody intervenes yet is highlighted, in the table and in the phone list.
        Assert.Equal("true", page.QuerySelector($"#matriks tr#rhk-{rhkKosong}")!.GetAttribute("data-belum"));
        Assert.Equal("false", baris.GetAttribute("data-belum"));
        var kartu = page.QuerySelector($"#matriks-ponsel #rhk-ponsel-{rhkUtama}")!;
        Assert.Contains("Tersusunnya laporan pembinaan gugus sekolah", kartu.TextContent);
        Assert.Contains("Belum diturunkan", page.QuerySelector($"#matriks-ponsel #rhk-ponsel-{rhkKosong}")!.TextContent);
    }

    [Fact]
    public async Task While_the_atasan_drafts_a_revision_the_rows_are_the_revision_and_links_to_the_approved_version_still_show()
    {
        // The Kepala Dinas (Pimpinan) as atasan: an approved SKP, then a revision started; the Super Admin's pegawai (an
        // analis under him) intervenes an RHK of the approved version.
        var t = SkpUji.Tahun;
        var (rhkRevisi, rhkLama) = await factory.WithDbAsync(Alpha.Id, async db =>
        {
            var posisi = new PosisiSkp(Alpha.JabatanKadinId, "Kepala Dinas Pendidikan", Kinara.Domain.Organisasi.JenisJabatan.Jpt, Alpha.UnitDinasId,
                "Dinas Pendidikan alpha", Guid.NewGuid(), "Bupati", null);
            var skp = Skp.Buat(Alpha.Id, Alpha.Pimpinan.PegawaiId, new DateOnly(t, 1, 1), new DateOnly(t, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
            var rhk = skp.TambahRhk(JenisRhk.Utama, "Meningkatnya angka partisipasi sekolah", penugasanDari: "Bupati");
            skp.TambahIndikator(rhk.Id, null, "Penerima Layanan", "Angka partisipasi murni SD", 98, null, null, "%");
            skp.Ajukan(posisi, reviuPengelola: false, DateTime.UtcNow);
            skp.Setujui(posisi.PejabatPenilaiId!.Value, DateTime.UtcNow);
            var revisi = skp.BuatRevisi(DateTime.UtcNow);
            db.Skp.AddRange(skp, revisi);
            await db.SaveChangesAsync();
            return (revisi.Rhk.Single().Id, rhk.Id);
        });
        await factory.WithDbAsync(Alpha.Id, async db =>
        {
            var posisi = new PosisiSkp(null, "Analis Kepegawaian Ahli Pertama", Kinara.Domain.Organisasi.JenisJabatan.Fungsional, Alpha.UnitDinasId,
                "Dinas Pendidikan alpha", Alpha.Pimpinan.PegawaiId, Alpha.Pimpinan.Nama, Alpha.Pimpinan.Nip);
            var skp = Skp.Buat(Alpha.Id, Alpha.SuperAdmin.PegawaiId, new DateOnly(t, 1, 1), new DateOnly(t, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);
            skp.TambahRhk(JenisRhk.Utama, "Tersusunnya data partisipasi sekolah", rhkLama, JenisCascading.TidakLangsung);
            db.Skp.Add(skp);
            await db.SaveChangesAsync();
        });
        var client = await factory.LoginAsync(Alpha.Pimpinan);

        var page = await Html.GetAsync(client, "/perencanaan/matriks");

        Assert.NotNull(page.QuerySelector($"#matriks tr#rhk-{rhkRevisi}"));
        Assert.Null(page.QuerySelector($"#matriks tr#rhk-{rhkLama}"));
        var sel = Sel(page, rhkRevisi, Alpha.SuperAdmin.PegawaiId).TextContent;
        Assert.Contains("Tersusunnya data partisipasi sekolah", sel);
        Assert.Contains("versi lama", sel);
        // Another bawahan in the same row is offered the revision's RHK, the one that will stay.
        Assert.Equal(Url(rhkRevisi, Alpha.Admin.PegawaiId), Sel(page, rhkRevisi, Alpha.Admin.PegawaiId).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Direct_cascading_copies_the_indicators_and_splits_the_target_equally_among_the_chosen_bawahan()
    {
        var (rhk, _, _) = await RhkAtasanAsync("Terbinanya 100 sekolah inti");
        var bawahan = new List<TestAccount>();
        for (var n = 1; n <= 4; n++)
        {
            bawahan.Add(await SkpUji.PegawaiBaruAsync(factory, Alpha, $"Bagi Rata {n}"));
        }
        var adaSkp = await SkpUji.SkpLengkapAsync(factory, Alpha, bawahan[0]); // a draft with one RHK already
        var client = await factory.LoginAsync(Alpha.Atasan);

        var form = Pilih([.. bawahan.Select(b => b.PegawaiId)]);
        form["Input.Cascading"] = "Langsung";
        var response = await MasterDataForm.SubmitAsync(client, Url(rhk, bawahan[0].PegawaiId), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/perencanaan/matriks?", response.Headers.Location!.OriginalString);
        foreach (var b in bawahan)
        {
            var skp = Assert.Single(await SkpPegawaiAsync(b.PegawaiId));
            var turunan = Assert.Single(skp.Rhk, r => r.RhkAtasanId == rhk);
            Assert.Equal("Terbinanya 100 sekolah inti", turunan.Teks);
            Assert.Equal(JenisCascading.Langsung, turunan.Cascading);
            Assert.Equal(JenisRhk.Utama, turunan.Jenis);
            Assert.Equal(["Jumlah sekolah terbina", "Ketepatan waktu"], turunan.Indikator.OrderBy(i => i.Urutan).Select(i => i.Teks));
            Assert.Equal(25m, turunan.Indikator.Single(i => i.Teks == "Jumlah sekolah terbina").Target); // 100 split over 4
            Assert.Equal(12m, turunan.Indikator.Single(i => i.Teks == "Ketepatan waktu").Target);       // a time target is copied
            Assert.Equal("sekolah", turunan.Indikator.Single(i => i.Aspek == AspekIndikator.Kuantitas).Satuan);
        }
        // The existing draft got the RHK added; the others got a new draft SKP with the Atasan as pejabat penilai.
        var lama = Assert.Single(await SkpPegawaiAsync(bawahan[0].PegawaiId));
        Assert.Equal(adaSkp, lama.Id);
        Assert.Equal(2, lama.Rhk.Count);
        var baru = Assert.Single(await SkpPegawaiAsync(bawahan[1].PegawaiId));
        Assert.Equal(StatusSkp.Draft, baru.Status);
        Assert.Equal(Alpha.Atasan.PegawaiId, baru.PejabatPenilaiId);
        Assert.Equal((new DateOnly(SkpUji.Tahun, 1, 1), new DateOnly(SkpUji.Tahun, 12, 31)), (baru.PeriodeAwal, baru.PeriodeAkhir));

        // The matrix now shows the row as cascaded, each with "Langsung".
        var page = await Html.GetAsync(client, "/perencanaan/matriks");
        Assert.Equal("false", page.QuerySelector($"#matriks tr#rhk-{rhk}")!.GetAttribute("data-belum"));
        Assert.Contains("Langsung", Sel(page, rhk, bawahan[3].PegawaiId).TextContent);
    }

    [Fact]
    public async Task A_target_typed_for_one_bawahan_is_kept_and_the_rest_is_shared_by_the_others()
    {
        var (rhk, jumlah, waktu) = await RhkAtasanAsync("Terbinanya sekolah mitra");
        var a = await SkpUji.PegawaiBaruAsync(factory, Alpha, "Ketik Target A");
        var b = await SkpUji.PegawaiBaruAsync(factory, Alpha, "Ketik Target B");
        var c = await SkpUji.PegawaiBaruAsync(factory, Alpha, "Ketik Target C");
        var client = await factory.LoginAsync(Alpha.Atasan);

        var form = Pilih(a.PegawaiId, b.PegawaiId, c.PegawaiId);
        form["Input.Cascading"] = "Langsung";
        form[$"Input.Baris[{b.PegawaiId}].Target[{jumlah}]"] = "40";
        form[$"Input.Baris[{c.PegawaiId}].Target[{waktu}]"] = "6";
        var response = await MasterDataForm.SubmitAsync(client, Url(rhk), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        async Task<(decimal? Jumlah, decimal? Waktu)> TargetAsync(TestAccount akun)
        {
            var r = (await SkpPegawaiAsync(akun.PegawaiId)).Single().Rhk.Single(x => x.RhkAtasanId == rhk);
            return (r.Indikator.Single(i => i.Aspek == AspekIndikator.Kuantitas).Target, r.Indikator.Single(i => i.Aspek == AspekIndikator.Waktu).Target);
        }
        Assert.Equal((30m, 12m), await TargetAsync(a));
        Assert.Equal((40m, 12m), await TargetAsync(b));
        Assert.Equal((30m, 6m), await TargetAsync(c));
    }

    [Fact]
    public async Task Non_direct_cascading_creates_a_new_rhk_contributing_to_the_row()
    {
        var (rhk, _, _) = await RhkAtasanAsync("Meningkatnya mutu sarana sekolah");
        var akun = await SkpUji.PegawaiBaruAsync(factory, Alpha, "Tidak Langsung");
        var client = await factory.LoginAsync(Alpha.Atasan);

        var response = await MasterDataForm.SubmitAsync(client, Url(rhk, akun.PegawaiId), new()
        {
            ["Input.Cascading"] = "TidakLangsung",
            ["Input.Teks"] = "Tersusunnya data kondisi ruang kelas",
            ["Input.IndikatorBaru[0].Aspek"] = "Kuantitas",
            ["Input.IndikatorBaru[0].Teks"] = "Jumlah sekolah yang didata",
            ["Input.IndikatorBaru[0].Target"] = "1.250",
            ["Input.IndikatorBaru[0].Satuan"] = "sekolah",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var skp = Assert.Single(await SkpPegawaiAsync(akun.PegawaiId));
        var baru = Assert.Single(skp.Rhk);
        Assert.Equal("Tersusunnya data kondisi ruang kelas", baru.Teks);
        Assert.Equal(rhk, baru.RhkAtasanId);
        Assert.Equal(JenisCascading.TidakLangsung, baru.Cascading);
        var indikator = Assert.Single(baru.Indikator);
        Assert.Equal(("Jumlah sekolah yang didata", 1250m, "sekolah", AspekIndikator.Kuantitas), (indikator.Teks, indikator.Target!.Value, indikator.Satuan!, indikator.Aspek!.Value));
    }

    [Fact]
    public async Task A_non_direct_rhk_needs_its_text_and_a_bad_target_keeps_what_was_typed()
    {
        var (rhk, _, _) = await RhkAtasanAsync("Meningkatnya kompetensi guru");
        var akun = await SkpUji.PegawaiBaruAsync(factory, Alpha, "Isian Salah");
        var client = await factory.LoginAsync(Alpha.Atasan);

        var tanpaTeks = await MasterDataForm.SubmitAsync(client, Url(rhk, akun.PegawaiId), new() { ["Input.Cascading"] = "TidakLangsung" });
        Assert.Equal(HttpStatusCode.BadRequest, tanpaTeks.StatusCode);
        Assert.Contains("Uraian RHK wajib diisi", Html.Messages(await Html.ParseAsync(tanpaTeks)));

        var targetSalah = await MasterDataForm.SubmitAsync(client, Url(rhk, akun.PegawaiId), new()
        {
            ["Input.Cascading"] = "TidakLangsung", ["Input.Teks"] = "Terlaksananya bimtek guru",
            ["Input.IndikatorBaru[0].Aspek"] = "Kuantitas", ["Input.IndikatorBaru[0].Teks"] = "Jumlah guru", ["Input.IndikatorBaru[0].Target"] = "banyak",
        });
        Assert.Equal(HttpStatusCode.BadRequest, targetSalah.StatusCode);
        var page = await Html.ParseAsync(targetSalah);
        Assert.Contains("target bukan angka", Html.Messages(page));
        Assert.Equal("Terlaksananya bimtek guru", page.QuerySelector("#Input_Teks")!.TextContent);
        Assert.Equal("banyak", page.QuerySelector("#ib-target-0")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector($"input[name='Input.Baris[{akun.PegawaiId}].Dipilih']")!.HasAttribute("checked") ? "true" : "false");
        Assert.Empty(await SkpPegawaiAsync(akun.PegawaiId));
    }

    [Theory]
    [InlineData(StatusSkp.Diajukan, "sedang diajukan")]
    [InlineData(StatusSkp.Disetujui, "membuat revisi SKP")]
    public async Task Assigning_into_a_submitted_or_approved_skp_is_refused_and_changes_nothing(StatusSkp status, string pesan)
    {
        var (rhk, _, _) = await RhkAtasanAsync($"RHK untuk SKP {status}");
        var akun = await SkpUji.PegawaiBaruAsync(factory, Alpha, $"SKP {status}");
        var bebas = await SkpUji.PegawaiBaruAsync(factory, Alpha, $"Bebas {status}");
        var id = await SkpUji.SkpLengkapAsync(factory, Alpha, akun, status);
        var sebelum = (await SkpPegawaiAsync(akun.PegawaiId)).Single();
        var client = await factory.LoginAsync(Alpha.Atasan);

        // Posted as if the form had offered it (a stale page, or a hand-made post), together with a pegawai who is free.
        var form = Pilih(akun.PegawaiId, bebas.PegawaiId);
        form["Input.Cascading"] = "Langsung";
        form[$"Input.Baris[{akun.PegawaiId}].SkpId"] = id.ToString();
        form[$"Input.Baris[{akun.PegawaiId}].Versi"] = sebelum.Versi.ToString();
        var response = await MasterDataForm.SubmitAsync(client, Url(rhk, bebas.PegawaiId), form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(pesan, Html.Messages(await Html.ParseAsync(response)));
        var sesudah = (await SkpPegawaiAsync(akun.PegawaiId)).Single();
        Assert.Equal((sebelum.Versi, sebelum.Status, 1), (sesudah.Versi, sesudah.Status, sesudah.Rhk.Count));
        Assert.Empty(await SkpPegawaiAsync(bebas.PegawaiId)); // all or nothing
    }

    [Fact]
    public async Task A_form_opened_before_the_bawahan_changed_the_skp_gets_409_and_nothing_is_written()
    {
        var (rhk, _, _) = await RhkAtasanAsync("RHK formulir basi");
        var akun = await SkpUji.PegawaiBaruAsync(factory, Alpha, "Formulir Basi");
        var id = await SkpUji.SkpLengkapAsync(factory, Alpha, akun);
        var client = await factory.LoginAsync(Alpha.Atasan);
        var url = Url(rhk, akun.PegawaiId);
        var page = await Html.GetAsync(client, url);

        // Meanwhile the bawahan edits the SKP (through the page, as they would).
        var pemilik = await factory.LoginAsync(akun);
        var skp = (await SkpPegawaiAsync(akun.PegawaiId)).Single();
        Assert.Equal(HttpStatusCode.Redirect, (await MasterDataForm.SubmitAsync(pemilik, $"/perencanaan/skp/{id}/rhk/{skp.Rhk.Single().Id}",
            new() { ["Input.Teks"] = "Diubah oleh pegawai" })).StatusCode);

        var response = await MasterDataForm.SubmitAsync(client, page, url, new() { ["Input.Cascading"] = "Langsung" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("diubah oleh pengguna lain", Html.Messages(await Html.ParseAsync(response)));
        var sesudah = (await SkpPegawaiAsync(akun.PegawaiId)).Single();
        Assert.DoesNotContain(sesudah.Rhk, r => r.RhkAtasanId == rhk);
        Assert.Equal("Diubah oleh pegawai", sesudah.Rhk.Single().Teks);
    }

    [Fact]
    public async Task A_form_opened_before_the_bawahan_created_an_skp_gets_409_instead_of_a_second_skp()
    {
        var (rhk, _, _) = await RhkAtasanAsync("RHK SKP baru dibuat");
        var akun = await SkpUji.PegawaiBaruAsync(factory, Alpha, "SKP Menyusul");
        var client = await factory.LoginAsync(Alpha.Atasan);
        var url = Url(rhk, akun.PegawaiId);
        var page = await Html.GetAsync(client, url);
        await SkpUji.SkpLengkapAsync(factory, Alpha, akun);

        var response = await MasterDataForm.SubmitAsync(client, page, url, new() { ["Input.Cascading"] = "Langsung" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Single(await SkpPegawaiAsync(akun.PegawaiId));
    }

    [Fact]
    public async Task Only_the_owner_of_the_row_may_assign_and_only_to_their_own_bawahan()
    {
        var (rhk, _, _) = await RhkAtasanAsync("RHK yang dijaga");
        var akun = await SkpUji.PegawaiBaruAsync(factory, Alpha, "Bawahan Dijaga");

        // Another pegawai of the tenant (not the owner of the row) is refused, even for a pegawai that is not theirs.
        var pegawai = await factory.LoginAsync(Alpha.Pegawai);
        Assert.Equal(HttpStatusCode.Forbidden, (await pegawai.GetAsync(Url(rhk, akun.PegawaiId))).StatusCode);
        var tolak = await MasterDataForm.PostWithTokenFromAsync(pegawai, "/perencanaan/skp", Url(rhk),
            new() { ["Input.Cascading"] = "Langsung", [$"Input.Baris[{akun.PegawaiId}].Dipilih"] = "true" });
        Assert.Equal(HttpStatusCode.Forbidden, tolak.StatusCode);

        // The owner cannot assign to someone who is neither their bawahan nor in a team they lead (the Admin sits under the Kepala Dinas).
        var atasan = await factory.LoginAsync(Alpha.Atasan);
        Assert.Equal(HttpStatusCode.Forbidden, (await atasan.GetAsync(Url(rhk, Alpha.Admin.PegawaiId))).StatusCode);
        var bukanBawahan = await MasterDataForm.PostWithTokenFromAsync(atasan, Url(rhk), Url(rhk),
            new() { ["Input.Cascading"] = "TidakLangsung", ["Input.Teks"] = "Disusupkan", [$"Input.Baris[{Alpha.Admin.PegawaiId}].Dipilih"] = "true" });
        Assert.Equal(HttpStatusCode.Forbidden, bukanBawahan.StatusCode);
        Assert.Empty(await SkpPegawaiAsync(Alpha.Admin.PegawaiId));

        // Ids of another tenant are not found: its RHK, and its pegawai posted into this tenant's form.
        var beta = await factory.LoginAsync(factory.Data.Beta.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync(Url(rhk))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await atasan.GetAsync(Url(rhk, factory.Data.Beta.Pegawai.PegawaiId))).StatusCode);
        var asing = await MasterDataForm.PostWithTokenFromAsync(atasan, Url(rhk), Url(rhk),
            new() { ["Input.Cascading"] = "TidakLangsung", ["Input.Teks"] = "Lintas instansi", [$"Input.Baris[{factory.Data.Beta.Pegawai.PegawaiId}].Dipilih"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, asing.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(factory.Data.Beta.Id, db => db.Rhk.CountAsync(r => r.RhkAtasanId == rhk)));

        // A pegawai without bawahan sees no one else's SKP in their matrix.
        var milikPegawai = await Html.GetAsync(pegawai, "/perencanaan/matriks");
        Assert.DoesNotContain("Bawahan Dijaga", milikPegawai.Body!.TextContent);
    }

    [Fact]
    public async Task A_team_member_outside_the_line_is_a_marked_column_of_the_ketua_and_gets_only_non_direct_rhk_tambahan()
    {
        var (rhk, _, _) = await RhkAtasanAsync("RHK tim lintas bidang");
        var luar = Alpha.Auditor; // an analis under the Kepala Dinas: not the Atasan's bawahan
        await factory.WithDbAsync(Alpha.Id, async db =>
        {
            var tim = TimKerja.Bentuk(Alpha.Id, SkpUji.Tahun, "Tim Lintas Bidang", Alpha.Atasan.PegawaiId);
            tim.TetapkanKetua(Alpha.Atasan.PegawaiId);
            tim.TambahAnggota(luar.PegawaiId, PeranTim.Anggota);
            tim.TambahAnggota(Alpha.Pimpinan.PegawaiId, PeranTim.Anggota); // the Kepala Dinas: a JPT
            db.TimKerja.Add(tim);
            await db.SaveChangesAsync();
        });
        var client = await factory.LoginAsync(Alpha.Atasan);

        var page = await Html.GetAsync(client, "/perencanaan/matriks");
        var kepala = page.QuerySelector($"#matriks th[data-pegawai='{luar.PegawaiId}']")!;
        Assert.Contains("Anggota tim, di luar garis atasan", kepala.TextContent);
        Assert.Contains("Tim: Tim Lintas Bidang", page.QuerySelector("#matriks tr.matriks-grup")!.TextContent);

        var langsung = await MasterDataForm.SubmitAsync(client, Url(rhk, luar.PegawaiId), new()
        {
            ["Input.Cascading"] = "Langsung", [$"Input.Baris[{luar.PegawaiId}].Dipilih"] = "true",
        });
        Assert.Equal(HttpStatusCode.Forbidden, langsung.StatusCode);
        Assert.Contains("hanya dapat ditetapkan kepada bawahan", Html.Messages(await Html.ParseAsync(langsung)));
        Assert.Empty(await SkpPegawaiAsync(luar.PegawaiId));

        var tidakLangsung = await MasterDataForm.SubmitAsync(client, Url(rhk, luar.PegawaiId), new()
        {
            ["Input.Cascading"] = "TidakLangsung", ["Input.Teks"] = "Tersusunnya reviu tim lintas bidang", ["Input.Jenis"] = "Utama",
        });
        Assert.Equal(HttpStatusCode.Redirect, tidakLangsung.StatusCode);
        var skp = Assert.Single(await SkpPegawaiAsync(luar.PegawaiId));
        var r = Assert.Single(skp.Rhk);
        Assert.Equal((rhk, JenisRhk.Tambahan, JenisCascading.TidakLangsung), (r.RhkAtasanId!.Value, r.Jenis, r.Cascading!.Value));
        Assert.Equal(Alpha.Pimpinan.PegawaiId, skp.PejabatPenilaiId); // still rated in their own line

        // A JPT's RHK carry sasaran organisasi, not an atasan RHK: the column offers nothing and a post is refused.
        Assert.Null(Sel(page, rhk, Alpha.Pimpinan.PegawaiId).QuerySelector("a"));
        Assert.Contains("Jabatan pimpinan tinggi", Sel(page, rhk, Alpha.Pimpinan.PegawaiId).TextContent);
        var jpt = await MasterDataForm.SubmitAsync(client, Url(rhk), new()
        {
            ["Input.Cascading"] = "TidakLangsung", ["Input.Teks"] = "Untuk kepala dinas", [$"Input.Baris[{Alpha.Pimpinan.PegawaiId}].Dipilih"] = "true",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, jpt.StatusCode);
        Assert.Contains("Jabatan pimpinan tinggi", Html.Messages(await Html.ParseAsync(jpt)));
        Assert.DoesNotContain((await SkpPegawaiAsync(Alpha.Pimpinan.PegawaiId)).SelectMany(x => x.Rhk), x => x.RhkAtasanId == rhk);
    }

    [Fact]
    public async Task The_matrix_of_an_atasan_with_forty_bawahan_loads_in_a_fixed_number_of_queries_and_quickly()
    {
        var (rhk, _, _) = await RhkAtasanAsync("RHK matriks besar");
        async Task<TestAccount> TambahBawahanAsync(int dari, int sampai)
        {
            TestAccount? tanpaSkp = null;
            for (var n = dari; n < sampai; n++)
            {
                var akun = await SkpUji.PegawaiBaruAsync(factory, Alpha, $"Massal {n:00}");
                if (n % 2 == 0)
                {
                    await SkpUji.SkpLengkapAsync(factory, Alpha, akun);
                }
                else
                {
                    tanpaSkp = akun;
                }
            }
            return tanpaSkp!;
        }
        await TambahBawahanAsync(0, 40);
        var client = await factory.LoginAsync(Alpha.Atasan);
        await Html.GetAsync(client, "/perencanaan/matriks"); // warm-up: view compilation, query plans

        var waktu = new List<double>();
        int kueri40;
        using (var hitung = new HitungKueri(factory))
        {
            for (var n = 0; n < 3; n++)
            {
                var response = await client.GetAsync("/perencanaan/matriks");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var timing = response.Headers.GetValues("Server-Timing").Single();
                output.WriteLine(timing);
                waktu.Add(double.Parse(timing.Split(',')[0].Split("dur=")[1], System.Globalization.CultureInfo.InvariantCulture));
            }
            kueri40 = hitung.Jumlah / 3;
        }
        var terakhir = await TambahBawahanAsync(40, 46);
        await Html.GetAsync(client, "/perencanaan/matriks"); // the new staff evicted the structure snapshot: rebuild it before counting
        int kueri46;
        using (var hitung = new HitungKueri(factory))
        {
            var page = await Html.GetAsync(client, "/perencanaan/matriks");
            kueri46 = hitung.Jumlah;
            // Its statements share one connection from the pool ([SatuKoneksi]): under load each opening waits in the queue.
            Assert.Equal(1, hitung.KoneksiDibuka);
            Assert.True(page.QuerySelectorAll("#matriks thead tr.matriks-kepala th").Length >= 46);
            Assert.Equal(Url(rhk, terakhir.PegawaiId), Sel(page, rhk, terakhir.PegawaiId).QuerySelector("a")!.GetAttribute("href"));
        }
        output.WriteLine($"queries: {kueri40} with 40 bawahan, {kueri46} with 46; server time {string.Join(", ", waktu)} ms");
        Assert.Equal(kueri40, kueri46); // no query per bawahan
        Assert.True(kueri40 < 30, $"{kueri40} queries");
        Assert.True(waktu.Min() < 300, $"server time {string.Join(", ", waktu)} ms");
    }
}
