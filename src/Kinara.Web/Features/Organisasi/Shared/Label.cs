using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Kinara.Web.Features.Organisasi.Shared;

/// <summary>How the master-data enums read on screen, and their select lists.</summary>
public static class Label
{
    public static string Teks(this JenisUnit j) => j switch
    {
        JenisUnit.PerangkatDaerah => "Perangkat daerah",
        JenisUnit.Bidang => "Bidang / bagian",
        JenisUnit.Seksi => "Seksi / subbagian",
        JenisUnit.Upt => "UPT (sekolah, puskesmas, dll.)",
        _ => j.ToString(),
    };

    public static string Teks(this JenisJabatan j) => j switch
    {
        JenisJabatan.Jpt => "JPT (pimpinan tinggi)",
        JenisJabatan.Administrator => "Administrator",
        JenisJabatan.Pengawas => "Pengawas",
        JenisJabatan.Pelaksana => "Pelaksana",
        JenisJabatan.Fungsional => "Fungsional",
        _ => j.ToString(),
    };

    public static string Teks(this JenisPegawai j) => j switch
    {
        JenisPegawai.Pns => "PNS",
        JenisPegawai.Cpns => "CPNS",
        JenisPegawai.Pppk => "PPPK",
        JenisPegawai.PppkParuhWaktu => "PPPK Paruh Waktu",
        _ => j.ToString(),
    };

    public static string Teks(this JenisPemda j) => j switch
    {
        JenisPemda.Provinsi => "Provinsi",
        JenisPemda.Kabupaten => "Kabupaten",
        JenisPemda.Kota => "Kota",
        _ => j.ToString(),
    };

    public static string Teks(this SumberPenilai s) => s switch
    {
        SumberPenilai.Definitif => "Pejabat definitif",
        SumberPenilai.Plt => "Pelaksana tugas (Plt)",
        SumberPenilai.Plh => "Pelaksana harian (Plh)",
        _ => "Tidak ada",
    };

    public static bool IsPppk(this JenisPegawai j) => j is JenisPegawai.Pppk or JenisPegawai.PppkParuhWaktu;

    /// <summary>Jenjang suggestions per jenis jabatan (DOMAIN.md §8.3); the field stays free text.</summary>
    public static IReadOnlyList<string> JenjangUntuk(JenisJabatan jenis) => jenis switch
    {
        JenisJabatan.Jpt => ["Utama", "Madya", "Pratama"],
        JenisJabatan.Administrator => ["Eselon III.a", "Eselon III.b"],
        JenisJabatan.Pengawas => ["Eselon IV.a", "Eselon IV.b"],
        JenisJabatan.Pelaksana => ["Klerek", "Operator", "Teknisi"],
        JenisJabatan.Fungsional => ["Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama", "Pemula", "Terampil", "Mahir", "Penyelia"],
        _ => [],
    };

    /// <summary>A select list of an enum with the given labels, in declaration order.</summary>
    public static List<SelectListItem> Pilihan<TEnum>(Func<TEnum, string> teks) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(e => new SelectListItem(teks(e), e.ToString())).ToList();
}
