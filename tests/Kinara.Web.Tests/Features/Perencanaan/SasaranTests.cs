using System.Net;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>/perencanaan/sasaran: the RPJMD → Renstra → PK chain with IKU, its linking rules, and who may change it.</summary>
public sealed class SasaranTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private static int Tahun => DateTime.UtcNow.AddHours(7).Year;

    private static Task<HttpResponseMessage> BuatAsync(HttpClient client, Dictionary<string, string> fields, string query = "") =>
        MasterDataForm.SubmitAsync(client, $"/perencanaan/sasaran/baru?tahun={Tahun}{query}", fields);

    private Task<SasaranOrganisasi> CariAsync(Guid instansi, string teks) =>
        factory.WithDbAsync(instansi, db => db.SasaranOrganisasi.AsNoTracking().Include(s => s.Iku).SingleAsync(s => s.Teks == teks));

    [Fact]
    public async Task An_admin_builds_the_chain_from_an_rpjmd_tujuan_down_to_a_pk_sasaran_with_its_iku()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);

        Assert.Equal(HttpStatusCode.Redirect, (await BuatAsync(client, new()
        {
            ["Input.Tingkat"] = nameof(TingkatSasaran.TujuanRpjmd), ["Input.UnitId"] = "", ["Input.IndukId"] = "",
            ["Input.Teks"] = "Meningkatnya kualitas SDM Alpha", ["Input.Iku[0].Teks"] = "Indeks Pembangunan Manusia", ["Input.Iku[0].Target"] = "72,5",
            ["Input.Iku[0].Satuan"] = "indeks",
        })).StatusCode);
        var tujuan = await CariAsync(alpha.Id, "Meningkatnya kualitas SDM Alpha");
        Assert.Equal((TingkatSasaran.TujuanRpjmd, (Guid?)null, 72.5m), (tujuan.Tingkat, tujuan.UnitId, tujuan.Iku.Single().Target));

        // "Tambah sasaran di bawahnya" fills in the next level and the induk.
        Assert.Equal(HttpStatusCode.Redirect, (await BuatAsync(client, new()
        {
            ["Input.Teks"] = "Meningkatnya mutu pendidikan Alpha", ["Input.Iku[0].Teks"] = "Rata-rata lama sekolah", ["Input.Iku[0].Target"] = "8.9",
        }, $"&induk={tujuan.Id}")).StatusCode);
        var rpjmd = await CariAsync(alpha.Id, "Meningkatnya mutu pendidikan Alpha");
        Assert.Equal((TingkatSasaran.SasaranRpjmd, (Guid?)tujuan.Id, 8.9m), (rpjmd.Tingkat, rpjmd.IndukId, rpjmd.Iku.Single().Target));

        Assert.Equal(HttpStatusCode.Redirect, (await BuatAsync(client, new()
        {
            ["Input.Tingkat"] = nameof(TingkatSasaran.SasaranRenstra), ["Input.UnitId"] = alpha.UnitDinasId.ToString(), ["Input.IndukId"] = rpjmd.Id.ToString(),
            ["Input.Teks"] = "Meningkatnya akses pendidikan dasar Alpha",
        })).StatusCode);
        var renstra = await CariAsync(alpha.Id, "Meningkatnya akses pendidikan dasar Alpha");
        Assert.Equal(HttpStatusCode.Redirect, (await BuatAsync(client, new()
        {
            ["Input.Teks"] = "Meningkatnya mutu pembelajaran SD Alpha",
            ["Input.Iku[0].Teks"] = "Persentase SD literasi baik", ["Input.Iku[0].Target"] = "60", ["Input.Iku[0].Satuan"] = "%",
            ["Input.Iku[1].Teks"] = "Guru bersertifikat pendidik", ["Input.Iku[1].Target"] = "1.200", ["Input.Iku[1].Satuan"] = "orang",
        }, $"&induk={renstra.Id}")).StatusCode);
        var pk = await CariAsync(alpha.Id, "Meningkatnya mutu pembelajaran SD Alpha");
        Assert.Equal((TingkatSasaran.SasaranPk, (Guid?)alpha.UnitDinasId, (Guid?)renstra.Id), (pk.Tingkat, pk.UnitId, pk.IndukId));
        Assert.Equal([60m, 1200m], pk.Iku.Select(i => i.Target!.Value).Order());

        // Everyone in the instansi reads the tree: the PK goal sits under the Renstra goal, under the RPJMD goal.
        var reader = await factory.LoginAsync(alpha.Pegawai);
        var page = await Html.GetAsync(reader, $"/perencanaan/sasaran?tahun={Tahun}");
        var pkNode = page.QuerySelector($"#s-{pk.Id}")!;
        Assert.Same(page.QuerySelector($"#s-{renstra.Id}"), pkNode.ParentElement!.Closest("li"));
        Assert.NotNull(page.QuerySelector($"#s-{tujuan.Id}")!.QuerySelector($"#s-{rpjmd.Id} #s-{pk.Id}"));
        Assert.Contains("1.200 orang", pkNode.TextContent);
        Assert.Empty(page.QuerySelectorAll("a[href^='/perencanaan/sasaran/baru']")); // no edit links for a pegawai
    }

    [Fact]
    public async Task Illegal_links_are_refused_with_422_and_nothing_is_saved()
    {
        var beta = factory.Data.Beta;
        var tujuan = SasaranOrganisasi.Buat(beta.Id, Tahun, null, TingkatSasaran.TujuanRpjmd, "Tujuan Beta", null);
        var rpjmd = SasaranOrganisasi.Buat(beta.Id, Tahun, null, TingkatSasaran.SasaranRpjmd, "Sasaran RPJMD Beta", tujuan);
        var renstraLalu = SasaranOrganisasi.Buat(beta.Id, Tahun - 1, beta.UnitDinasId, TingkatSasaran.SasaranRenstra, "Renstra Beta tahun lalu", rpjmd);
        var renstraBidang = SasaranOrganisasi.Buat(beta.Id, Tahun, beta.UnitBidangId, TingkatSasaran.SasaranRenstra, "Renstra unit lain", rpjmd);
        await factory.WithDbAsync(beta.Id, db =>
        {
            db.SasaranOrganisasi.AddRange(tujuan, rpjmd, renstraLalu, renstraBidang);
            return db.SaveChangesAsync();
        });
        var client = await factory.LoginAsync(beta.Pimpinan);

        async Task Tolak(string tingkat, string? unit, Guid? induk, string pesan)
        {
            var response = await BuatAsync(client, new()
            {
                ["Input.Tingkat"] = tingkat, ["Input.UnitId"] = unit ?? "", ["Input.IndukId"] = induk?.ToString() ?? "", ["Input.Teks"] = "Sasaran yang ditolak",
            });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = await Html.ParseAsync(response);
            Assert.Contains(pesan, Html.Messages(page));
            Assert.Equal("Sasaran yang ditolak", page.QuerySelector("textarea[name='Input.Teks']")!.TextContent.Trim()); // the user's text is kept
        }

        // A sasaran RPJMD must hang under a tujuan; a PK sasaran cannot be the induk's equal or superior.
        await Tolak(nameof(TingkatSasaran.SasaranRpjmd), null, null, "harus ditautkan");
        await Tolak(nameof(TingkatSasaran.TujuanRpjmd), null, rpjmd.Id, "tingkat perencanaan di atasnya");
        // A PK of this year cannot hang under last year's Renstra, nor under another unit's Renstra.
        await Tolak(nameof(TingkatSasaran.SasaranPk), beta.UnitDinasId.ToString(), renstraLalu.Id, "tahun yang sama");
        await Tolak(nameof(TingkatSasaran.SasaranPk), beta.UnitDinasId.ToString(), renstraBidang.Id, "perangkat daerah yang sama");
        // RPJMD goals belong to the whole Pemda, Renstra goals to a perangkat daerah.
        await Tolak(nameof(TingkatSasaran.SasaranRpjmd), beta.UnitDinasId.ToString(), tujuan.Id, "seluruh Pemda");
        await Tolak(nameof(TingkatSasaran.SasaranRenstra), null, rpjmd.Id, "pilih perangkat daerahnya");
        // Another instansi's goal does not exist here.
        var asing = SasaranOrganisasi.Buat(factory.Data.Alpha.Id, Tahun, null, TingkatSasaran.TujuanRpjmd, "Tujuan Alpha lain", null);
        await factory.WithDbAsync(factory.Data.Alpha.Id, db => { db.SasaranOrganisasi.Add(asing); return db.SaveChangesAsync(); });
        await Tolak(nameof(TingkatSasaran.SasaranRpjmd), null, asing.Id, "tidak ditemukan");

        Assert.False(await factory.WithDbAsync(beta.Id, db => db.SasaranOrganisasi.AnyAsync(s => s.Teks == "Sasaran yang ditolak")));
    }

    [Fact]
    public async Task An_admin_changes_the_iku_and_a_stale_form_does_not_overwrite_it()
    {
        var beta = factory.Data.Beta;
        var tujuan = SasaranOrganisasi.Buat(beta.Id, Tahun, null, TingkatSasaran.TujuanRpjmd, "Tujuan untuk diubah", null);
        tujuan.TambahIku("IKU lama", 10, "%");
        await factory.WithDbAsync(beta.Id, db => { db.SasaranOrganisasi.Add(tujuan); return db.SaveChangesAsync(); });
        var client = await factory.LoginAsync(beta.Admin);
        var url = $"/perencanaan/sasaran/{tujuan.Id}/ubah?tahun={Tahun}";
        var form = await Html.GetAsync(client, url);

        var ok = await MasterDataForm.SubmitAsync(client, form, url, new()
        {
            ["Input.Iku[0].Target"] = "12,5", ["Input.Iku[1].Teks"] = "IKU baru", ["Input.Iku[1].Target"] = "3", ["Input.Iku[1].Satuan"] = "dokumen",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var saved = await factory.WithDbAsync(beta.Id, db => db.SasaranOrganisasi.AsNoTracking().Include(s => s.Iku).SingleAsync(s => s.Id == tujuan.Id));
        Assert.Equal([("IKU baru", 3m), ("IKU lama", 12.5m)], saved.Iku.Select(i => (i.Teks, i.Target!.Value)).OrderBy(x => x.Teks));
        Assert.Equal(2, saved.Versi);

        // The same (now stale) form posted again: 409, the first change stays.
        var stale = await MasterDataForm.SubmitAsync(client, form, url, new() { ["Input.Teks"] = "Perubahan yang kedaluwarsa" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Tujuan untuk diubah", (await CariAsync(beta.Id, "Tujuan untuk diubah")).Teks);
    }

    [Fact]
    public async Task A_goal_with_goals_below_it_cannot_be_deleted_but_a_leaf_can()
    {
        var beta = factory.Data.Beta;
        var tujuan = SasaranOrganisasi.Buat(beta.Id, Tahun, null, TingkatSasaran.TujuanRpjmd, "Tujuan berinduk", null);
        var sasaran = SasaranOrganisasi.Buat(beta.Id, Tahun, null, TingkatSasaran.SasaranRpjmd, "Sasaran daun", tujuan);
        await factory.WithDbAsync(beta.Id, db => { db.SasaranOrganisasi.AddRange(tujuan, sasaran); return db.SaveChangesAsync(); });
        var client = await factory.LoginAsync(beta.Admin);

        var refused = await Html.PostFormAsync(client, $"/perencanaan/sasaran/{tujuan.Id}/ubah",
            new() { ["versi"] = "1" }, $"/perencanaan/sasaran/{tujuan.Id}/ubah?handler=Hapus");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("tidak dapat dihapus", Html.Messages(await Html.ParseAsync(refused)));

        var deleted = await Html.PostFormAsync(client, $"/perencanaan/sasaran/{sasaran.Id}/ubah",
            new() { ["versi"] = "1" }, $"/perencanaan/sasaran/{sasaran.Id}/ubah?handler=Hapus");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(beta.Id, db => db.SasaranOrganisasi.AnyAsync(s => s.Id == sasaran.Id)));
    }

    [Fact]
    public async Task Read_only_roles_cannot_change_goals_and_another_instansi_gets_404()
    {
        var alpha = factory.Data.Alpha;
        var tujuan = SasaranOrganisasi.Buat(alpha.Id, Tahun, null, TingkatSasaran.TujuanRpjmd, "Tujuan milik Alpha", null);
        await factory.WithDbAsync(alpha.Id, db => { db.SasaranOrganisasi.Add(tujuan); return db.SaveChangesAsync(); });

        foreach (var akun in new[] { alpha.Pegawai, alpha.Auditor, alpha.Atasan })
        {
            var client = await factory.LoginAsync(akun);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/perencanaan/sasaran?tahun={Tahun}")).StatusCode);
            foreach (var url in new[] { "/perencanaan/sasaran/baru", $"/perencanaan/sasaran/{tujuan.Id}/ubah" })
            {
                var get = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
                Assert.StartsWith("/akses-ditolak", get.Headers.Location!.PathAndQuery);
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(get.Headers.Location)).StatusCode);
            }
            var post = await Html.PostFormAsync(client, $"/perencanaan/sasaran?tahun={Tahun}", new() { ["versi"] = "1" },
                $"/perencanaan/sasaran/{tujuan.Id}/ubah?handler=Hapus");
            Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
            Assert.StartsWith("/akses-ditolak", post.Headers.Location!.PathAndQuery);
        }
        Assert.True(await factory.WithDbAsync(alpha.Id, db => db.SasaranOrganisasi.AnyAsync(s => s.Id == tujuan.Id)));

        var betaAdmin = await factory.LoginAsync(factory.Data.Beta.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await betaAdmin.GetAsync($"/perencanaan/sasaran/{tujuan.Id}/ubah")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await betaAdmin.GetAsync($"/perencanaan/sasaran/baru?induk={tujuan.Id}")).StatusCode);
        Assert.DoesNotContain("Tujuan milik Alpha", await betaAdmin.GetStringAsync($"/perencanaan/sasaran?tahun={Tahun}"));
    }
}
