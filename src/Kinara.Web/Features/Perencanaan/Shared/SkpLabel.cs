using Kinara.Domain.Perencanaan;

namespace Kinara.Web.Features.Perencanaan.Shared;

/// <summary>How the SKP's enums read on screen, with the one-line hints a first-time user needs.</summary>
public static class SkpLabel
{
    /// <summary>JPT indicator perspectives (DOMAIN.md §1.2; the full list is unconfirmed, so it is kept here as data).</summary>
    public static readonly IReadOnlyList<string> Perspektif = ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"];

    public static string Teks(this StatusSkp s) => Skp.StatusLabel(s);

    /// <summary>Bootstrap badge classes: colour says who has to act (grey you, blue atasan, red fix it, green done).</summary>
    public static string Badge(this StatusSkp s) => s switch
    {
        StatusSkp.Draft => "text-bg-secondary",
        StatusSkp.MenungguReviu => "text-bg-info",
        StatusSkp.Diajukan => "text-bg-primary",
        StatusSkp.Dikembalikan => "text-bg-danger",
        StatusSkp.Disetujui => "text-bg-success",
        StatusSkp.Digantikan => "text-bg-light border",
        _ => "text-bg-light",
    };

    public static string Ikon(this StatusSkp s) => s switch
    {
        StatusSkp.Draft => "bi-pencil",
        StatusSkp.MenungguReviu => "bi-hourglass-split",
        StatusSkp.Diajukan => "bi-send",
        StatusSkp.Dikembalikan => "bi-arrow-return-left",
        StatusSkp.Disetujui => "bi-check-circle",
        StatusSkp.Digantikan => "bi-archive",
        _ => "bi-circle",
    };

    public static string Teks(this Pendekatan p) => p switch
    {
        Pendekatan.Kuantitatif => "Kuantitatif",
        Pendekatan.Kualitatif => "Kualitatif",
        _ => p.ToString(),
    };

    public static string Penjelasan(this Pendekatan p) => p switch
    {
        Pendekatan.Kuantitatif => "Target ditulis sebagai angka yang dapat dihitung, misalnya 12 laporan atau 100 %.",
        Pendekatan.Kualitatif => "Target ditulis sebagai uraian keberhasilan, misalnya \"laporan diterima pimpinan tanpa perbaikan\".",
        _ => "",
    };

    public static string Teks(this JenisRhk j) => j switch
    {
        JenisRhk.Utama => "Utama",
        JenisRhk.Tambahan => "Tambahan",
        _ => j.ToString(),
    };

    public static string Penjelasan(this JenisRhk j) => j switch
    {
        JenisRhk.Utama => "Hasil kerja pokok sesuai tugas jabatan Anda.",
        JenisRhk.Tambahan => "Hasil kerja di luar tugas pokok, misalnya tugas tim atau penugasan khusus.",
        _ => "",
    };

    public static string Teks(this AspekIndikator a) => a switch
    {
        AspekIndikator.Kuantitas => "Kuantitas",
        AspekIndikator.Kualitas => "Kualitas",
        AspekIndikator.Waktu => "Waktu",
        AspekIndikator.Biaya => "Biaya",
        _ => a.ToString(),
    };

    public static string Penjelasan(this AspekIndikator a) => a switch
    {
        AspekIndikator.Kuantitas => "berapa banyak (misal: jumlah dokumen)",
        AspekIndikator.Kualitas => "seberapa baik (misal: persentase tanpa kesalahan)",
        AspekIndikator.Waktu => "kapan selesai (misal: 12 bulan)",
        AspekIndikator.Biaya => "berapa biayanya (misal: rupiah)",
        _ => "",
    };

    public static string Teks(this JenisCascading c) => c switch
    {
        JenisCascading.Langsung => "Langsung",
        JenisCascading.TidakLangsung => "Tidak langsung",
        _ => c.ToString(),
    };

    public static string Penjelasan(this JenisCascading c) => c switch
    {
        JenisCascading.Langsung => "Sebagian dari target atasan yang dibagi kepada Anda, dengan satuan yang sama.",
        JenisCascading.TidakLangsung => "Hasil kerja Anda berbeda, tetapi mendukung tercapainya RHK atasan.",
        _ => "",
    };

    public static string Teks(this JenisLampiran l) => l switch
    {
        JenisLampiran.DukunganSumberDaya => "Dukungan sumber daya",
        JenisLampiran.SkemaPertanggungjawaban => "Skema pertanggungjawaban",
        JenisLampiran.Konsekuensi => "Konsekuensi",
        _ => l.ToString(),
    };

    public static string Contoh(this JenisLampiran l) => l switch
    {
        JenisLampiran.DukunganSumberDaya => "Contoh: Dibutuhkan dukungan sarana berupa komputer dan printer",
        JenisLampiran.SkemaPertanggungjawaban => "Contoh: Laporan triwulan kepada atasan langsung",
        JenisLampiran.Konsekuensi => "Contoh: Bila target tercapai, mendapat apresiasi dari atasan langsung",
        _ => "",
    };

    public static string Teks(this TingkatSasaran t) => t switch
    {
        TingkatSasaran.TujuanRpjmd => "Tujuan RPJMD",
        TingkatSasaran.SasaranRpjmd => "Sasaran RPJMD",
        TingkatSasaran.SasaranRenstra => "Sasaran Renstra",
        TingkatSasaran.SasaranPk => "Sasaran Perjanjian Kinerja",
        _ => t.ToString(),
    };

    public static string Periode(DateOnly awal, DateOnly akhir) =>
        awal.Year == akhir.Year && awal.Month == 1 && awal.Day == 1 && akhir.Month == 12 && akhir.Day == 31
            ? $"1 Januari – 31 Desember {awal.Year}"
            : $"{awal.ToString("d MMMM yyyy", Budaya)} – {akhir.ToString("d MMMM yyyy", Budaya)}";

    /// <summary>A number as written in Indonesia: 1.000,5.</summary>
    public static string Angka(decimal d) => d.ToString("#,##0.####", Budaya);

    /// <summary>The target without its unit (the unit has its own column): "12", "90 – 100" or the narrative.</summary>
    public static string Target(IndikatorKinerja i) => i.Target is { } t
        ? i.TargetMaks is { } m ? $"{Angka(t)} – {Angka(m)}" : Angka(t)
        : i.TargetTeks ?? "";

    public static string Tanggal(DateOnly d) => d.ToString("d MMMM yyyy", Budaya);

    /// <summary>A UTC timestamp as the user reads it: WIB.</summary>
    public static string Waktu(DateTime utc) => utc.AddHours(7).ToString("d MMM yyyy HH.mm", Budaya) + " WIB";

    // Month names stay Indonesian even on the English UI: they are part of the SKP's official wording.
    private static readonly System.Globalization.CultureInfo Budaya = new("id-ID");
}
