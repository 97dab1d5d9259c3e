using Kinara.Web.Infrastructure.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinara.BrowserTests;

/// <summary>The master-data and audit screens, as the admin, auditor and super admin see them.</summary>
[Collection(AppCollection.Name)]
public sealed class OrganisasiTests(AppServer app)
{
    public static TheoryData<string, string, string> Screens => new()
    {
        { "admin", "/organisasi/unit", "Unit organisasi" },
        { "admin", "/organisasi/unit/pohon", "Pohon unit" },
        { "admin", "/organisasi/jabatan", "Jabatan" },
        { "admin", "/organisasi/pegawai", "Pegawai" },
        { "admin", "/organisasi/plt", "Plt" },
        { "admin", "/organisasi/akun", "Akun" },
        { "admin", "/audit", "Jejak audit" },
        { "auditor", "/audit", "Jejak audit" },
        { "auditor", "/organisasi/pegawai", "Pegawai" },
        { "superadmin", "/instansi", "Instansi" },
        { "pegawai", "/akun/dua-faktor", "Verifikasi dua langkah" },
        { "pegawai", "/akun/kata-sandi", "kata sandi" },
        { "admin", "/organisasi/impor", "Impor data" },
        { "pegawai", "/perencanaan/skp", "SKP saya" },
        { "atasan", "/perencanaan/skp-bawahan", "SKP bawahan" },
        { "pegawai", "/perencanaan/pustaka", "Pustaka indikator" },
        { "pimpinan", "/perencanaan/sasaran", "Sasaran organisasi" },
        { "pimpinan", "/perencanaan/kaskade", "Pohon kinerja" },
        { "admin", "/perencanaan/monitoring", "Monitoring pengisian" },
    };

    private static DemoAccount Account(string who) => who switch
    {
        "admin" => DemoAccounts.Admin,
        "auditor" => DemoAccounts.Auditor,
        "superadmin" => DemoAccounts.SuperAdmin,
        "atasan" => DemoAccounts.Atasan,
        "pimpinan" => DemoAccounts.Pimpinan,
        _ => DemoAccounts.Pegawai,
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_screen_opens_with_its_heading_at_desktop_and_phone_width(string who, string path, string heading)
    {
        foreach (var width in new[] { BrowserSession.Desktop, BrowserSession.Phone })
        {
            var page = await BrowserSession.LoginAsync(app, Account(who), width);
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading, new() { IgnoreCase = true });
            await BrowserSession.ScreenshotAsync(app, page, $"{who}{path.Replace('/', '-')}", width);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_admin_adds_a_unit_and_finds_the_change_in_the_audit_trail()
    {
        var page = await BrowserSession.LoginAsync(app, DemoAccounts.Admin, BrowserSession.Phone);
        await page.GotoAsync("/organisasi/unit/baru");
        await page.GetByLabel("Kode unit").FillAsync("UJI-BROWSER");
        await page.GetByLabel("Nama unit").FillAsync("Seksi Uji Peramban");
        await page.GetByLabel("Jenis unit").SelectOptionAsync(new SelectOptionValue { Label = "Seksi / subbagian" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Seksi Uji Peramban");
        await BrowserSession.ScreenshotAsync(app, page, "admin-unit-tersimpan", BrowserSession.Phone);

        await page.GotoAsync("/audit");
        await Expect(page.Locator("main")).ToContainTextAsync("Seksi Uji Peramban");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi rantai" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Rantai audit utuh");
        await BrowserSession.ScreenshotAsync(app, page, "admin-audit-verifikasi", BrowserSession.Phone);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_admin_imports_a_unit_file_and_watches_the_job_finish()
    {
        var file = Path.Combine(Path.GetTempPath(), "unit-uji-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(file, "kode;nama;induk_kode;jenis\nUJI-IMP-A;Dinas Uji Impor;;perangkat daerah\nUJI-IMP-B;Bidang Uji Impor;UJI-IMP-A;bidang\n");
        var page = await BrowserSession.LoginAsync(app, DemoAccounts.Admin, BrowserSession.Phone);
        await page.GotoAsync("/organisasi/impor");
        await page.Locator("#jenis-unit").CheckAsync();
        await page.Locator("#berkas").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah dan impor" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/organisasi/impor/"));
        await Expect(page.Locator("main .badge").First).ToHaveTextAsync("Selesai", new() { Timeout = 60_000 });
        await Expect(page.Locator("main")).ToContainTextAsync("ditambah");
        await BrowserSession.ScreenshotAsync(app, page, "admin-impor-selesai", BrowserSession.Phone);
        await page.Context.CloseAsync();
        File.Delete(file);
    }

    [Fact]
    public async Task A_malformed_nip_is_refused_on_the_pegawai_form_naming_the_wrong_part()
    {
        var page = await BrowserSession.LoginAsync(app, DemoAccounts.Admin, BrowserSession.Desktop);
        await page.GotoAsync("/organisasi/pegawai/baru");
        await page.GetByLabel("NIP / NI PPPK").FillAsync("196613011988031001");
        await page.GetByLabel("Nama (tanpa gelar)").FillAsync("Uji Salah NIP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("tanggal lahir 19661301 tidak valid", new() { IgnoreCase = true });
        await Expect(page.GetByLabel("Nama (tanpa gelar)")).ToHaveValueAsync("Uji Salah NIP");
        await BrowserSession.ScreenshotAsync(app, page, "admin-pegawai-nip-salah", BrowserSession.Desktop);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_pegawai_is_refused_the_master_data_screens()
    {
        var page = await BrowserSession.LoginAsync(app, DemoAccounts.Pegawai, BrowserSession.Desktop);
        var response = await page.GotoAsync("/organisasi/pegawai");
        Assert.Equal(403, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Akses ditolak");
        await page.Context.CloseAsync();
    }
}
