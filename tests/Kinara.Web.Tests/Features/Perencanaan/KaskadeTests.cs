using System.Net;
using AngleSharp.Dom;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>Builds organisational goals and SKP straight through the domain, as the SKP pages would.</summary>
public static class RencanaUji
{
    public static int Tahun => DateTime.UtcNow.AddHours(7).Year;

    public static PosisiSkp Posisi(Guid jabatanId, string jabatan, JenisJabatan jenis, Guid unitId, TestAccount? penilai) =>
        new(jabatanId, jabatan, jenis, unitId, "Unit", penilai?.PegawaiId, penilai?.Nama, penilai?.Nip);

    public static Skp Buat(Guid instansiId, Guid pegawaiId, PosisiSkp posisi) =>
        Skp.Buat(instansiId, pegawaiId, new(Tahun, 1, 1), new(Tahun, 12, 31), Pendekatan.Kuantitatif, posisi, DateTime.UtcNow);

    public static RencanaHasilKerja Rhk(Skp skp, string teks, Guid? rhkAtasan = null, Guid? sasaran = null)
    {
        var rhk = skp.TambahRhk(JenisRhk.Utama, teks, rhkAtasan, rhkAtasan is null ? null : JenisCascading.TidakLangsung,
            skp.IsJpt ? "Bupati Alpha" : null, sasaran);
        skp.TambahIndikator(rhk.Id, skp.IsJpt ? null : AspekIndikator.Kuantitas, skp.IsJpt ? "Penerima Layanan" : null, "Jumlah hasil", 10, null, null, "dokumen");
        return rhk;
    }

    public static Skp Setujui(this Skp skp, PosisiSkp posisi)
    {
        skp.Ajukan(posisi, false, DateTime.UtcNow);
        skp.Setujui(posisi.PejabatPenilaiId!.Value, DateTime.UtcNow);
        return skp;
    }

    /// <summary>Tujuan → sasaran RPJMD → Renstra → PK of the tenant's dinas, with one IKU on the PK goal.</summary>
    public static SasaranOrganisasi[] Rantai(TestTenant t, string awalan)
    {
        var tujuan = SasaranOrganisasi.Buat(t.Id, Tahun, null, TingkatSasaran.TujuanRpjmd, $"{awalan} tujuan", null);
        var rpjmd = SasaranOrganisasi.Buat(t.Id, Tahun, null, TingkatSasaran.SasaranRpjmd, $"{awalan} sasaran RPJMD", tujuan);
        var renstra = SasaranOrganisasi.Buat(t.Id, Tahun, t.UnitDinasId, TingkatSasaran.SasaranRenstra, $"{awalan} Renstra", rpjmd);
        var pk = SasaranOrganisasi.Buat(t.Id, Tahun, t.UnitDinasId, TingkatSasaran.SasaranPk, $"{awalan} PK", renstra);
        pk.TambahIku($"{awalan} IKU", 95, "%");
        return [tujuan, rpjmd, renstra, pk];
    }
}

