using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace Kinara.Web.Features.Organisasi.Impor;

public enum FormatBerkas
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>Why an uploaded file is refused before it is queued: an HTTP status and a message for the clerk.</summary>
public sealed record PenolakanBerkas(int Status, string Pesan);

/// <summary>
/// Looks at an uploaded file's bytes, never trusting its name: an .xlsx must be a real workbook and not a zip bomb,
/// a CSV must be text. Then reads only the header row, so a file with the wrong columns is refused at once.
/// </summary>
public static class BerkasImpor
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] ZipKosong = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    public const string PesanJenisTidakDidukung =
        "Jenis berkas tidak didukung. Unggah berkas .csv (teks, dipisah koma atau titik koma) atau .xlsx (Excel).";

    /// <summary>
    /// Everything that can be checked before queuing: the real type, the zip directory, and the header row against the
    /// required columns. <paramref name="buka"/> opens a fresh seekable stream of the file each time it is called.
    /// </summary>
    public static PenolakanBerkas? Periksa(Func<Stream> buka, string namaBerkas, JenisImpor jenis, ImporOptions options)
    {
        FormatBerkas format;
        using (var isi = buka())
        {
            var (f, tolak) = KenaliFormat(isi, namaBerkas, options);
            if (tolak is not null)
            {
                return tolak;
            }
            format = f!.Value;
        }
        try
        {
            using var baca = PembacaBaris.Buka(buka(), format);
            if (baca.Judul.All(string.IsNullOrWhiteSpace))
            {
                return new(StatusCodes.Status400BadRequest,
                    "Baris pertama berkas kosong. Baris pertama harus berisi judul kolom, misalnya: " + string.Join(", ", DaftarKolom.Untuk(jenis).Where(k => k.Wajib).Select(k => k.Nama)) + ".");
            }
            var hilang = PetaKolom.Buat(DaftarKolom.Untuk(jenis), baca.Judul).Hilang.Select(k => k.Nama).ToList();
            if (hilang.Count > 0)
            {
                var ada = baca.Judul.Where(j => !string.IsNullOrWhiteSpace(j)).ToList();
                return new(StatusCodes.Status400BadRequest,
                    $"Kolom wajib tidak ditemukan: {string.Join(", ", hilang)}. Kolom di berkas: {string.Join(", ", ada.Take(30))}{(ada.Count > 30 ? ", …" : "")}. " +
                    $"Periksa apakah jenis data yang dipilih ({jenis.Teks()}) sudah benar, atau unduh templatnya.");
            }
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new(StatusCodes.Status400BadRequest,
                "Baris judul berkas tidak dapat dibaca; berkas mungkin rusak. Buka di Excel, simpan ulang sebagai .xlsx atau CSV UTF-8, lalu unggah kembali.");
        }
    }

    /// <summary>For a file already accepted: a zip is a workbook, anything else CSV.</summary>
    public static FormatBerkas FormatDariIsi(Stream stream)
    {
        Span<byte> awal = stackalloc byte[4];
        stream.Position = 0;
        var n = stream.ReadAtLeast(awal, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        return n == 4 && (awal.SequenceEqual(Zip) || awal.SequenceEqual(ZipKosong)) ? FormatBerkas.Xlsx : FormatBerkas.Csv;
    }

    /// <summary>Decides the format from the content. <paramref name="stream"/> must be seekable; it is left at position 0.</summary>
    public static (FormatBerkas? Format, PenolakanBerkas? Tolak) KenaliFormat(Stream stream, string namaBerkas, ImporOptions options)
    {
        var ext = Path.GetExtension(namaBerkas).ToLowerInvariant();
        if (ext is not (".csv" or ".xlsx" or ".txt"))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType, PesanJenisTidakDidukung
                + (ext.Length == 0 ? " Nama berkas Anda tidak berakhiran .csv atau .xlsx." : $" Berkas Anda berakhiran \"{ext}\".")));
        }
        var awal = new byte[8192];
        stream.Position = 0;
        var n = stream.ReadAtLeast(awal, awal.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var kepala = awal.AsSpan(0, n);
        if (n == 0)
        {
            return (null, new(StatusCodes.Status400BadRequest, "Berkas kosong. Pilih berkas yang berisi baris judul kolom dan data."));
        }
        if (kepala.StartsWith(Zip) || kepala.StartsWith(ZipKosong))
        {
            var tolak = PeriksaXlsx(stream, options);
            stream.Position = 0;
            return tolak is null ? (FormatBerkas.Xlsx, null) : (null, tolak);
        }
        if (kepala.StartsWith(Ole))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType,
                "Berkas ini berformat Excel lama (.xls) atau dokumen Office lain. Buka di Excel lalu simpan sebagai \"Excel Workbook (.xlsx)\" atau \"CSV UTF-8\"."));
        }
        if (ext == ".xlsx")
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType,
                "Berkas bernama .xlsx tetapi isinya bukan berkas Excel. " + PesanJenisTidakDidukung));
        }
        if (kepala.StartsWith(Pdf) || !TampakTeks(kepala))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType,
                "Berkas ini bukan berkas teks CSV (isinya tampak seperti berkas biner, misalnya PDF atau gambar). " + PesanJenisTidakDidukung));
        }
        return (FormatBerkas.Csv, null);
    }

    /// <summary>
    /// Checks the zip directory before any decompression: a workbook must have xl/workbook.xml, and the declared sizes
    /// must be sane. .NET stops inflating an entry at its declared size, so the declared sizes bound the real work.
    /// </summary>
    private static PenolakanBerkas? PeriksaXlsx(Stream stream, ImporOptions options)
    {
        const long EntriBesar = 1024 * 1024;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > 10_000)
            {
                return Bom();
            }
            var adaWorkbook = false;
            long total = 0;
            foreach (var e in zip.Entries)
            {
                adaWorkbook |= string.Equals(e.FullName, "xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                total += e.Length;
                // Small entries (styles, themes) may compress very well and are harmless; only big ones are judged by ratio.
                if (e.Length > EntriBesar && e.Length > (long)options.MaksRasioKompresi * Math.Max(1, e.CompressedLength))
                {
                    return Bom();
                }
            }
            if (total > options.MaksXlsxTeruraiMb * 1024L * 1024L)
            {
                return Bom();
            }
            return adaWorkbook
                ? null
                : new(StatusCodes.Status415UnsupportedMediaType, "Berkas ini berkas zip, bukan berkas Excel .xlsx. " + PesanJenisTidakDidukung);
        }
        catch (InvalidDataException)
        {
            return new(StatusCodes.Status400BadRequest, "Berkas .xlsx rusak dan tidak dapat dibuka. Buka di Excel, simpan ulang, lalu unggah kembali.");
        }

        static PenolakanBerkas Bom() => new(StatusCodes.Status400BadRequest,
            "Berkas .xlsx tidak wajar (kemungkinan zip bomb): isinya jauh lebih besar daripada ukuran berkasnya. " +
            "Berkas ditolak demi keamanan. Simpan ulang data dari Excel, atau gunakan format CSV.");
    }

    /// <summary>Text, not binary: a UTF-16/32 byte-order mark, or no NUL bytes and hardly any control characters.</summary>
    private static bool TampakTeks(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }
        var kontrol = 0;
        foreach (var c in b)
        {
            if (c == 0)
            {
                return false;
            }
            if (c < 0x20 && c is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C))
            {
                kontrol++;
            }
        }
        return kontrol * 100 <= b.Length;
    }

    /// <summary>
    /// The encoding of a CSV without a byte-order mark: UTF-8 when its first 64 KB are valid UTF-8, else Windows-1252
    /// (what Excel writes for "CSV (Comma delimited)" on Indonesian Windows), so "Mu'min" is not garbled.
    /// Null means "let the reader decide" (a byte-order mark is present, or the text is UTF-8).
    /// </summary>
    public static Encoding? EncodingCsv(Stream stream)
    {
        var buf = new byte[65536];
        stream.Position = 0;
        var n = stream.ReadAtLeast(buf, buf.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var s = buf.AsSpan(0, n);
        if (s.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || s.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || s.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }
        // A multi-byte character may be cut at the end of the sample: drop up to 3 trailing bytes before judging.
        for (var cut = 0; cut <= Math.Min(3, n); cut++)
        {
            if (Utf8.IsValid(s[..(n - cut)]))
            {
                return null;
            }
            if (n < buf.Length)
            {
                break;
            }
        }
        return CodePagesEncodingProvider.Instance.GetEncoding(1252);
    }
}
