using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Infrastructure.Auth;

namespace Kinara.Web.Features.Api.V1;

/// <summary>
/// The SKP workflow: submit, approve, return, forward after the pengelola's review, start a revision. Each follows its
/// Razor page step for step (Features/Perencanaan/Skp/Ajukan, Revisi; SkpBawahan/Setujui, Kembalikan, Reviu) through the
/// shared rules in <see cref="SkpAlur"/>.
/// </summary>
public static class AlurSkpEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var alur = api.MapGroup("/skp/{id:guid}").WithTags("Alur SKP");

        alur.MapPost("/ajukan", AjukanAsync)
            .WithName("AjukanSkp")
            .WithSummary("Ajukan SKP kepada pejabat penilai")
            .WithDescription("Hanya pemilik. Jabatan dan pejabat penilai diambil ulang dari struktur jabatan hari ini; setiap RHK yang mengintervensi " +
                "harus menunjuk RHK pada SKP pejabat penilai yang berlaku. Bila instansi mengaktifkan reviu pengelola kinerja, status menjadi " +
                "MenungguReviu. Bila ditolak (422), \"masalah\" memuat semua hal yang harus dilengkapi.")
            .Produces<SkpLengkap>()
            .PerluIfMatch()
            .DenganGalat(403, 404, 422);

        alur.MapPost("/setujui", SetujuiAsync)
            .WithName("SetujuiSkp")
            .WithSummary("Setujui SKP (pejabat penilai)")
            .WithDescription("Hanya pejabat penilai SKP itu, untuk SKP berstatus Diajukan. Menyetujui revisi menggantikan versi sebelumnya.")
            .Produces<SkpLengkap>()
            .PerluIfMatch()
            .DenganGalat(403, 404, 422);

        alur.MapPost("/kembalikan", KembalikanAsync)
            .WithName("KembalikanSkp")
            .WithSummary("Kembalikan SKP kepada pegawai dengan alasan")
            .WithDescription("Oleh pejabat penilai (status Diajukan) atau, bila reviu pengelola kinerja aktif, oleh pengelola kinerja (status MenungguReviu).")
            .Accepts<KembalikanInput>("application/json")
            .Produces<SkpLengkap>()
            .PerluIfMatch()
            .DenganGalat(400, 403, 404, 413, 415, 422);

        alur.MapPost("/teruskan", TeruskanAsync)
            .RequireAuthorization(Kebijakan.KelolaMasterData)
            .WithName("TeruskanSkp")
            .WithSummary("Teruskan SKP kepada pejabat penilai setelah reviu")
            .WithDescription("Pengelola kinerja (admin kepegawaian), bila instansi mengaktifkan reviu pengelola kinerja.")
            .Produces<SkpLengkap>()
            .PerluIfMatch()
            .DenganGalat(403, 404, 422);

        alur.MapPost("/revisi", RevisiAsync)
            .WithName("RevisiSkp")
            .WithSummary("Mulai revisi SKP yang sudah disetujui")
            .WithDescription("Hanya pemilik. Membuat draf baru berisi salinan SKP; versi yang disetujui tetap berlaku sampai revisi disetujui.")
            .Produces<SkpLengkap>(StatusCodes.Status201Created)
            .PerluIfMatch()
            .DenganGalat(403, 404, 422);
    }

    private static async Task<IResult> AjukanAsync(Guid id, HttpContext http, KinaraDbContext db, PosisiService posisiService, TimeProvider clock)
    {
        var (skp, akses, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: true);
        if (tolak is not null)
        {
            return tolak;
        }
        if (!akses.Pemilik)
        {
            return ApiMasalah.Ditolak("Hanya pemilik SKP yang dapat mengajukannya.");
        }
        if (ApiVersi.Periksa(http, db, skp) is { } versi)
        {
            return versi;
        }
        if (!skp.BisaDiubah)
        {
            return ApiMasalah.Aturan($"SKP berstatus {skp.Status.Teks()} tidak dapat diajukan lagi.");
        }
        var ct = http.RequestAborted;
        var reviu = await SkpAlur.ReviuPengelolaAsync(db, http.User.InstansiId(), ct);
        var hasil = await SkpAlur.AjukanAsync(db, posisiService, skp, reviu, clock.GetUtcNow().UtcDateTime, ct);
        if (!hasil.Berhasil)
        {
            return ApiMasalah.Aturan("SKP belum dapat diajukan. Lengkapi dulu hal-hal pada \"masalah\".", hasil.Masalah);
        }
        return await SkpApi.SimpanAsync(db, ct) ?? await SkpApi.JawabAsync(http, db, skp, akses);
    }

    private static async Task<IResult> SetujuiAsync(Guid id, HttpContext http, KinaraDbContext db, TimeProvider clock)
    {
        // As on the page: no view check first; anyone but the SKP's penilai gets the domain's own refusal, as a 403.
        var (skp, akses, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: true, periksaLihat: false);
        if (tolak is not null)
        {
            return tolak;
        }
        if (http.User.PegawaiId() is not { } saya)
        {
            return ApiMasalah.Ditolak("Akun Anda tidak terhubung dengan data pegawai, sehingga tidak dapat menyetujui SKP.");
        }
        if (skp.PejabatPenilaiId != saya)
        {
            return ApiMasalah.Ditolak("Anda bukan pejabat penilai pegawai ini.");
        }
        if (ApiVersi.Periksa(http, db, skp) is { } versi)
        {
            return versi;
        }
        var ct = http.RequestAborted;
        var (_, ditolak) = await SkpAlur.SetujuiAsync(db, skp, saya, clock.GetUtcNow().UtcDateTime, ct);
        if (ditolak is not null)
        {
            return ApiMasalah.Dari(ditolak);
        }
        return await SkpApi.SimpanAsync(db, ct) ?? await SkpApi.JawabAsync(http, db, skp, akses);
    }

    private static async Task<IResult> KembalikanAsync(Guid id, HttpContext http, KinaraDbContext db)
    {
        var (skp, akses, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: true, periksaLihat: false);
        if (tolak is not null)
        {
            return tolak;
        }
        var ct = http.RequestAborted;
        var (olehPengelola, _) = await SkpAlur.PeranPengembalianAsync(db, http.User.InstansiId(), akses, skp, ct);
        if (!akses.Penilai && !olehPengelola)
        {
            return ApiMasalah.Ditolak("Anda bukan pejabat penilai pegawai ini, sehingga tidak dapat mengembalikan SKP-nya.");
        }
        if (ApiVersi.Periksa(http, db, skp) is { } versi)
        {
            return versi;
        }
        var (input, masalah) = await ApiJson.BacaAsync<KembalikanInput>(http);
        if (masalah is not null)
        {
            return masalah;
        }
        try
        {
            skp.Kembalikan(http.User.PegawaiId() ?? Guid.Empty, input!.Alasan!, olehPengelola);
        }
        catch (DomainRuleException ex)
        {
            return ApiMasalah.Aturan(ex.Message);
        }
        return await SkpApi.SimpanAsync(db, ct) ?? await SkpApi.JawabAsync(http, db, skp, akses);
    }

    private static async Task<IResult> TeruskanAsync(Guid id, HttpContext http, KinaraDbContext db)
    {
        var (skp, akses, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: true, periksaLihat: false);
        if (tolak is not null)
        {
            return tolak;
        }
        if (ApiVersi.Periksa(http, db, skp) is { } versi)
        {
            return versi;
        }
        var ct = http.RequestAborted;
        if (!await SkpAlur.ReviuPengelolaAsync(db, http.User.InstansiId(), ct))
        {
            return ApiMasalah.Aturan("Reviu pengelola kinerja tidak diaktifkan untuk instansi ini.");
        }
        try
        {
            skp.TeruskanSetelahReviu();
        }
        catch (DomainRuleException ex)
        {
            return ApiMasalah.Aturan(ex.Message);
        }
        return await SkpApi.SimpanAsync(db, ct) ?? await SkpApi.JawabAsync(http, db, skp, akses);
    }

    private static async Task<IResult> RevisiAsync(Guid id, HttpContext http, KinaraDbContext db, TimeProvider clock)
    {
        var (skp, akses, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: true);
        if (tolak is not null)
        {
            return tolak;
        }
        if (!akses.Pemilik)
        {
            return ApiMasalah.Ditolak("Hanya pemilik SKP yang dapat membuat revisinya.");
        }
        if (ApiVersi.Periksa(http, db, skp) is { } versi)
        {
            return versi;
        }
        var ct = http.RequestAborted;
        if (await SkpAlur.PeriksaRevisiBerjalanAsync(db, skp, ct) is { } berjalan)
        {
            return ApiMasalah.Dari(berjalan);
        }
        Skp baru;
        try
        {
            baru = skp.BuatRevisi(clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainRuleException ex)
        {
            return ApiMasalah.Aturan(ex.Message);
        }
        db.Skp.Add(baru);
        return await SkpApi.SimpanAsync(db, ct)
            ?? await SkpApi.JawabAsync(http, db, baru, AksesSkp.Dari(http.User, http.User.PegawaiId(), baru), StatusCodes.Status201Created);
    }
}
