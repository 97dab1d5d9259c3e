using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Features.Api;

/// <summary>
/// Reads a JSON request body by hand instead of through minimal-API binding: a binding failure there ends in an empty
/// 400 that the app would answer with its HTML error page, and says nothing about which field was wrong. Here every bad
/// body gets a ProblemDetails in Indonesian: not JSON (415), too large (413), unreadable or a wrong type for a field (400
/// naming the field), then the DataAnnotations of the input class (400 with field errors).
/// </summary>
public static class ApiJson
{
    /// <summary>An SKP's largest body (lampiran: three lists of up to 10,000 characters) fits many times over.</summary>
    public const int BatasBadan = 256 * 1024;

    /// <summary>Enums travel as their domain names ("Utama", "Kuantitas"); numbers are refused so no undefined value slips in.</summary>
    public static void Atur(JsonSerializerOptions o) => o.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));

    public static async Task<(T? Nilai, IResult? Masalah)> BacaAsync<T>(HttpContext http) where T : class
    {
        var request = http.Request;
        if (!request.HasJsonContentType())
        {
            return (null, ApiMasalah.Masalah(StatusCodes.Status415UnsupportedMediaType, "Format tidak didukung",
                "Kirim badan permintaan sebagai JSON dengan header Content-Type: application/json."));
        }
        if (request.ContentLength > BatasBadan)
        {
            return (null, TerlaluBesar());
        }
        byte[] isi;
        try
        {
            using var buffer = new MemoryStream();
            var potongan = new byte[16 * 1024];
            int n;
            while ((n = await request.Body.ReadAsync(potongan, http.RequestAborted)) > 0)
            {
                if (buffer.Length + n > BatasBadan)
                {
                    return (null, TerlaluBesar());
                }
                buffer.Write(potongan, 0, n);
            }
            isi = buffer.ToArray();
        }
        catch (BadHttpRequestException ex)
        {
            return (null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? TerlaluBesar()
                : ApiMasalah.Masalah(StatusCodes.Status400BadRequest, "Permintaan tidak dapat dibaca", "Badan permintaan tidak dapat dibaca."));
        }
        if (isi.Length == 0)
        {
            return (null, ApiMasalah.Validasi(new Dictionary<string, string[]>(), "Badan permintaan kosong: kirim sebuah objek JSON."));
        }

        var opsi = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        T? nilai;
        try
        {
            nilai = JsonSerializer.Deserialize<T>(isi, opsi);
        }
        catch (JsonException ex)
        {
            return (null, GalatJson<T>(ex));
        }
        if (nilai is null)
        {
            return (null, ApiMasalah.Validasi(new Dictionary<string, string[]>(), "Badan permintaan harus berupa objek JSON, bukan null."));
        }

        var hasil = new List<ValidationResult>();
        if (!Validator.TryValidateObject(nilai, new ValidationContext(nilai), hasil, validateAllProperties: true))
        {
            var galat = hasil
                .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Isian: ApiMasalah.NamaIsian(m), Pesan: r.ErrorMessage ?? "Isian tidak valid.")))
                .GroupBy(x => x.Isian).ToDictionary(g => g.Key, g => g.Select(x => x.Pesan).Distinct().ToArray());
            return (null, ApiMasalah.Validasi(galat));
        }
        return (nilai, null);
    }

    private static IResult TerlaluBesar() => ApiMasalah.Masalah(StatusCodes.Status413PayloadTooLarge, "Permintaan terlalu besar",
        $"Badan permintaan paling besar {BatasBadan / 1024} KB.");

    /// <summary>Names the field a JSON error is about and what it should hold, from the input class's property types.</summary>
    private static IResult GalatJson<T>(JsonException ex)
    {
        var letak = ex.LineNumber is { } baris ? $" (baris {baris + 1}, posisi {ex.BytePositionInLine + 1})" : "";
        var jalur = (ex.Path ?? "$").TrimStart('$').TrimStart('.');
        var (isian, jenis) = Telusuri(typeof(T), jalur);
        // A syntax error comes from the reader (an inner JsonException); a value of the wrong type from a converter.
        if (isian is null || jenis is null || ex.InnerException is JsonException)
        {
            return ApiMasalah.Validasi(new Dictionary<string, string[]>(),
                $"JSON tidak dapat dibaca{letak}: periksa tanda kutip, koma, dan kurung, serta jenis setiap isian.");
        }
        var pesan = Harapan(jenis) is { } harus ? $"Isian \"{isian}\" {harus}." : $"Isian \"{isian}\" tidak dapat dibaca{letak}.";
        return ApiMasalah.Validasi(new Dictionary<string, string[]> { [isian] = [pesan] }, pesan);
    }

    /// <summary>Follows a JSON path like "rhk[0].target" through the input class; returns the last property's JSON name and type.</summary>
    private static (string? Isian, Type? Jenis) Telusuri(Type jenis, string jalur)
    {
        if (jalur.Length == 0)
        {
            return (null, null);
        }
        string? nama = null;
        var sekarang = jenis;
        foreach (var bagian in jalur.Split('.'))
        {
            var namaBagian = bagian.Split('[')[0].Trim('\'', '[', ']');
            var prop = sekarang.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => string.Equals(p.Name, namaBagian, StringComparison.OrdinalIgnoreCase));
            if (prop is null)
            {
                return (null, null);
            }
            nama = nama is null ? ApiMasalah.NamaIsian(prop.Name) : $"{nama}.{ApiMasalah.NamaIsian(prop.Name)}";
            sekarang = prop.PropertyType;
            if (bagian.Contains('[') && Elemen(sekarang) is { } elemen)
            {
                sekarang = elemen;
            }
        }
        return (nama, sekarang);
    }

    private static Type? Elemen(Type t) => t.IsArray ? t.GetElementType()
        : t.IsGenericType && t.GetGenericArguments() is [var arg] && typeof(System.Collections.IEnumerable).IsAssignableFrom(t) ? arg : null;

    private static string? Harapan(Type t)
    {
        var dasar = Nullable.GetUnderlyingType(t) ?? t;
        if (dasar.IsEnum)
        {
            return "harus salah satu dari: " + string.Join(", ", Enum.GetNames(dasar).Select(n => $"\"{n}\""));
        }
        if (dasar == typeof(decimal) || dasar == typeof(int) || dasar == typeof(long) || dasar == typeof(double))
        {
            return "harus berupa angka (tanpa tanda kutip, titik sebagai pemisah desimal), misalnya 12 atau 1000.5";
        }
        if (dasar == typeof(bool))
        {
            return "harus bernilai true atau false";
        }
        if (dasar == typeof(Guid))
        {
            return "harus berupa ID (GUID), misalnya \"0190f3a2-7c1e-7000-8000-000000000000\"";
        }
        if (dasar == typeof(DateOnly))
        {
            return "harus berupa tanggal dengan format \"YYYY-MM-DD\"";
        }
        if (dasar == typeof(string))
        {
            return "harus berupa teks (dalam tanda kutip)";
        }
        if (Elemen(dasar) == typeof(string))
        {
            return "harus berupa daftar teks, misalnya [\"butir pertama\", \"butir kedua\"]";
        }
        return null;
    }
}
