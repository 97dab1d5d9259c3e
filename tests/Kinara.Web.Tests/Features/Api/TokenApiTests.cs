using System.Net;
using System.Net.Http.Json;
using Kinara.Web.Tests.Features.Akun;
using Kinara.Web.Tests.Features.Perencanaan;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kinara.Web.Tests.Features.Api.ApiUji;

namespace Kinara.Web.Tests.Features.Api;

/// <summary>POST /api/v1/token and /token/refresh: the sign-in page's rules (password, lockout, 2FA) for bearer tokens.</summary>
public sealed class TokenApiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task The_right_nip_and_password_give_a_short_lived_bearer_token_that_opens_the_api()
    {
        var token = await TokenAsync(factory, factory.Data.Alpha.Pegawai.Nip, factory.Data.Alpha.Pegawai.Password);
        Assert.Equal(HttpStatusCode.OK, token.Status);
        Assert.Equal("Bearer", token.Json!["tokenType"]!.GetValue<string>());
        Assert.Equal(3600, token.Json["expiresIn"]!.GetValue<long>());
        Assert.False(string.IsNullOrEmpty(token.Json["refreshToken"]!.GetValue<string>()));
        Assert.False(token.Response.Headers.Contains("Set-Cookie"), "the token endpoint must not start a cookie session");

        var daftar = await GetAsync(Klien(factory, token.Json["accessToken"]!.GetValue<string>()), "/api/v1/skp");
        Assert.Equal(HttpStatusCode.OK, daftar.Status);
        Assert.NotNull(daftar.Json!.AsArray());
    }

    [Fact]
    public async Task A_wrong_password_or_unknown_nip_is_refused_with_401_and_an_indonesian_message()
    {
        var salah = await TokenAsync(factory, factory.Data.Alpha.Atasan.Nip, "bukan-sandinya-1");
        Masalah(salah, HttpStatusCode.Unauthorized, "NIP atau kata sandi salah");
        Assert.Equal("kredensial-salah", salah.Kode);

        Masalah(await TokenAsync(factory, "199901012020121001", "bukan-sandinya-1"), HttpStatusCode.Unauthorized, "NIP atau kata sandi salah");

        var nipPendek = await TokenAsync(factory, "12345", "apa saja");
        Masalah(nipPendek, HttpStatusCode.BadRequest);
        Assert.Contains("18", nipPendek.Galat("nip"));

        var kosong = await PostAsync(factory.CreateClient(), "/api/v1/token", new { });
        Masalah(kosong, HttpStatusCode.BadRequest);
        Assert.Contains("NIP wajib diisi", kosong.Galat("nip"));
        Assert.Contains("Kata sandi wajib diisi", kosong.Galat("kataSandi"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_the_api_and_the_web_alike_and_kill_its_token()
    {
        var akun = await SkpUji.PegawaiBaruAsync(factory, factory.Data.Alpha, "Dewi Terkunci");
        var klien = await KlienAsync(factory, akun);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(klien, "/api/v1/skp")).Status);

        for (var i = 1; i <= 4; i++)
        {
            Masalah(await TokenAsync(factory, akun.Nip, "salahLagi" + i), HttpStatusCode.Unauthorized);
        }
        var kelima = await TokenAsync(factory, akun.Nip, "salahLagi5");
        Masalah(kelima, (HttpStatusCode)423, "terkunci");
        Masalah(await TokenAsync(factory, akun.Nip, akun.Password), (HttpStatusCode)423, "Akun Anda terkunci");

        // One lockout: the sign-in page refuses too, and the token issued before the lockout no longer works.
        var web = await Html.PostFormAsync(factory.CreateBrowserClient(), "/masuk", new() { ["Nip"] = akun.Nip, ["Password"] = akun.Password });
        Assert.Equal((HttpStatusCode)423, web.StatusCode);
        var basi = await GetAsync(klien, "/api/v1/skp");
        Masalah(basi, HttpStatusCode.Unauthorized, "tidak berlaku");
    }

    [Fact]
    public async Task An_account_with_two_factor_gets_a_token_only_with_the_right_code()
    {
        var akun = await SkpUji.PegawaiBaruAsync(factory, factory.Data.Alpha, "Rina Dua Langkah");
        var (key, pemulihan) = await AkunTestHelpers.SetUpTwoFactorAsync(await factory.LoginAsync(akun));

        var tanpaKode = await TokenAsync(factory, akun.Nip, akun.Password);
        Masalah(tanpaKode, HttpStatusCode.Unauthorized, "kodeDuaFaktor");
        Assert.Equal("perlu-kode-dua-faktor", tanpaKode.Kode);

        var kodeSalah = await TokenAsync(factory, akun.Nip, akun.Password, Totp.WrongCode(key));
        Masalah(kodeSalah, HttpStatusCode.Unauthorized, "Kode salah");
        Masalah(await TokenAsync(factory, akun.Nip, akun.Password, "12ab"), HttpStatusCode.BadRequest, "6 angka");

        var benar = await TokenAsync(factory, akun.Nip, akun.Password, Totp.Code(key));
        Assert.Equal(HttpStatusCode.OK, benar.Status);

        // A recovery code works once.
        var client = factory.CreateClient();
        var body = new { nip = akun.Nip, kataSandi = akun.Password, kodePemulihan = pemulihan[0] };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/token", body)).StatusCode);
        Masalah(await BacaAsync(await client.PostAsJsonAsync("/api/v1/token", body)), HttpStatusCode.Unauthorized, "sudah pernah dipakai");
    }

    [Fact]
    public async Task A_sign_in_cookie_alone_is_refused_on_the_api_with_401_not_a_redirect()
    {
        var cookie = await factory.LoginAsync(factory.Data.Alpha.Pegawai);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/perencanaan/skp")).StatusCode); // the cookie itself is good

        var get = await GetAsync(cookie, "/api/v1/skp");
        Masalah(get, HttpStatusCode.Unauthorized, "Authorization: Bearer");
        Assert.Contains("Bearer", get.Response.Headers.WwwAuthenticate.ToString());
        Masalah(await PostAsync(cookie, "/api/v1/skp", new { tahun = SkpUji.Tahun, pendekatan = "Kuantitatif" }), HttpStatusCode.Unauthorized);
        Masalah(await GetAsync(factory.CreateClient(), "/api/v1/skp"), HttpStatusCode.Unauthorized);
        Masalah(await GetAsync(Klien(factory, "bukan-token"), "/api/v1/skp"), HttpStatusCode.Unauthorized, "tidak valid");
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_token_until_the_admin_switches_the_account_off()
    {
        var akun = await SkpUji.PegawaiBaruAsync(factory, factory.Data.Alpha, "Budi Disegarkan");
        var token = await TokenAsync(factory, akun.Nip, akun.Password);
        var refresh = token.Json!["refreshToken"]!.GetValue<string>();
        var baru = await PostAsync(factory.CreateClient(), "/api/v1/token/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.OK, baru.Status);
        var klien = Klien(factory, baru.Json!["accessToken"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(klien, "/api/v1/skp")).Status);
        Masalah(await PostAsync(factory.CreateClient(), "/api/v1/token/refresh", new { refreshToken = "sampah" }), HttpStatusCode.Unauthorized, "Refresh token");

        // The admin switches the account off on its page: the access token and the refresh token die with it.
        var admin = await factory.LoginAsync(factory.Data.Alpha.Admin);
        var halaman = await Html.GetAsync(admin, $"/organisasi/akun/{akun.UserId}");
        Assert.Equal(HttpStatusCode.Redirect, (await AkunTestHelpers.PostAsync(admin, halaman, $"/organisasi/akun/{akun.UserId}?handler=Nonaktifkan")).StatusCode);
        Masalah(await GetAsync(klien, "/api/v1/skp"), HttpStatusCode.Unauthorized, "dinonaktifkan");
        Masalah(await PostAsync(factory.CreateClient(), "/api/v1/token/refresh", new { refreshToken = refresh }), HttpStatusCode.Unauthorized);
        Masalah(await TokenAsync(factory, akun.Nip, akun.Password), (HttpStatusCode)423, "dinonaktifkan");
    }

    [Fact]
    public async Task The_token_carries_the_same_tenant_and_pegawai_as_the_sign_in_cookie()
    {
        // The Beta pegawai's list holds Beta's SKP only, and the audit names the API caller like a page would.
        var beta = factory.Data.Beta;
        var skpId = await SkpUji.SkpLengkapAsync(factory, beta, beta.Pegawai, rhk: "RHK beta lewat token");
        var daftar = await GetAsync(await KlienAsync(factory, beta.Pegawai), "/api/v1/skp");
        Assert.Contains(daftar.Json!.AsArray(), s => s!["id"]!.GetValue<Guid>() == skpId);
        var alpha = await GetAsync(await KlienAsync(factory, factory.Data.Alpha.Pegawai), "/api/v1/skp");
        Assert.DoesNotContain(alpha.Json!.AsArray(), s => s!["id"]!.GetValue<Guid>() == skpId);
        var ada = await factory.WithDbAsync(beta.Id, db => db.Skp.AnyAsync(s => s.Id == skpId));
        Assert.True(ada);
    }
}

/// <summary>The per-address sign-in rate limit covers the token endpoint too (its own app: the limit is low).</summary>
public sealed class TokenBatasTests(BatasMasukFactory factory) : IClassFixture<BatasMasukFactory>
{
    [Fact]
    public async Task Too_many_token_requests_from_one_address_are_refused_with_429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await TokenAsync(factory, factory.Data.Alpha.Auditor.Nip, "salah-terus1")).Status);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }
}

