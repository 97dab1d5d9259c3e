using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Api.V1;

/// <summary>
/// The RHK of an SKP and their indicators. Reading follows the SKP's view rule; every change is the owner's, while the
/// SKP is a draft or returned (the domain refuses the rest with 422), guarded by the SKP's version (If-Match).
/// </summary>
public static class RhkEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var rhk = api.MapGroup("/skp/{id:guid}/rhk").WithTags("RHK dan indikator");

        api.MapPost("/skp/{id:guid}/rhk", (Guid id, HttpContext http, KinaraDbContext db) => SimpanRhkAsync(id, null, http, db))
            .WithTags("RHK dan indikator")
            .WithName("TambahRhk")
            .WithSummary("Tambah RHK")
            .WithDescription("SKP non-JPT: RHK utama harus mengintervensi RHK pejabat penilai (rhkAtasanId, dipilih dari SKP pejabat penilai untuk tahun itu). " +
                "SKP JPT: isi penugasanDari dan sasaranOrganisasiId; rhkAtasanId ditolak.")
            .Accepts<RhkInput>("application/json")
            .Produces<RhkSkp>(StatusCodes.Status201Created)
            .PerluIfMatch()
            .DenganGalat(400, 403, 404, 413, 415, 422);

        api.MapGet("/skp/{id:guid}/pilihan-rhk", PilihanAsync)
            .WithTags("RHK dan indikator")
            .WithName("PilihanTautanRhk")
            .WithSummary("Pilihan RHK atasan dan sasaran organisasi")
            .WithDescription("Untuk pemilik SKP, sebelum menambah atau mengubah RHK. SKP non-JPT: RHK pada SKP pejabat penilai untuk tahun itu " +
                "(yang dapat diintervensi, sebagai rhkAtasanId). SKP JPT: sasaran organisasi unitnya dan seluruh Pemda untuk tahun itu.")
            .Produces<PilihanTautanRhk>()
            .BerETag()
            .DenganGalat(403, 404);

        rhk.MapGet("/{rhkId:guid}", AmbilRhkAsync)
            .WithName("AmbilRhk")
            .WithSummary("Ambil satu RHK dengan indikatornya")
            .Produces<RhkSkp>()
            .BerETag()
            .DenganGalat(403, 404);

        rhk.MapPut("/{rhkId:guid}", (Guid id, Guid rhkId, HttpContext http, KinaraDbContext db) => SimpanRhkAsync(id, rhkId, http, db))
            .WithName("UbahRhk")
            .WithSummary("Ubah RHK")
            .Accepts<RhkInput>("application/json")
            .Produces<RhkSkp>()
            .PerluIfMatch()
            .DenganGalat(400, 403, 404, 413, 415, 422);

        rhk.MapDelete("/{rhkId:guid}", HapusRhkAsync)
            .WithName("HapusRhk")
            .WithSummary("Hapus RHK beserta indikatornya")
            .Produces(StatusCodes.Status204NoContent)
            .PerluIfMatch()
            .DenganGalat(403, 404, 422);

        rhk.MapPost("/{rhkId:guid}/indikator", (Guid id, Guid rhkId, HttpContext http, KinaraDbContext db) => SimpanIndikatorAsync(id, rhkId, null, http, db))
            .WithName("TambahIndikator")
            .WithSummary("Tambah indikator pada RHK")
            .WithDescription("Non-JPT: aspek wajib (Kuantitas, Kualitas, Waktu, Biaya). Pendekatan kuantitatif: target wajib berupa angka JSON.")
            .Accepts<IndikatorInput>("application/json")
            .Produces<IndikatorSkp>(StatusCodes.Status201Created)
            .PerluIfMatch()
            .DenganGalat(400, 403, 404, 413, 415, 422);

        rhk.MapGet("/{rhkId:guid}/indikator/{indikatorId:guid}", AmbilIndikatorAsync)
            .WithName("AmbilIndikator")
            .WithSummary("Ambil satu indikator")
            .Produces<IndikatorSkp>()
            .BerETag()
            .DenganGalat(403, 404);

        rhk.MapPut("/{rhkId:guid}/indikator/{indikatorId:guid}",
                (Guid id, Guid rhkId, Guid indikatorId, HttpContext http, KinaraDbContext db) => SimpanIndikatorAsync(id, rhkId, indikatorId, http, db))
            .WithName("UbahIndikator")
            .WithSummary("Ubah indikator")
            .Accepts<IndikatorInput>("application/json")
            .Produces<IndikatorSkp>()
            .PerluIfMatch()
            .DenganGalat(400, 403, 404, 413, 415, 422);

        rhk.MapDelete("/{rhkId:guid}/indikator/{indikatorId:guid}", HapusIndikatorAsync)
            .WithName("HapusIndikator")
            .WithSummary("Hapus indikator")
            .Produces(StatusCodes.Status204NoContent)
            .PerluIfMatch()
            .DenganGalat(403, 404, 422);
    }

    private static async Task<IResult> PilihanAsync(Guid id, HttpContext http, KinaraDbContext db)
    {
        var (skp, akses, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: false);
        if (tolak is not null)
        {
            return tolak;
        }
        if (!akses.Pemilik)
        {
            return ApiMasalah.Ditolak("Hanya pemilik SKP yang memilih tautan RHK-nya.");
        }
        var ct = http.RequestAborted;
        PilihanTautanRhk hasil;
        if (skp.IsJpt)
        {
            var sasaran = await SkpAlur.SasaranPilihan(db, skp).OrderBy(s => s.Tingkat).ThenBy(s => s.Teks)
                .Select(s => new SasaranOpsi(s.Id, s.Teks, s.Tingkat)).ToListAsync(ct);
            hasil = new(null, [], sasaran);
        }
        else
        {
            var atasan = await RhkAtasan.PilihanAsync(db, skp, ct);
            hasil = atasan is { } a ? new(new SkpAtasanRingkas(a.SkpId, a.Status), a.Rhk, []) : new(null, [], []);
        }
        ApiVersi.Tulis(http, skp.Versi);
        return Results.Ok(hasil);
    }

    private static async Task<IResult> AmbilRhkAsync(Guid id, Guid rhkId, HttpContext http, KinaraDbContext db)
    {
        var (skp, _, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: false);
        if (tolak is not null)
        {
            return tolak;
        }
        if (skp.Rhk.FirstOrDefault(r => r.Id == rhkId) is not { } rhk)
        {
            return ApiMasalah.TidakAda("RHK tidak ditemukan pada SKP ini.");
        }
        ApiVersi.Tulis(http, skp.Versi);
        return Results.Ok(SkpApi.Rhk(rhk, await SkpApi.InfoAtasanAsync(db, skp, [rhk], http.RequestAborted)));
    }

    private static async Task<IResult> AmbilIndikatorAsync(Guid id, Guid rhkId, Guid indikatorId, HttpContext http, KinaraDbContext db)
    {
        var (skp, _, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: false);
        if (tolak is not null)
        {
            return tolak;
        }
        if (skp.Rhk.FirstOrDefault(r => r.Id == rhkId)?.Indikator.FirstOrDefault(i => i.Id == indikatorId) is not { } indikator)
        {
            return ApiMasalah.TidakAda("Indikator tidak ditemukan pada RHK ini.");
        }
        ApiVersi.Tulis(http, skp.Versi);
        return Results.Ok(SkpApi.Indikator(indikator));
    }

    /// <summary>Loads the SKP for a change by its owner: 404, 403, then the If-Match check.</summary>
    private static async Task<(Skp Skp, IResult? Tolak)> MuatUntukUbahAsync(Guid id, Guid? rhkId, Guid? indikatorId, HttpContext http, KinaraDbContext db)
    {
        var (skp, akses, tolak) = await SkpApi.MuatAsync(http, db, id, lacak: true);
        if (tolak is not null)
        {
            return (skp, tolak);
        }
        if (!akses.Pemilik)
        {
            return (skp, ApiMasalah.Ditolak("Hanya pemilik SKP yang dapat mengubah RHK dan indikatornya."));
        }
        if (rhkId is { } rid && skp.Rhk.All(r => r.Id != rid))
        {
            return (skp, ApiMasalah.TidakAda("RHK tidak ditemukan pada SKP ini."));
        }
        if (indikatorId is { } iid && skp.Rhk.First(r => r.Id == rhkId).Indikator.All(i => i.Id != iid))
        {
            return (skp, ApiMasalah.TidakAda("Indikator tidak ditemukan pada RHK ini."));
        }
        return (skp, ApiVersi.Periksa(http, db, skp));
    }

    private static async Task<IResult> SimpanRhkAsync(Guid id, Guid? rhkId, HttpContext http, KinaraDbContext db)
    {
        var (skp, tolak) = await MuatUntukUbahAsync(id, rhkId, null, http, db);
        if (tolak is not null)
        {
            return tolak;
        }
        var (input, masalah) = await ApiJson.BacaAsync<RhkInput>(http);
        if (masalah is not null)
        {
            return masalah;
        }
        var ct = http.RequestAborted;
        if (await SkpAlur.PeriksaTautanRhkAsync(db, skp, input!.RhkAtasanId, input.SasaranOrganisasiId, ct) is { } tautan)
        {
            return ApiMasalah.Dari(tautan);
        }
        Guid disimpan;
        try
        {
            disimpan = SkpAlur.SimpanRhk(skp, rhkId, input.Jenis!.Value, input.Teks!, input.RhkAtasanId, input.Cascading, input.PenugasanDari, input.SasaranOrganisasiId);
        }
        catch (DomainRuleException ex)
        {
            return ApiMasalah.Aturan(ex.Message);
        }
        if (await SkpApi.SimpanAsync(db, ct) is { } basi)
        {
            return basi;
        }
        var rhk = skp.Rhk.First(r => r.Id == disimpan);
        var dto = SkpApi.Rhk(rhk, await SkpApi.InfoAtasanAsync(db, skp, [rhk], ct));
        ApiVersi.Tulis(http, skp.Versi);
        return rhkId is null ? Results.Created($"{SkpApi.Alamat}/{id}/rhk/{disimpan}", dto) : Results.Ok(dto);
    }

    private static async Task<IResult> HapusRhkAsync(Guid id, Guid rhkId, HttpContext http, KinaraDbContext db)
    {
        var (skp, tolak) = await MuatUntukUbahAsync(id, rhkId, null, http, db);
        if (tolak is not null)
        {
            return tolak;
        }
        try
        {
            skp.HapusRhk(rhkId);
        }
        catch (DomainRuleException ex)
        {
            return ApiMasalah.Aturan(ex.Message);
        }
        if (await SkpApi.SimpanAsync(db, http.RequestAborted) is { } basi)
        {
            return basi;
        }
        ApiVersi.Tulis(http, skp.Versi);
        return Results.NoContent();
    }

    private static async Task<IResult> SimpanIndikatorAsync(Guid id, Guid rhkId, Guid? indikatorId, HttpContext http, KinaraDbContext db)
    {
        var (skp, tolak) = await MuatUntukUbahAsync(id, rhkId, indikatorId, http, db);
        if (tolak is not null)
        {
            return tolak;
        }
        var (input, masalah) = await ApiJson.BacaAsync<IndikatorInput>(http);
        if (masalah is not null)
        {
            return masalah;
        }
        // The same checks, in the same order, as the indicator form: aspek / perspektif first, the target only when the rest is valid.
        var galat = SkpAlur.PeriksaIndikator(skp, input!.Aspek, input.Perspektif).ToList();
        if (galat.Count == 0 && SkpAlur.PeriksaTarget(skp, input.Target, input.TargetTeks) is { } tanpaTarget)
        {
            galat.Add(tanpaTarget);
        }
        if (galat.Count > 0)
        {
            return ApiMasalah.Validasi(galat.GroupBy(g => ApiMasalah.NamaIsian(g.Isian ?? ""))
                .ToDictionary(g => g.Key, g => g.Select(x => x.Pesan).ToArray()));
        }
        IndikatorKinerja indikator;
        try
        {
            if (indikatorId is { } iid)
            {
                skp.UbahIndikator(rhkId, iid, input.Aspek, input.Perspektif, input.Teks!, input.Target, input.TargetMaks, input.TargetTeks, input.Satuan);
                indikator = skp.Rhk.First(r => r.Id == rhkId).Indikator.First(i => i.Id == iid);
            }
            else
            {
                indikator = skp.TambahIndikator(rhkId, input.Aspek, input.Perspektif, input.Teks!, input.Target, input.TargetMaks, input.TargetTeks, input.Satuan);
            }
        }
        catch (DomainRuleException ex)
        {
            return ApiMasalah.Aturan(ex.Message);
        }
        if (await SkpApi.SimpanAsync(db, http.RequestAborted) is { } basi)
        {
            return basi;
        }
        ApiVersi.Tulis(http, skp.Versi);
        return indikatorId is null
            ? Results.Created($"{SkpApi.Alamat}/{id}/rhk/{rhkId}/indikator/{indikator.Id}", SkpApi.Indikator(indikator))
            : Results.Ok(SkpApi.Indikator(indikator));
    }

    private static async Task<IResult> HapusIndikatorAsync(Guid id, Guid rhkId, Guid indikatorId, HttpContext http, KinaraDbContext db)
    {
        var (skp, tolak) = await MuatUntukUbahAsync(id, rhkId, indikatorId, http, db);
        if (tolak is not null)
        {
            return tolak;
        }
        try
        {
            skp.HapusIndikator(rhkId, indikatorId);
        }
        catch (DomainRuleException ex)
        {
            return ApiMasalah.Aturan(ex.Message);
        }
        if (await SkpApi.SimpanAsync(db, http.RequestAborted) is { } basi)
        {
            return basi;
        }
        ApiVersi.Tulis(http, skp.Versi);
        return Results.NoContent();
    }
}
