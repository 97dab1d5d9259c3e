using System.Globalization;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>Reads one cell of an import file into a typed value, with an Indonesian reason when it cannot.</summary>
public static class Nilai
{
    private static readonly string[] FormatTanggal =
        ["dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd"];

    /// <summary>"100.000": numbers in messages are read by Indonesian clerks, whatever thread culture the job runs on.</summary>
    public static string Angka(int n) => n.ToString("N0", CultureInfo.GetCultureInfo("id-ID"));

    /// <summary>A cell as text: Excel numbers without ".0", dates as yyyy-mm-dd.</summary>
    public static string? Teks(object? v) => v switch
    {
        null => null,
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "ya" : "tidak",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } t ? t : null,
    };

    /// <summary>dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd (also with a time after it), or an Excel date cell.</summary>
    public static bool TryTanggal(object? v, out DateOnly tanggal)
    {
        tanggal = default;
        switch (v)
        {
            case DateTime dt:
                tanggal = DateOnly.FromDateTime(dt);
                return true;
            case double d when d >= 1 && d < 2958466:
                tanggal = DateOnly.FromDateTime(DateTime.FromOADate(d));
                return true;
            case string s:
                var t = s.Trim();
                // SIASN sometimes writes "1966-08-01 00:00:00": the time is irrelevant for a birth date.
                var spasi = t.IndexOf(' ');
                if (spasi > 0)
                {
                    t = t[..spasi];
                }
                return DateOnly.TryParseExact(t, FormatTanggal, CultureInfo.InvariantCulture, DateTimeStyles.None, out tanggal);
            default:
                return false;
        }
    }

    /// <summary>ya/tidak, y/t, 1/0, true/false, aktif/nonaktif.</summary>
    public static bool? YaTidak(string s) => s.Trim().ToLowerInvariant() switch
    {
        "ya" or "y" or "1" or "true" or "benar" or "aktif" or "yes" => true,
        "tidak" or "t" or "0" or "false" or "salah" or "nonaktif" or "tidak aktif" or "no" or "n" => false,
        _ => null,
    };

    public static JenisUnit? JenisUnit(string s) => Kunci(s) switch
    {
        "perangkatdaerah" or "pd" or "opd" or "skpd" => Domain.Organisasi.JenisUnit.PerangkatDaerah,
        "bidang" or "bagian" => Domain.Organisasi.JenisUnit.Bidang,
        "seksi" or "subbagian" or "subbidang" or "subbag" => Domain.Organisasi.JenisUnit.Seksi,
        "upt" or "uptd" => Domain.Organisasi.JenisUnit.Upt,
        _ => null,
    };

    /// <summary>Kinara's names and SIASN's jenis_jabatan_nama; "Struktural" is decided by <paramref name="eselon"/>.</summary>
    public static (JenisJabatan? Jenis, string? Galat) JenisJabatan(string s, string? eselon)
    {
        switch (Kunci(s))
        {
            case "jpt" or "jabatanpimpinantinggi" or "pimpinantinggi":
                return (Domain.Organisasi.JenisJabatan.Jpt, null);
            case "administrator":
                return (Domain.Organisasi.JenisJabatan.Administrator, null);
            case "pengawas":
                return (Domain.Organisasi.JenisJabatan.Pengawas, null);
            case "pelaksana" or "fungsionalumum" or "jfu" or "fungsionalumumpelaksana":
                return (Domain.Organisasi.JenisJabatan.Pelaksana, null);
            case "fungsional" or "fungsionaltertentu" or "jft":
                return (Domain.Organisasi.JenisJabatan.Fungsional, null);
            case "struktural":
                return EselonKeJenis(eselon) is { } j
                    ? (j, null)
                    : (null, eselon is null
                        ? "eselon wajib diisi untuk jenis Struktural (II = JPT, III = administrator, IV = pengawas)"
                        : $"eselon \"{eselon}\" tidak dikenal (contoh: II.a, III.b, IV.a)");
            default:
                return (null, $"jenis jabatan \"{s}\" tidak dikenal (pilihan: jpt, administrator, pengawas, pelaksana, fungsional)");
        }
    }

    private static JenisJabatan? EselonKeJenis(string? eselon)
    {
        if (string.IsNullOrWhiteSpace(eselon))
        {
            return null;
        }
        var e = eselon.Trim().ToUpperInvariant();
        if (e.StartsWith("ESELON", StringComparison.Ordinal))
        {
            e = e["ESELON".Length..].Trim();
        }
        var tingkat = e switch
        {
            _ when e.StartsWith("IV", StringComparison.Ordinal) => 4,
            _ when e.StartsWith("V", StringComparison.Ordinal) => 5,
            _ when e.StartsWith("III", StringComparison.Ordinal) => 3,
            _ when e.StartsWith("II", StringComparison.Ordinal) => 2,
            _ when e.StartsWith("I", StringComparison.Ordinal) => 1,
            _ when e.Length > 0 && e[0] is >= '1' and <= '5' => e[0] - '0',
            _ => 0,
        };
        return tingkat switch
        {
            1 or 2 => Domain.Organisasi.JenisJabatan.Jpt,
            3 => Domain.Organisasi.JenisJabatan.Administrator,
            4 or 5 => Domain.Organisasi.JenisJabatan.Pengawas,
            _ => null,
        };
    }

    /// <summary>PNS, CPNS, PPPK, PPPK Paruh Waktu; also SIASN's "PNS Daerah", "PPPK Paruh Waktu", "P3K".</summary>
    public static JenisPegawai? JenisPegawai(string s)
    {
        var k = Kunci(s);
        return k switch
        {
            _ when k.Contains("paruhwaktu", StringComparison.Ordinal) => Domain.Kepegawaian.JenisPegawai.PppkParuhWaktu,
            _ when k.StartsWith("pppk", StringComparison.Ordinal) || k.StartsWith("p3k", StringComparison.Ordinal) => Domain.Kepegawaian.JenisPegawai.Pppk,
            _ when k.StartsWith("cpns", StringComparison.Ordinal) || k == "calonpns" => Domain.Kepegawaian.JenisPegawai.Cpns,
            _ when k.StartsWith("pns", StringComparison.Ordinal) => Domain.Kepegawaian.JenisPegawai.Pns,
            _ => null,
        };
    }

    /// <summary>Lower case without spaces, dashes, dots, slashes and underscores: "Fungsional Umum/Pelaksana" → "fungsionalumumpelaksana".</summary>
    private static string Kunci(string s) =>
        new(s.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c is not ('_' or '-' or '.' or '/')).ToArray());
}
