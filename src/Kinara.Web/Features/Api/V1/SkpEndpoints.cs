using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Api.V1;

/// <summary>The SKP resource: lists, one SKP, a new draft, its lampiran and the penilai's ekspektasi khusus.</summary>
public static class SkpEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var skp = api.MapGroup("/skp").WithTags("SKP");

        // Paths without a trailing part are mapped on the API group itself: a group's "" pattern would end in "/".
        api.MapGet("/skp", DaftarSayaAsync)
            .WithTags("SKP")
            .WithName("DaftarSkpSaya")
            .WithSummary("Daftar SKP saya")
            .WithDescription("Semua SKP milik pegawai yang masuk, terbaru lebih dulu; ?tahun= menyaring satu tahun.")
            .Produces<List<SkpRingkas>>()
            .DenganGalat(400, 401);

        api.MapPost("/skp", BuatAsync)
            .WithTags("SKP")
            .WithName("BuatSkp")
            .WithSummary("Buat SKP baru (draf)")
            .WithDescription("Aturannya sama dengan halaman /perencanaan/skp/baru: jabatan dan pejabat penilai diambil dari struktur jabatan saat ini, " +
                "dan satu periode hanya boleh memiliki satu SKP (422 bila bertumpuk).")
            .Accepts<SkpBaruInput>("application/json")
            .Produces<SkpLengkap>(StatusCodes.Status201Created)
            .BerETag()
            .DenganGalat(400, 403, 413, 415, 422);

        skp.MapGet("/{id:guid}", DetailAsync)
            .WithName("AmbilSkp")
            .WithSummary("Ambil satu SKP lengkap")
            .WithDescription("Untuk pemilik, pejabat penilai SKP ini, pengelola kinerja (admin kepegawaian) dan auditor. ETag = versi SKP; " +
                "If-None-Match dengan ETag yang sama dijawab 304.")
            .Produces<SkpLengkap>()
            .BerETag()
            .DenganGalat(403, 404);

        skp.MapPut("/{id:guid}/lampiran", LampiranAsync)
            .WithName("UbahLampiranSkp")
            .WithSummary("Ganti lampiran SKP")
            .WithDescription("Hanya pemilik, selama SKP berstatus draf atau dikembalikan. Ketiga daftar diganti seluruhnya.")
            .Accepts<LampiranInput>("application/json")
            .Produces<SkpLengkap>()
            .PerluIfMatch()
            .DenganGalat(400, 403, 404, 413, 415, 422);

        skp.MapPut("/{id:guid}/ekspektasi", EkspektasiAsync)
            .WithName("UbahEkspektasiKhusus")
            .WithSummary("Isi ekspektasi khusus pimpinan")
            .WithDescription("Hanya pejabat penilai SKP ini, sampai SKP disetujui (BerAKHLAK, PermenPANRB 6/2022).")
            .Accepts<EkspektasiInput>("application/json")
            .Produces<SkpLengkap>()
            .PerluIfMatch()
            .DenganGalat(400, 403, 404, 413, 415, 422);

        api.MapGet("/pegawai/{pegawaiId:guid}/skp", DaftarPegawaiAsync)
            .WithTags("SKP")
            .WithName("DaftarSkpPegawai")
            .WithSummary("Daftar SKP seorang pegawai")
            .WithDescription("Untuk pejabat penilai pegawai itu, pengelola kinerja (admin kepegawaian) dan auditor; pegawai sendiri juga boleh. " +
                "Hanya SKP yang boleh dibuka pemanggil yang tampil.")
            .Produces<List<SkpRingkas>>()
            .DenganGalat(400, 401, 403, 404);
    }

    private static async Task<IResult> DaftarSayaAsync(int? tahun, HttpContext http, KinaraDbContext db)
    {
        if (http.User.PegawaiId() is not { } saya)
        {
            return Results.Ok(Array.Empty<SkpRingkas>());
        }
        return Results.Ok(await Daftar(db.Skp.AsNoTracking().Where(s => s.PegawaiId == saya), tahun).ToListAsync(http.RequestAborted));
    }

    private static async Task<IResult> DaftarPegawaiAsync(Guid pegawaiId, int? tahun, HttpContext http, KinaraDbContext db, PosisiService posisi)
    {
        var ct = http.RequestAborted;
        if (!await db.Pegawai.AsNoTracking().AnyAsync(p => p.Id == pegawaiId, ct))
        {
            return ApiMasalah.TidakAda("Pegawai tidak ditemukan.");
        }
        var user = http.User;
        var saya = user.PegawaiId();
        var semua = user.IsInRole(Peran.AdminKepegawaian) || user.IsInRole(Peran.SuperAdmin) || user.IsInRole(Peran.Auditor) || saya == pegawaiId;
        var query = db.Skp.AsNoTracking().Where(s => s.PegawaiId == pegawaiId);
        if (!semua)
        {
            // Resource-based as on the SKP page: the penilai sees the SKP addressed to them. The current atasan of a
            // bawahan who has no SKP yet (or only older ones) gets an empty list, not a refusal.
            var atasanSekarang = saya is { } s && (await posisi.PejabatPenilaiAsync(pegawaiId, ct))?.PegawaiId == s;
            if (!atasanSekarang && !await query.AnyAsync(x => x.PejabatPenilaiId == saya, ct))
            {
                return ApiMasalah.Ditolak("Anda bukan pejabat penilai pegawai ini.");
            }
            query = query.Where(x => x.PejabatPenilaiId == saya);
        }
        return Results.Ok(await Daftar(query, tahun).ToListAsync(ct));
    }

    private static IQueryable<SkpRingkas> Daftar(IQueryable<Skp> query, int? tahun) =>
        (tahun is { } t ? query.Where(s => s.Tahun == t) : query)
            .OrderByDescending(s => s.Tahun).ThenByDescending(s => s.PeriodeAwal).ThenByDescending(s => s.Revisi)
            .Select(s => new SkpRingkas(s.Id, s.Tahun, s.PeriodeAwal, s.PeriodeAkhir, s.Pendekatan, s.Status, Skp.StatusLabel(s.Status), s.Revisi,
                s.JabatanNama, s.PejabatPenilaiNama, s.Rhk.Count, s.Versi));

    private static async Task<IResult> DetailAsync(Guid id, HttpContext http, KinaraDbContext db)
    {
        var (skp, akses, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: false);
        if (tolak is not null)
        {
            return tolak;
        }
        if (ApiVersi.MasihSama(http, skp.Versi))
        {
            ApiVersi.Tulis(http, skp.Versi);
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return await SkpApi.JawabAsync(http, db, skp, akses);
    }

    private static async Task<IResult> BuatAsync(HttpContext http, KinaraDbContext db, PosisiService posisiService, TimeProvider clock)
    {
        if (http.User.PegawaiId() is not { } saya)
        {
            return ApiMasalah.Ditolak("Akun Anda tidak terhubung dengan data pegawai, sehingga tidak dapat membuat SKP.");
        }
        var (input, masalah) = await ApiJson.BacaAsync<SkpBaruInput>(http);
        if (masalah is not null)
        {
            return masalah;
        }
        var ct = http.RequestAborted;
        var posisi = await SkpPosisi.BangunAsync(posisiService, saya, ct);
        var (skp, tolak) = await SkpAlur.BuatAsync(db, posisi, http.User.InstansiId(), saya, input!.Tahun!.Value, input.SatuTahunPenuh,
            input.PeriodeAwal, input.PeriodeAkhir, input.Pendekatan!.Value, clock.GetUtcNow().UtcDateTime, ct);
        if (skp is null)
        {
            return ApiMasalah.Dari(tolak!);
        }
        db.Skp.Add(skp);
        await db.SaveChangesAsync(ct);
        return await SkpApi.JawabAsync(http, db, skp, AksesSkp.Dari(http.User, saya, skp), StatusCodes.Status201Created);
    }

    private static async Task<IResult> LampiranAsync(Guid id, HttpContext http, KinaraDbContext db)
    {
        var (skp, akses, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: true);
        if (tolak is not null)
        {
            return tolak;
        }
        if (!akses.Pemilik)
        {
            return ApiMasalah.Ditolak("Hanya pemilik SKP yang dapat mengubah lampirannya.");
        }
        if (ApiVersi.Periksa(http, db, skp) is { } versi)
        {
            return versi;
        }
        var (input, masalah) = await ApiJson.BacaAsync<LampiranInput>(http);
        if (masalah is not null)
        {
            return masalah;
        }
        var galat = new Dictionary<string, string[]>();
        foreach (var jenis in Enum.GetValues<JenisLampiran>())
        {
            var butir = input!.Dari(jenis) ?? [];
            // The same limits as the lampiran form: one item ≤ 1,000 characters, one list ≤ 10,000.
            if (butir.Any(b => b is null || b.Trim().Length > 1000) || butir.Sum(b => b?.Length ?? 0) > 10000)
            {
                galat[ApiMasalah.NamaIsian(jenis.ToString())] =
                    [$"Setiap butir {jenis.Teks().ToLowerInvariant()} berupa teks paling panjang 1.000 karakter, seluruhnya paling panjang 10.000 karakter."];
            }
        }
        if (galat.Count > 0)
        {
            return ApiMasalah.Validasi(galat);
        }
        try
        {
            foreach (var jenis in Enum.GetValues<JenisLampiran>())
            {
                skp.SetLampiran(jenis, input!.Dari(jenis) ?? []);
            }
        }
        catch (DomainRuleException ex)
        {
            return ApiMasalah.Aturan(ex.Message);
        }
        return await SkpApi.SimpanAsync(db, http.RequestAborted) ?? await SkpApi.JawabAsync(http, db, skp, akses);
    }

    private static async Task<IResult> EkspektasiAsync(Guid id, HttpContext http, KinaraDbContext db)
    {
        var (skp, akses, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: true);
        if (tolak is not null)
        {
            return tolak;
        }
        if (!akses.Penilai)
        {
            return ApiMasalah.Ditolak("Hanya pejabat penilai yang dapat mengisi ekspektasi khusus pimpinan.");
        }
        if (ApiVersi.Periksa(http, db, skp) is { } versi)
        {
            return versi;
        }
        var (input, masalah) = await ApiJson.BacaAsync<EkspektasiInput>(http);
        if (masalah is not null)
        {
            return masalah;
        }
        try
        {
            foreach (var nilai in BerAkhlak.Semua)
            {
                skp.SetEkspektasiKhusus(nilai.Aspek, input!.Dari(nilai.Aspek));
            }
        }
        catch (DomainRuleException ex)
        {
            return ApiMasalah.Aturan(ex.Message);
        }
        return await SkpApi.SimpanAsync(db, http.RequestAborted) ?? await SkpApi.JawabAsync(http, db, skp, akses);
    }
}
