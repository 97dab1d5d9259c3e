using System.Net;
using AngleSharp.Dom;
using Kinara.Domain.Organisasi;
using Kinara.Web.Tests.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Security;

/// <summary>
/// Stored XSS: markup typed into every free-text field that is shown back is stored through the real forms, then every
/// page reachable by links (lists, details, edit forms, the audit trail of those changes) is parsed: the markup must
/// come back as text, never as an element or attribute.
/// </summary>
public sealed class XssTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private const string Muatan = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>";
    /// <summary>The same attack where the field must look like an e-mail address (one @, not at either end).</summary>
    private const string MuatanEmail = "\"'><img src=x onerror=alert(1)>@contoh.go.id";

    [Fact]
    public async Task Markup_in_free_text_fields_is_shown_as_text_on_every_page_never_run()
    {
        var alpha = factory.Data.Alpha;
        var admin = await factory.LoginAsync(alpha.Admin);
        var superAdmin = await factory.LoginAsync(alpha.SuperAdmin);
        var pegawai = await factory.LoginAsync(alpha.Pegawai);
        var disimpan = new List<string>();

        async Task SimpanAsync(HttpClient client, string url, Dictionary<string, string> isian, string apa)
        {
            var r = await MasterDataForm.SubmitAsync(client, url, isian);
            Assert.True(r.StatusCode == HttpStatusCode.Redirect,
                $"{apa} was not saved ({(int)r.StatusCode}): {Html.Messages(await Html.ParseAsync(r))}");
            disimpan.Add(r.Headers.Location!.OriginalString);
        }

        // Master data: unit, jabatan, pegawai (nama, gelar, email), Plt (nomor surat), an account for that pegawai.
        await SimpanAsync(admin, "/organisasi/unit/baru", new()
        {
            ["Input.Kode"] = "XSS-U", ["Input.Nama"] = Muatan, ["Input.Jenis"] = nameof(JenisUnit.Seksi), ["Input.IndukId"] = alpha.UnitBidangId.ToString(),
        }, "unit");
        await SimpanAsync(admin, "/organisasi/jabatan/baru", new()
        {
            ["Input.Kode"] = "XSS-J", ["Input.Nama"] = Muatan, ["Input.Jenis"] = nameof(JenisJabatan.Pengawas), ["Input.Jenjang"] = Muatan,
            ["Input.UnitId"] = alpha.UnitBidangId.ToString(), ["Input.AtasanJabatanId"] = alpha.JabatanKabidId.ToString(),
        }, "jabatan");
        var jabatan = await factory.WithDbAsync(alpha.Id, db => db.Jabatan.SingleAsync(j => j.Kode == "XSS-J"));
        await SimpanAsync(admin, "/organisasi/pegawai/baru", new()
        {
            ["Input.Nip"] = "198203032006041003", ["Input.Nama"] = Muatan, ["Input.GelarDepan"] = Muatan, ["Input.GelarBelakang"] = Muatan,
            ["Input.Jenis"] = "Pns", ["Input.Golongan"] = "III/a", ["Input.JabatanId"] = alpha.JabatanStafId.ToString(),
            ["Input.UnitId"] = alpha.UnitBidangId.ToString(), ["Input.Email"] = MuatanEmail, ["Input.NomorHp"] = "081234567890",
        }, "pegawai");
        var orang = await factory.WithDbAsync(alpha.Id, db => db.Pegawai.SingleAsync(p => p.Nip == "198203032006041003"));
        await SimpanAsync(admin, "/organisasi/plt/baru", new()
        {
            ["Input.JabatanId"] = jabatan.Id.ToString(), ["Input.Nip"] = orang.Nip, ["Input.Jenis"] = nameof(JenisPenugasan.Plt),
            ["Input.Mulai"] = "2026-01-05", ["Input.NomorSurat"] = Muatan,
        }, "Plt");
        var akun = await MasterDataForm.SubmitAsync(admin, $"/organisasi/akun/baru?pegawaiId={orang.Id}", new() { ["PeranDipilih"] = "Pegawai" });
        Assert.True(akun.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"account: {(int)akun.StatusCode} {Html.Messages(await Html.ParseAsync(akun))}");
        Assert.True(await factory.WithDbAsync(alpha.Id, db => db.Users.AnyAsync(u => u.PegawaiId == orang.Id)), "The account was not created.");

        // A tenant (Super Admin), organisational goals and the RHK library.
        await SimpanAsync(superAdmin, "/instansi/baru", new() { ["Input.Kode"] = "xss", ["Input.Nama"] = Muatan, ["Input.Jenis"] = nameof(JenisPemda.Kabupaten) }, "instansi");
        await SimpanAsync(admin, "/perencanaan/sasaran/baru", new()
        {
            ["Input.Tingkat"] = "TujuanRpjmd", ["Input.Teks"] = Muatan, ["Input.Iku[0].Teks"] = Muatan, ["Input.Iku[0].Target"] = "10", ["Input.Iku[0].Satuan"] = Muatan,
        }, "sasaran");
        await SimpanAsync(admin, "/perencanaan/pustaka/baru", new()
        {
            ["Input.Kelompok"] = Muatan, ["Input.KataKunciJabatan"] = Muatan, ["Input.Teks"] = Muatan,
            ["Input.Indikator[0].Aspek"] = "Kuantitas", ["Input.Indikator[0].Teks"] = Muatan, ["Input.Indikator[0].Target"] = "5", ["Input.Indikator[0].Satuan"] = Muatan,
        }, "pustaka");

        // The Pegawai's own SKP: an RHK, its indicator and the lampiran, all free text.
        await SimpanAsync(pegawai, "/perencanaan/skp/baru", [], "SKP");
        var skp = disimpan[^1];
        await SimpanAsync(pegawai, skp + "/rhk", new() { ["Input.Jenis"] = "Utama", ["Input.Teks"] = Muatan, ["Input.PenugasanDari"] = Muatan }, "RHK");
        await SimpanAsync(pegawai, disimpan[^1].Split('#')[0], new()
        {
            ["Input.Aspek"] = "Kuantitas", ["Input.Teks"] = Muatan, ["Input.Target"] = "3", ["Input.Satuan"] = Muatan, ["Input.TargetTeks"] = Muatan,
        }, "indikator");
        await SimpanAsync(pegawai, skp + "/lampiran", new()
        {
            ["Input.DukunganSumberDaya"] = Muatan, ["Input.SkemaPertanggungjawaban"] = Muatan, ["Input.Konsekuensi"] = Muatan,
        }, "lampiran");

        // Every page the roles reach by links, starting from home and from what was just saved.
        var atasan = await factory.LoginAsync(alpha.Atasan);
        var auditor = await factory.LoginAsync(alpha.Auditor);
        var mulai = disimpan.Select(u => u.Split('#')[0]).Append("/").ToList();
        var masalah = new List<string>();
        var tampil = 0;
        var dibuka = 0;
        foreach (var (siapa, client) in new[] { ("Admin", admin), ("SuperAdmin", superAdmin), ("Pegawai", pegawai), ("Atasan", atasan), ("Auditor", auditor) })
        {
            var hasil = await JelajahAsync(client, mulai);
            dibuka += hasil.Dibuka;
            tampil += hasil.Tampil;
            masalah.AddRange(hasil.Masalah.Select(m => $"{siapa}: {m}"));
        }
        Assert.True(masalah.Count == 0, string.Join("\n", masalah));
        // Not vacuous: the pages were opened and the saved text is shown (as text) on many of them, the audit trail included.
        Assert.True(dibuka > 60, $"only {dibuka} pages opened");
        Assert.True(tampil > 20, $"the stored text shows on only {tampil} pages");
        var jejak = await Html.GetAsync(admin, "/audit");
        Assert.Contains("alert(1)", jejak.Body!.TextContent);
    }

    [Fact]
    public async Task The_checker_catches_the_markup_when_it_is_not_escaped()
    {
        var mentah = "<html><body><p>" + Muatan + "</p><a href=\"/x\" title='" + Muatan + "'>x</a></body></html>";
        Assert.NotEmpty(Periksa(await Html.ParseAsync(new HttpResponseMessage { Content = new StringContent(mentah) }), mentah).ToList());
        var aman = "<html><body><p>" + WebUtility.HtmlEncode(Muatan) + "</p><a href=\"/x\" title=\"" + WebUtility.HtmlEncode(Muatan) + "\">x</a></body></html>";
        Assert.Empty(Periksa(await Html.ParseAsync(new HttpResponseMessage { Content = new StringContent(aman) }), aman));
    }

    private sealed record Hasil(int Dibuka, int Tampil, List<string> Masalah);

    /// <summary>Breadth-first over same-site links (each path at most a few times, whatever its query), checking every HTML page.</summary>
    private static async Task<Hasil> JelajahAsync(HttpClient client, IEnumerable<string> mulai)
    {
        var antre = new Queue<string>(mulai);
        var dilihat = new HashSet<string>();
        var perPath = new Dictionary<string, int>();
        var masalah = new List<string>();
        var (dibuka, tampil) = (0, 0);
        while (antre.Count > 0 && dibuka < 400)
        {
            var url = antre.Dequeue();
            var path = url.Split('?')[0];
            if (!dilihat.Add(url) || perPath.GetValueOrDefault(path) >= 3 || Dilewati(path))
            {
                continue;
            }
            perPath[path] = perPath.GetValueOrDefault(path) + 1;
            using var response = await client.GetAsync(url);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            dibuka++;
            var html = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                masalah.Add($"GET {url}: {(int)response.StatusCode}");
                continue;
            }
            var page = await Html.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) });
            masalah.AddRange(Periksa(page, html).Select(m => $"GET {url}: {m}"));
            if (page.Body?.TextContent.Contains("alert(1)") == true)
            {
                tampil++;
            }
            foreach (var a in page.QuerySelectorAll("a[href]"))
            {
                var href = a.GetAttribute("href")!.Split('#')[0];
                if (href.StartsWith('/') && !href.StartsWith("//"))
                {
                    antre.Enqueue(WebUtility.HtmlDecode(href));
                }
            }
        }
        return new Hasil(dibuka, tampil, masalah);
    }

    private static bool Dilewati(string path) =>
        path is "/keluar" or "/bahasa" || path.StartsWith("/lib/") || path.StartsWith("/css/") || path.StartsWith("/js/");

    /// <summary>What injected markup would look like once parsed: a script element running alert, or an event-handler attribute.</summary>
    public static IEnumerable<string> Periksa(IDocument page, string html)
    {
        foreach (var s in page.QuerySelectorAll("script"))
        {
            if (s.TextContent.Contains("alert(") || string.IsNullOrEmpty(s.GetAttribute("src")))
            {
                yield return "an inline <script> element: " + s.OuterHtml[..Math.Min(80, s.OuterHtml.Length)];
            }
        }
        foreach (var e in page.All)
        {
            foreach (var attr in e.Attributes)
            {
                if (attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"an event-handler attribute {attr.Name}=\"{attr.Value}\" on <{e.LocalName}>";
                }
            }
            if (e.LocalName == "img" && e.GetAttribute("src") == "x")
            {
                yield return "an injected <img src=x>";
            }
        }
        if (html.Contains("<script>alert(1)", StringComparison.OrdinalIgnoreCase) || html.Contains("<img src=x", StringComparison.OrdinalIgnoreCase))
        {
            yield return "the raw markup appears unescaped in the HTML";
        }
    }
}
