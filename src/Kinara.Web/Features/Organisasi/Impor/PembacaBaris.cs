using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>
/// Reads an import file row by row without loading it whole: CSV through CsvHelper's streaming reader,
/// .xlsx through MiniExcel's streaming query. The first row is the header. Rows whose cells are all empty are skipped.
/// </summary>
public abstract class PembacaBaris : IDisposable
{
    private readonly Stream _stream;

    protected PembacaBaris(Stream stream) => _stream = stream;

    /// <summary>The header cells as written.</summary>
    public abstract IReadOnlyList<string> Judul { get; }

    /// <summary>1-based row number of the current row as the user sees it in Excel or a text editor (the header is row 1).</summary>
    public abstract int Nomor { get; }

    /// <summary>A problem of the current row's shape (e.g. broken quotes), or null.</summary>
    public virtual string? Cacat => null;

    /// <summary>Bytes of the file consumed so far, for the progress bar.</summary>
    public long Posisi => Math.Min(_stream.Position, _stream.Length);

    public long Panjang => _stream.Length;

    /// <summary>Moves to the next non-empty row; false at the end of the file.</summary>
    public abstract bool Baca();

    /// <summary>The cell at header position <paramref name="posisi"/>: a trimmed string, or for .xlsx a number, date or boolean; null when empty.</summary>
    public abstract object? Sel(int posisi);

    public static PembacaBaris Buka(Stream stream, FormatBerkas format) =>
        format == FormatBerkas.Xlsx ? new XlsxPembaca(stream) : new CsvPembaca(stream);

    public virtual void Dispose()
    {
        _stream.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static object? Bersihkan(object? nilai) => nilai switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        _ => nilai,
    };
}

internal sealed class CsvPembaca : PembacaBaris
{
    private readonly CsvReader _csv;
    private readonly HashSet<long> _barisCacat = [];
    private readonly string[] _judul;

    public CsvPembaca(Stream stream) : base(stream)
    {
        var options = new CsvReaderOptions
        {
            Encoding = BerkasImpor.EncodingCsv(stream),
            TrackLineNumbers = true,
            // One stray quote must not swallow the rest of the file: a line break always ends the record.
            AllowLineBreaksInQuotes = false,
            MaxRecordSize = 1024 * 1024,
            // A stray quote inside a value ("Ahmad "Udin" Saputra") is kept as text; an unclosed quote garbles the row.
            OnMalformedRecord = r =>
            {
                if (r.Reason is CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes)
                {
                    _barisCacat.Add(r.LineNumber);
                }
            },
        };
        _csv = CsvReader.Create(stream, options, leaveOpen: true);
        _csv.ReadHeader();
        _judul = [.. _csv.Headers];
    }

    public override IReadOnlyList<string> Judul => _judul;

    public override int Nomor => (int)_csv.LineNumber;

    public override string? Cacat => _barisCacat.Contains(_csv.LineNumber)
        ? "Baris ini rusak: ada tanda kutip (\") yang tidak ditutup. Periksa isi baris di editor teks."
        : null;

    public override bool Baca()
    {
        while (_csv.Read())
        {
            for (var i = 0; i < _csv.FieldCount; i++)
            {
                if (!string.IsNullOrWhiteSpace(_csv.GetString(i)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    public override object? Sel(int posisi) =>
        posisi < 0 || posisi >= _csv.FieldCount ? null : Bersihkan(_csv.GetString(posisi));

    public override void Dispose()
    {
        _csv.Dispose();
        base.Dispose();
    }
}

internal sealed class XlsxPembaca : PembacaBaris
{
    private readonly IEnumerator<object> _rows;
    private readonly string[] _judul;
    private readonly string[] _huruf;
    private IDictionary<string, object?>? _current;
    private int _nomor = 1;

    public XlsxPembaca(Stream stream) : base(stream)
    {
        // useHeaderRow: false keeps the cells keyed by column letter, so duplicate or empty header cells cannot clash.
        _rows = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<object>().GetEnumerator();
        if (!_rows.MoveNext())
        {
            _judul = [];
            _huruf = [];
            return;
        }
        var header = (IDictionary<string, object?>)_rows.Current;
        var kolom = header.Where(kv => kv.Value is not null && !string.IsNullOrWhiteSpace(Convert.ToString(kv.Value, CultureInfo.InvariantCulture)))
            .OrderBy(kv => IndexKolom(kv.Key)).ToList();
        _huruf = kolom.Select(kv => kv.Key).ToArray();
        _judul = kolom.Select(kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture)!.Trim()).ToArray();
    }

    public override IReadOnlyList<string> Judul => _judul;

    public override int Nomor => _nomor;

    public override bool Baca()
    {
        while (_rows.MoveNext())
        {
            // MiniExcel yields an empty row for every row missing in the sheet, so counting rows gives Excel's row number.
            _nomor++;
            _current = (IDictionary<string, object?>)_rows.Current;
            foreach (var h in _huruf)
            {
                if (Bersihkan(_current.TryGetValue(h, out var v) ? v : null) is not null)
                {
                    return true;
                }
            }
        }
        _current = null;
        return false;
    }

    public override object? Sel(int posisi) =>
        _current is null || posisi < 0 || posisi >= _huruf.Length ? null
        : Bersihkan(_current.TryGetValue(_huruf[posisi], out var v) ? v : null);

    private static int IndexKolom(string huruf)
    {
        var n = 0;
        foreach (var c in huruf)
        {
            n = n * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return n;
    }

    public override void Dispose()
    {
        _rows.Dispose();
        base.Dispose();
    }
}
