using System.Net;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>Tim kerja pages (/perencanaan/tim…): teams across units, members found by name or NIP, who may change them.</summary>
public sealed class TimKerjaTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private TestTenant Alpha => factory.Data.Alpha;

    private Task<TimKerja> TimAsync(Guid id) =>
        factory.WithDbAsync(Alpha.Id, db => db.TimKerja.AsNoTracking().Include(t => t.Anggota).SingleAsync(t => t.Id == id));

    private static Guid IdDari(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[3]);
    }

    /// <summary>Forms a team as the Atasan with the given ketua; returns its id.</summary>
    private async Task<Guid> BentukAsync(HttpClient client, string nama, Guid ketua) =>
        IdDari(await MasterDataForm.SubmitAsync(client, "/perencanaan/tim/baru", new()
        {
            ["Input.Nama"] = nama, ["Input.Tahun"] = SkpUji.Tahun.ToString(), ["Input.KetuaId"] = ketua.ToString(),
        }));

    private async Task<HttpResponseMessage> TambahAsync(HttpClient client, Guid tim, Guid pegawai, int? versi = null) =>
        await MasterDataForm.PostWithTokenFromAsync(client, $"/perencanaan/tim/{tim}/ubah", $"/perencanaan/tim/{tim}/ubah?handler=Tambah", new()
        {
            ["pegawaiId"] = pegawai.ToString(), ["versi"] = (versi ?? (await TimAsync(tim)).Versi).ToString(),
        });

    [Fact]
    public async Task An_atasan_forms_a_team_led_from_another_unit_and_adds_members_from_two_units()
    {
        var client = await factory.LoginAsync(Alpha.Atasan);
        var staf = await SkpUji.PegawaiBaruAsync(factory, Alpha, "Staf Tim Bidang");

        // The ketua is found by name, in another unit (the Admin is an analis of the Dinas, the Atasan heads a Bidang).
        var cari = await Html.GetAsync(client, $"/perencanaan/tim/baru?handler=Cari&q={Uri.EscapeDataString("admin al")}");
        Assert.Contains(Alpha.Admin.Nama, cari.QuerySelector("#hasil-cari")!.TextContent);
        Assert.NotNull(cari.QuerySelector($"input[name='Input.KetuaId'][value='{Alpha.Admin.PegawaiId}']"));
        var id = await BentukAsync(client, "Tim Percepatan Data Pendidikan", Alpha.Admin.PegawaiId);

        Assert.Equal(HttpStatusCode.Redirect, (await TambahAsync(client, id, staf.PegawaiId)).StatusCode);
        // Search by NIP; the result offers an "add" button bound to the team's current version.
        var hasil = await Html.GetAsync(client, $"/perencanaan/tim/{id}/ubah?handler=Cari&q={Alpha.Auditor.Nip[..12]}");
        var tombol = hasil.QuerySelector($"form[action='/perencanaan/tim/{id}/ubah?handler=Tambah'] input[name=pegawaiId][value='{Alpha.Auditor.PegawaiId}']");
        Assert.NotNull(tombol);
        Assert.Equal(HttpStatusCode.Redirect, (await TambahAsync(client, id, Alpha.Auditor.PegawaiId)).StatusCode);

        var tim = await TimAsync(id);
        Assert.Equal(("Tim Percepatan Data Pendidikan", SkpUji.Tahun, Alpha.Atasan.PegawaiId), (tim.Nama, tim.Tahun, tim.PembentukPegawaiId));
        Assert.Equal(Alpha.Admin.PegawaiId, tim.KetuaId());
        Assert.Equal(3, tim.Anggota.Count);
        var detail = await Html.GetAsync(client, $"/perencanaan/tim/{id}");
        var anggota = detail.QuerySelector("#daftar-anggota")!.TextContent;
        Assert.Contains("Dinas Pendidikan alpha", anggota);
        Assert.Contains("Bidang Pembinaan SD", anggota);
        Assert.Contains("Staf Tim Bidang", anggota);
        var daftar = await Html.GetAsync(client, $"/perencanaan/tim?tahun={SkpUji.Tahun}");
        Assert.Contains("Tim Percepatan Data Pendidikan", daftar.QuerySelector("#daftar-tim")!.TextContent);

        // Members see the team they are in, read-only.
        var anggotaStaf = await factory.LoginAsync(staf);
        Assert.Contains("Tim Percepatan Data Pendidikan", (await Html.GetAsync(anggotaStaf, "/perencanaan/tim")).QuerySelector("#daftar-tim")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await anggotaStaf.GetAsync($"/perencanaan/tim/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anggotaStaf.GetAsync($"/perencanaan/tim/{id}/ubah")).StatusCode);
    }

    [Fact]
    public async Task Adding_someone_who_is_already_a_member_is_refused_with_a_message()
    {
        var client = await factory.LoginAsync(Alpha.Atasan);
        var id = await BentukAsync(client, "Tim Anggota Ganda", Alpha.Atasan.PegawaiId);
        Assert.Equal(HttpStatusCode.Redirect, (await TambahAsync(client, id, Alpha.Pegawai.PegawaiId)).StatusCode);

        var ganda = await TambahAsync(client, id, Alpha.Pegawai.PegawaiId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ganda.StatusCode);
        Assert.Contains("sudah menjadi anggota", Html.Messages(await Html.ParseAsync(ganda)));
        Assert.Equal(2, (await TimAsync(id)).Anggota.Count);
        // The search marks existing members instead of offering them again.
        var hasil = await Html.GetAsync(client, $"/perencanaan/tim/{id}/ubah?handler=Cari&q={Alpha.Pegawai.Nip}");
        Assert.Contains("Sudah anggota", hasil.Body!.TextContent);
        Assert.Null(hasil.QuerySelector($"input[name=pegawaiId][value='{Alpha.Pegawai.PegawaiId}']"));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_and_the_form_keeps_the_values()
    {
        var client = await factory.LoginAsync(Alpha.Atasan);

        var tanpaNama = await MasterDataForm.SubmitAsync(client, "/perencanaan/tim/baru", new() { ["Input.Nama"] = "", ["Input.KetuaId"] = Alpha.Pegawai.PegawaiId.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, tanpaNama.StatusCode);
        var page = await Html.ParseAsync(tanpaNama);
        Assert.Contains("Nama tim kerja wajib diisi", Html.Messages(page));
        Assert.NotNull(page.QuerySelector($"#ketua-dipilih input[value='{Alpha.Pegawai.PegawaiId}'][checked]"));

        var tanpaKetua = await MasterDataForm.SubmitAsync(client, "/perencanaan/tim/baru", new() { ["Input.Nama"] = "Tim Tanpa Ketua" });
        Assert.Equal(HttpStatusCode.BadRequest, tanpaKetua.StatusCode);
        Assert.Contains("Pilih ketua tim", Html.Messages(await Html.ParseAsync(tanpaKetua)));

        var ketuaAsing = await MasterDataForm.SubmitAsync(client, "/perencanaan/tim/baru", new()
        {
            ["Input.Nama"] = "Tim Ketua Asing", ["Input.KetuaId"] = factory.Data.Beta.Atasan.PegawaiId.ToString(),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ketuaAsing.StatusCode);
        var halaman = await Html.ParseAsync(ketuaAsing);
        Assert.Contains("Ketua tim tidak ditemukan", Html.Messages(halaman));
        Assert.Equal("Tim Ketua Asing", halaman.QuerySelector("#Input_Nama")!.GetAttribute("value"));
        Assert.Equal(0, await factory.WithDbAsync(Alpha.Id, db => db.TimKerja.CountAsync(t => t.Nama.StartsWith("Tim Ketua Asing") || t.Nama == "Tim Tanpa Ketua")));

        // A pegawai of another tenant cannot be added as member either.
        var id = await BentukAsync(client, "Tim Anggota Asing", Alpha.Atasan.PegawaiId);
        var asing = await TambahAsync(client, id, factory.Data.Beta.Pegawai.PegawaiId);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, asing.StatusCode);
        Assert.Single((await TimAsync(id)).Anggota);
    }

    [Fact]
    public async Task Editing_changes_name_and_ketua_and_a_stale_form_gets_409_without_overwriting()
    {
        var client = await factory.LoginAsync(Alpha.Atasan);
        var id = await BentukAsync(client, "Tim Sebelum Diubah", Alpha.Atasan.PegawaiId);
        Assert.Equal(HttpStatusCode.Redirect, (await TambahAsync(client, id, Alpha.Pegawai.PegawaiId)).StatusCode);
        var url = $"/perencanaan/tim/{id}/ubah";
        var basi = await Html.GetAsync(client, url);

        var ubah = await MasterDataForm.SubmitAsync(client, url, new()
        {
            ["Input.Nama"] = "Tim Sesudah Diubah", ["Input.KetuaId"] = Alpha.Pegawai.PegawaiId.ToString(),
        }, "#form-tim");
        Assert.Equal(HttpStatusCode.Redirect, ubah.StatusCode);
        var tim = await TimAsync(id);
        Assert.Equal(("Tim Sesudah Diubah", Alpha.Pegawai.PegawaiId), (tim.Nama, tim.KetuaId()));
        Assert.Equal(PeranTim.Anggota, tim.Anggota.Single(a => a.PegawaiId == Alpha.Atasan.PegawaiId).Peran);

        var konflik = await MasterDataForm.SubmitAsync(client, basi, url, new() { ["Input.Nama"] = "Nama dari tab lama" }, "#form-tim");
        Assert.Equal(HttpStatusCode.Conflict, konflik.StatusCode);
        var page = await Html.ParseAsync(konflik);
        Assert.Contains("diubah oleh pengguna lain", Html.Messages(page));
        Assert.Equal("Nama dari tab lama", page.QuerySelector("#Input_Nama")!.GetAttribute("value"));
        Assert.Equal("Tim Sesudah Diubah", (await TimAsync(id)).Nama);

        // Adding a member with the version of a page opened before that edit is refused too.
        var lama = await TambahAsync(client, id, Alpha.Auditor.PegawaiId, versi: tim.Versi - 1);
        Assert.Equal(HttpStatusCode.Conflict, lama.StatusCode);
        Assert.Equal(2, (await TimAsync(id)).Anggota.Count);
    }

    [Fact]
    public async Task The_ketua_cannot_be_removed_but_a_member_can()
    {
        var client = await factory.LoginAsync(Alpha.Atasan);
        var id = await BentukAsync(client, "Tim Keluar Masuk", Alpha.Atasan.PegawaiId);
        Assert.Equal(HttpStatusCode.Redirect, (await TambahAsync(client, id, Alpha.Pegawai.PegawaiId)).StatusCode);
        var url = $"/perencanaan/tim/{id}/ubah";
        async Task<HttpResponseMessage> KeluarkanAsync(Guid pegawai) =>
            await MasterDataForm.PostWithTokenFromAsync(client, url, url + "?handler=Keluarkan", new()
            {
                ["pegawaiId"] = pegawai.ToString(), ["versi"] = (await TimAsync(id)).Versi.ToString(),
            });

        var ketua = await KeluarkanAsync(Alpha.Atasan.PegawaiId);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ketua.StatusCode);
        Assert.Contains("Ketua tim tidak dapat dikeluarkan", Html.Messages(await Html.ParseAsync(ketua)));

        Assert.Equal(HttpStatusCode.Redirect, (await KeluarkanAsync(Alpha.Pegawai.PegawaiId)).StatusCode);
        Assert.Equal([Alpha.Atasan.PegawaiId], (await TimAsync(id)).Anggota.Select(a => a.PegawaiId));
    }

    [Fact]
    public async Task Who_may_form_see_and_change_a_team()
    {
        var atasan = await factory.LoginAsync(Alpha.Atasan);
        var id = await BentukAsync(atasan, "Tim Hak Akses", Alpha.Atasan.PegawaiId);

        // A pegawai without bawahan may not form a team, nor see or change one they are not in.
        var luar = await factory.LoginAsync(await SkpUji.PegawaiBaruAsync(factory, Alpha, "Pegawai Luar Tim"));
        Assert.Equal(HttpStatusCode.Forbidden, (await luar.GetAsync("/perencanaan/tim/baru")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await luar.GetAsync($"/perencanaan/tim/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await luar.GetAsync($"/perencanaan/tim/{id}/ubah")).StatusCode);
        Assert.DoesNotContain("Tim Hak Akses", (await Html.GetAsync(luar, "/perencanaan/tim")).Body!.TextContent);
        var ditolak = await MasterDataForm.PostWithTokenFromAsync(luar, "/perencanaan/tim", $"/perencanaan/tim/{id}/ubah?handler=Tambah",
            new() { ["pegawaiId"] = Alpha.Pegawai.PegawaiId.ToString(), ["versi"] = "0" });
        Assert.Equal(HttpStatusCode.Forbidden, ditolak.StatusCode);

        // Pimpinan and admin change any team of the instansi; the auditor reads it; another tenant does not find it.
        Assert.Equal(HttpStatusCode.OK, (await (await factory.LoginAsync(Alpha.Pimpinan)).GetAsync($"/perencanaan/tim/{id}/ubah")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.LoginAsync(Alpha.Admin)).GetAsync($"/perencanaan/tim/{id}/ubah")).StatusCode);
        var auditor = await factory.LoginAsync(Alpha.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/perencanaan/tim/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync($"/perencanaan/tim/{id}/ubah")).StatusCode);
        var beta = await factory.LoginAsync(factory.Data.Beta.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/perencanaan/tim/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/perencanaan/tim/{id}/ubah")).StatusCode);
        Assert.DoesNotContain("Tim Hak Akses", (await Html.GetAsync(beta, "/perencanaan/tim")).Body!.TextContent);
    }
}
