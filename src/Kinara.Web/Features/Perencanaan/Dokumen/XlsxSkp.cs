using Kinara.Web.Features.Perencanaan.Shared;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>
/// One SKP as a workbook: Identitas, Hasil Kerja (one row per indicator, targets as numbers so they can be summed and
/// filtered), Perilaku Kerja and Lampiran. Built from the same <see cref="DokumenSkp"/> as the PDF.
/// </summary>
public static class XlsxSkp
{
    private static readonly OpenXmlConfiguration Konfigurasi = new()
    {
        TableStyles = TableStyles.None,
        AutoFilter = false,
        FreezeRowCount = 1,
        StyleOptions = new OpenXmlStyleOptions { WrapCellContents = true, VerticalAlignment = VerticalCellAlignment.Top },
        DynamicColumns =
        [
            new DynamicExcelColumn("Keterangan") { Width = 34 },
            new DynamicExcelColumn("Isi") { Width = 70 },
            new DynamicExcelColumn("No") { Width = 6 },
            new DynamicExcelColumn("Jenis") { Width = 11 },
            new DynamicExcelColumn("RHK atasan yang diintervensi") { Width = 45 },
            new DynamicExcelColumn("Penugasan dari") { Width = 24 },
            new DynamicExcelColumn("Rencana hasil kerja") { Width = 45 },
            new DynamicExcelColumn("Aspek") { Width = 12 },
            new DynamicExcelColumn("Perspektif") { Width = 20 },
            new DynamicExcelColumn("Indikator kinerja individu") { Width = 50 },
            new DynamicExcelColumn("Target") { Width = 12 },
            new DynamicExcelColumn("Target maks") { Width = 12 },
            new DynamicExcelColumn("Satuan") { Width = 14 },
            new DynamicExcelColumn("Keterangan target") { Width = 40 },
            new DynamicExcelColumn("Perilaku kerja") { Width = 24 },
            new DynamicExcelColumn("Panduan perilaku") { Width = 70 },
            new DynamicExcelColumn("Ekspektasi khusus pimpinan") { Width = 50 },
            new DynamicExcelColumn("Bagian") { Width = 28 },
            new DynamicExcelColumn("Uraian") { Width = 80 },
        ],
    };

    public static Dictionary<string, object> Lembar(DokumenSkp d) => new()
    {
        ["Identitas"] = Identitas(d),
        ["Hasil Kerja"] = HasilKerja(d),
        ["Perilaku Kerja"] = d.Perilaku.Select(p => new Dictionary<string, object?>
        {
            ["No"] = (int)p.Nilai.Aspek,
            ["Perilaku kerja"] = p.Nilai.Nama,
            ["Panduan perilaku"] = string.Join("\n", p.Nilai.PanduanPerilaku.Select(x => "- " + x)),
            ["Ekspektasi khusus pimpinan"] = p.Ekspektasi ?? "",
        }).ToList(),
        ["Lampiran"] = d.Lampiran.SelectMany(l => l.Value.Select((teks, i) => new Dictionary<string, object?>
        {
            ["Bagian"] = l.Key.Teks(),
            ["No"] = i + 1,
            ["Uraian"] = teks,
        })).ToList(),
    };

    private static List<Dictionary<string, object?>> Identitas(DokumenSkp d)
    {
        var baris = new List<(string, string)>
        {
            ("Instansi", d.Instansi),
            ("Formulir", $"SKP {d.JudulPendekatan.ToLowerInvariant()} {d.JudulJabatan.ToLowerInvariant()}"),
            ("Tahun", d.Tahun.ToString()),
            ("Periode penilaian", d.Periode),
            ("Status", d.StatusTeks),
            ("Revisi ke-", d.Revisi.ToString()),
            ("Pegawai yang dinilai: nama", d.Pegawai.Nama),
            ("Pegawai yang dinilai: NIP", d.Pegawai.Nip),
            ("Pegawai yang dinilai: pangkat/gol. ruang", d.Pegawai.Pangkat),
            ("Pegawai yang dinilai: jabatan", d.Pegawai.Jabatan),
            ("Pegawai yang dinilai: unit kerja", d.Pegawai.UnitKerja),
            ("Pejabat penilai kinerja: nama", d.Penilai.Nama),
            ("Pejabat penilai kinerja: NIP", d.Penilai.Nip),
            ("Pejabat penilai kinerja: pangkat/gol. ruang", d.Penilai.Pangkat),
            ("Pejabat penilai kinerja: jabatan", d.Penilai.Jabatan),
            ("Pejabat penilai kinerja: unit kerja", d.Penilai.UnitKerja),
            ("Periksa keabsahan", d.UrlVerifikasi),
        };
        return baris.Select(b => new Dictionary<string, object?> { ["Keterangan"] = b.Item1, ["Isi"] = b.Item2 }).ToList();
    }

    private static List<Dictionary<string, object?>> HasilKerja(DokumenSkp d)
    {
        var hasil = new List<Dictionary<string, object?>>();
        foreach (var r in d.Utama.Concat(d.Tambahan))
        {
            var nomor = (r.Jenis == Domain.Perencanaan.JenisRhk.Utama ? "U" : "T") + r.Nomor;
            var indikator = r.Indikator.Count > 0 ? r.Indikator : [new IndikatorDokumen("", "", "", "", null)];
            foreach (var i in indikator)
            {
                var baris = new Dictionary<string, object?> { ["No"] = nomor, ["Jenis"] = r.Jenis.Teks() };
                if (d.IsJpt)
                {
                    baris["Rencana hasil kerja"] = r.Teks;
                    baris["Penugasan dari"] = r.PenugasanDari ?? "";
                    baris["Perspektif"] = i.Aspek;
                }
                else
                {
                    baris["RHK atasan yang diintervensi"] = r.RhkAtasan ?? "";
                    baris["Rencana hasil kerja"] = r.Teks;
                    baris["Aspek"] = i.Aspek;
                }
                baris["Indikator kinerja individu"] = i.Teks;
                baris["Target"] = i.TargetAngka is { } t ? t : i.Target;
                baris["Target maks"] = i.TargetMaks;
                baris["Satuan"] = i.Satuan;
                baris["Keterangan target"] = i.Keterangan ?? "";
                hasil.Add(baris);
            }
        }
        return hasil;
    }

    /// <summary>Written to a temporary file that is deleted when the response has been sent (the zip writer needs a seekable stream).</summary>
    public static async Task<Stream> TulisAsync(DokumenSkp d, CancellationToken ct)
    {
        var stream = new FileStream(Path.Combine(Path.GetTempPath(), "kinara-skp-" + Guid.NewGuid().ToString("N") + ".xlsx"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await MiniExcel.SaveAsAsync(stream, Lembar(d), excelType: ExcelType.XLSX, configuration: Konfigurasi, cancellationToken: ct);
            stream.Position = 0;
            return stream;
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }
}