/// <summary>/perencanaan/kaskade: the cascading tree from the Pemda's goals down to every pegawai's RHK.</summary>
public sealed class KaskadeTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private sealed record Rantai(SasaranOrganisasi[] Sasaran, RencanaHasilKerja Kadin, RencanaHasilKerja Kabid, RencanaHasilKerja Staf);

    /// <summary>Kepala dinas (JPT) → PK goal; kepala bidang intervenes the kadin; the staff member intervenes the kabid.</summary>
    private async Task<Rantai> SeedAsync(TestTenant t, string awalan)
    {
        var sasaran = RencanaUji.Rantai(t, awalan);
        var posisiKadin = RencanaUji.Posisi(t.JabatanKadinId, "Kepala Dinas Pendidikan", JenisJabatan.Jpt, t.UnitDinasId, null);
        var kadin = RencanaUji.Buat(t.Id, t.Pimpinan.PegawaiId, posisiKadin);
        var rhkKadin = RencanaUji.Rhk(kadin, $"{awalan} RHK kepala dinas", sasaran: sasaran[3].Id);
        var posisiKabid = RencanaUji.Posisi(t.JabatanKabidId, "Kepala Bidang Pembinaan SD", JenisJabatan.Administrator, t.UnitBidangId, t.Pimpinan);
        var kabid = RencanaUji.Buat(t.Id, t.Atasan.PegawaiId, posisiKabid);
        var rhkKabid = RencanaUji.Rhk(kabid, $"{awalan} RHK kepala bidang", rhkKadin.Id);
        kabid.Setujui(posisiKabid);
        var posisiStaf = RencanaUji.Posisi(t.JabatanStafId, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana, t.UnitBidangId, t.Atasan);
        var staf = RencanaUji.Buat(t.Id, t.Pegawai.PegawaiId, posisiStaf);
        var rhkStaf = RencanaUji.Rhk(staf, $"{awalan} RHK staf", rhkKabid.Id);
        staf.Ajukan(posisiStaf, false, DateTime.UtcNow);
        await factory.WithDbAsync(t.Id, db =>
        {
            db.SasaranOrganisasi.AddRange(sasaran);
            db.Skp.AddRange(kadin, kabid, staf);
            return db.SaveChangesAsync();
        });
        return new Rantai(sasaran, rhkKadin, rhkKabid, rhkStaf);
    }

    private static List<string> Leluhur(IDocument page, Guid id) =>
        page.QuerySelector($"#k-{id}")!.Ancestors<IElement>().Where(e => e.LocalName == "li").Select(e => e.Id!).ToList();

    [Fact]
    public async Task The_tree_holds_the_chain_from_the_pemda_goal_down_to_the_staff_rhk_with_owner_and_status()
    {
        var alpha = factory.Data.Alpha;
        var r = await SeedAsync(alpha, "Uji rantai");
        var client = await factory.LoginAsync(alpha.Pimpinan);
        var page = await Html.GetAsync(client, $"/perencanaan/kaskade?tahun={RencanaUji.Tahun}&unit={alpha.UnitDinasId}");

        // staf RHK ⊂ kabid RHK ⊂ kadin RHK ⊂ PK ⊂ Renstra ⊂ sasaran RPJMD ⊂ tujuan
        Assert.Equal(
            new[] { r.Kabid.Id, r.Kadin.Id, r.Sasaran[3].Id, r.Sasaran[2].Id, r.Sasaran[1].Id, r.Sasaran[0].Id }.Select(id => $"k-{id}"),
            Leluhur(page, r.Staf.Id));
        var staf = page.QuerySelector($"#k-{r.Staf.Id}")!.TextContent;
        Assert.Contains(alpha.Pegawai.Nama, staf);
        Assert.Contains("Pengadministrasi Perkantoran", staf);
        Assert.Contains("Diajukan", staf);
        var kabid = page.QuerySelector($"#k-{r.Kabid.Id} summary")!.TextContent;
        Assert.Contains("Disetujui", kabid);
        Assert.Contains("1 RHK di bawahnya", kabid);
        Assert.Contains("penugasan dari Bupati Alpha", page.QuerySelector($"#k-{r.Kadin.Id} summary")!.TextContent);
        Assert.Contains("Uji rantai IKU", page.QuerySelector($"#k-{r.Sasaran[3].Id} summary")!.TextContent);
        Assert.Contains("app;dur=", string.Join(",", (await client.GetAsync($"/perencanaan/kaskade?unit={alpha.UnitDinasId}")).Headers.GetValues("Server-Timing")));

        // The branch under the kabid's RHK also loads on its own (htmx), as a fragment without the layout.
        var fragment = await client.GetAsync($"/perencanaan/kaskade?tahun={RencanaUji.Tahun}&unit={alpha.UnitDinasId}&handler=Cabang&akar={r.Kabid.Id}");
        var html = await fragment.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.Contains($"id=\"k-{r.Staf.Id}\"", html);
        Assert.DoesNotContain("<nav", html);
    }

    [Fact]
    public async Task An_atasan_sees_only_the_branch_under_their_own_rhk()
    {
        var alpha = factory.Data.Alpha;
        var r = await SeedAsync(alpha, "Uji cabang");
        var atasan = await factory.LoginAsync(alpha.Atasan);
        var page = await Html.GetAsync(atasan, $"/perencanaan/kaskade?tahun={RencanaUji.Tahun}");
        Assert.NotNull(page.QuerySelector($"#k-{r.Kabid.Id} #k-{r.Staf.Id}"));
        Assert.Null(page.QuerySelector($"#k-{r.Kadin.Id}"));
        Assert.Null(page.QuerySelector($"#k-{r.Sasaran[3].Id}"));
        Assert.Null(page.QuerySelector("select#unit")); // no choice of perangkat daerah

        // Asking for the kadin's branch, or another unit, does not widen the view.
        Assert.Equal(HttpStatusCode.NotFound, (await atasan.GetAsync($"/perencanaan/kaskade?tahun={RencanaUji.Tahun}&akar={r.Kadin.Id}")).StatusCode);
        var pegawai = await factory.LoginAsync(alpha.Pegawai);
        Assert.Equal(HttpStatusCode.NotFound,
            (await pegawai.GetAsync($"/perencanaan/kaskade?tahun={RencanaUji.Tahun}&handler=Cabang&akar={r.Kabid.Id}")).StatusCode);
        var own = await Html.GetAsync(pegawai, $"/perencanaan/kaskade?tahun={RencanaUji.Tahun}");
        Assert.NotNull(own.QuerySelector($"#k-{r.Staf.Id}"));
        Assert.Null(own.QuerySelector($"#k-{r.Kabid.Id}"));
    }

    [Fact]
    public async Task A_bawahan_linked_to_a_replaced_version_of_the_atasan_skp_stays_under_the_version_in_force()
    {
        var beta = factory.Data.Beta;
        var sasaran = RencanaUji.Rantai(beta, "Uji revisi");
        var posisiKabid = RencanaUji.Posisi(beta.JabatanKabidId, "Kepala Bidang", JenisJabatan.Administrator, beta.UnitBidangId, beta.Pimpinan);
        var posisiKadin = RencanaUji.Posisi(beta.JabatanKadinId, "Kepala Dinas", JenisJabatan.Jpt, beta.UnitDinasId, null);
        var kadin = RencanaUji.Buat(beta.Id, beta.Pimpinan.PegawaiId, posisiKadin);
        var rhkKadin = RencanaUji.Rhk(kadin, "Uji revisi RHK kadin", sasaran: sasaran[3].Id);
        var lama = RencanaUji.Buat(beta.Id, beta.Atasan.PegawaiId, posisiKabid);
        var rhkLama = RencanaUji.Rhk(lama, "Uji revisi RHK kabid", rhkKadin.Id);
        lama.Setujui(posisiKabid);
        var posisiStaf = RencanaUji.Posisi(beta.JabatanStafId, "Staf", JenisJabatan.Pelaksana, beta.UnitBidangId, beta.Atasan);
        var staf = RencanaUji.Buat(beta.Id, beta.Pegawai.PegawaiId, posisiStaf);
        var rhkStaf = RencanaUji.Rhk(staf, "Uji revisi RHK staf", rhkLama.Id); // points at the first version's RHK
        var baru = lama.BuatRevisi(DateTime.UtcNow);
        baru.UbahRhk(baru.Rhk[0].Id, JenisRhk.Utama, "Uji revisi RHK kabid (revisi 2)", rhkKadin.Id, JenisCascading.TidakLangsung, null, null);
        baru.Setujui(posisiKabid);
        lama.Gantikan();
        await factory.WithDbAsync(beta.Id, db =>
        {
            db.SasaranOrganisasi.AddRange(sasaran);
            db.Skp.AddRange(kadin, lama, baru, staf);
            return db.SaveChangesAsync();
        });

        var client = await factory.LoginAsync(beta.Admin);
        var page = await Html.GetAsync(client, $"/perencanaan/kaskade?tahun={RencanaUji.Tahun}&unit={beta.UnitDinasId}");
        Assert.Null(page.QuerySelector($"#k-{rhkLama.Id}"));
        Assert.Equal($"k-{baru.Rhk[0].Id}", Leluhur(page, rhkStaf.Id)[0]);
        Assert.Contains("(revisi 2)", page.QuerySelector($"#k-{baru.Rhk[0].Id} summary")!.TextContent);
    }

    [Fact]
    public async Task Another_instansi_cannot_open_a_perangkat_daerah_or_branch_of_this_one()
    {
        var alpha = factory.Data.Alpha;
        var r = await SeedAsync(alpha, "Uji tenant");
        var beta = await factory.LoginAsync(factory.Data.Beta.Pimpinan);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/perencanaan/kaskade?unit={alpha.UnitDinasId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/perencanaan/kaskade?akar={r.Kadin.Id}")).StatusCode);
        Assert.DoesNotContain("Uji tenant", await beta.GetStringAsync($"/perencanaan/kaskade?tahun={RencanaUji.Tahun}"));
    }
}