/// <summary>An instansi that requires 2FA for admins (its own app: the setting is per instansi and this class changes it).</summary>
public sealed class TokenWajibDuaFaktorTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private Task WajibAsync(Guid instansiId, bool wajib) => factory.WithDbAsync(instansiId, async db =>
    {
        var instansi = await db.Instansi.SingleAsync(i => i.Id == instansiId);
        instansi.Wajib2faAdmin = wajib;
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task An_admin_gets_no_token_without_two_factor_and_an_older_token_is_refused_with_a_problem_not_a_redirect()
    {
        var beta = factory.Data.Beta;
        var lama = await KlienAsync(factory, beta.Admin); // issued while 2FA is not required yet
        await WajibAsync(beta.Id, true);

        var token = await TokenAsync(factory, beta.Admin.Nip, beta.Admin.Password);
        Masalah(token, HttpStatusCode.Forbidden, "mewajibkan verifikasi dua langkah");
        Assert.Equal("perlu-pasang-dua-faktor", token.Kode);
        var dipakai = await GetAsync(lama, "/api/v1/skp");
        Masalah(dipakai, HttpStatusCode.Forbidden, "verifikasi dua langkah");

        // Pegawai are not concerned; an admin with two-factor set up gets a token with the code and is let through.
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(factory, beta.Pegawai.Nip, beta.Pegawai.Password)).Status);
        var (key, _) = await AkunTestHelpers.SetUpTwoFactorAsync(await factory.LoginAsync(beta.SuperAdmin));
        var admin = await KlienAsync(factory, beta.SuperAdmin, Totp.Code(key));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(admin, "/api/v1/skp")).Status);
    }
}
