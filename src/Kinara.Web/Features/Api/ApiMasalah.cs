using System.Text.Json;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Diagnostics;

namespace Kinara.Web.Features.Api;

/// <summary>
/// The API's error answers: RFC 7807 ProblemDetails with an Indonesian <c>title</c> and <c>detail</c> and a stable
/// machine-readable <c>kode</c>. One status per kind of problem, the same on every endpoint (docs/api.md):
/// 400 input shape or field values, 401 no or invalid token, 403 not allowed, 404 not found (also another tenant's id),
/// 412 stale If-Match, 413 body too large, 415 not JSON, 422 a business rule of the SKP refused it, 423 account locked,
/// 428 If-Match missing.
/// </summary>
public static class ApiMasalah
{
    public static IResult Validasi(IDictionary<string, string[]> galat, string? detail = null) =>
        Results.ValidationProblem(galat, detail ?? "Periksa kembali isian yang ditandai pada \"errors\".", title: "Isian tidak valid",
            statusCode: StatusCodes.Status400BadRequest, extensions: Kode("validasi"));

    public static IResult Validasi(string isian, string pesan) => Validasi(new Dictionary<string, string[]> { [isian] = [pesan] }, pesan);

    public static IResult Aturan(string detail, IReadOnlyList<string>? masalah = null, string? isian = null)
    {
        var ext = Kode("aturan");
        if (masalah is { Count: > 0 })
        {
            ext["masalah"] = masalah;
        }
        if (isian is not null)
        {
            ext["errors"] = new Dictionary<string, string[]> { [isian] = [detail] };
        }
        return Masalah(StatusCodes.Status422UnprocessableEntity, "Aturan SKP tidak terpenuhi", detail, ext);
    }

    public static IResult TidakAda(string detail = "Data tidak ditemukan.") =>
        Masalah(StatusCodes.Status404NotFound, "Tidak ditemukan", detail, Kode("tidak-ditemukan"));

    public static IResult Ditolak(string detail) =>
        Masalah(StatusCodes.Status403Forbidden, "Akses ditolak", detail, Kode("ditolak"));

    public static IResult PerluIfMatch(string? detail = null) =>
        Masalah(StatusCodes.Status428PreconditionRequired, "Header If-Match wajib",
            detail ?? "Setiap perubahan wajib menyertakan header If-Match berisi ETag SKP dari GET terakhir (misalnya If-Match: \"3\"), " +
            "agar perubahan orang lain tidak tertimpa tanpa disadari.", Kode("perlu-if-match"));

    public static IResult VersiBasi(int? versiTerkini = null)
    {
        var ext = Kode("versi-basi");
        if (versiTerkini is { } v)
        {
            ext["versiTerkini"] = v;
        }
        return Masalah(StatusCodes.Status412PreconditionFailed, "Data sudah berubah",
            "SKP ini telah diubah oleh pengguna lain sejak Anda membacanya. Ambil ulang SKP (GET) untuk melihat perubahan terbaru, lalu ulangi perubahan Anda dengan ETag yang baru.",
            ext);
    }

    /// <summary>A refusal from the shared SKP rules (<see cref="SkpAlur"/>), with the status it carries.</summary>
    public static IResult Dari(PenolakanSkp p) => p.Status switch
    {
        StatusCodes.Status400BadRequest => Validasi(NamaIsian(p.Isian ?? ""), p.Pesan),
        StatusCodes.Status403Forbidden => Ditolak(p.Pesan),
        StatusCodes.Status404NotFound => TidakAda(p.Pesan),
        _ => Aturan(p.Pesan, isian: p.Isian is null ? null : NamaIsian(p.Isian)),
    };

    public static IResult Masalah(int status, string title, string detail, Dictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions ?? Kode(KodeDari(status)));

    /// <summary>"RhkAtasanId" → "rhkAtasanId": field names as the client sent them.</summary>
    public static string NamaIsian(string nama) => JsonNamingPolicy.CamelCase.ConvertName(nama);

    /// <summary>
    /// The app answers an empty error response with its HTML error page (UseStatusCodePagesWithReExecute); an API client
    /// gets its ProblemDetails instead, so the API switches that off for its own requests.
    /// </summary>
    public static void MatikanHalamanGalat(HttpContext http)
    {
        if (http.Features.Get<IStatusCodePagesFeature>() is { } halaman)
        {
            halaman.Enabled = false;
        }
    }

    private static Dictionary<string, object?> Kode(string kode) => new() { ["kode"] = kode };

    private static string KodeDari(int status) => status switch
    {
        401 => "tidak-masuk",
        403 => "ditolak",
        404 => "tidak-ditemukan",
        405 => "metode-tidak-didukung",
        413 => "terlalu-besar",
        415 => "bukan-json",
        423 => "terkunci",
        429 => "terlalu-banyak",
        _ => "galat",
    };
}
