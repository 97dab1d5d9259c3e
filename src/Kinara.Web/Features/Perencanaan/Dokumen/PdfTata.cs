using SkiaSharp;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

public enum Rata
{
    Kiri,
    Tengah,
}

/// <summary>A paragraph of a table cell: plain, bold, or a bullet ("–") with a hanging indent.</summary>
public sealed record Paragraf(string Teks, bool Tebal = false, bool Butir = false);

/// <summary>A table cell spanning <see cref="Rentang"/> columns; <see cref="Arsir"/> = the grey of header and section rows.</summary>
public sealed record Sel(IReadOnlyList<Paragraf> Isi, int Rentang = 1, bool Arsir = false, Rata? Rata = null)
{
    public Sel(string teks, bool tebal = false, int rentang = 1, bool arsir = false, Rata? rata = null)
        : this([new Paragraf(teks, tebal)], rentang, arsir, rata) { }
}

/// <summary>
/// A table row. <see cref="Kiri"/> cells span the whole row height (an RHK's text over its indicators); the optional
/// <see cref="Pita"/> bands fill the remaining columns one band per indicator, like rowspan in the official form.
/// </summary>
public sealed record BarisTabel(IReadOnlyList<Sel> Kiri, IReadOnlyList<IReadOnlyList<Sel>>? Pita = null, bool JagaDenganBerikutnya = false);

/// <summary>
/// A small page layout engine over SkiaSharp for A4 documents: paragraphs, bordered tables whose rows wrap text and
/// break across pages (the header is repeated), and blocks kept together. Drawing is deferred: the layout records
/// what each page draws, so the footer can say "Halaman x dari y" once the page count is known.
/// </summary>
public sealed class PdfTata : IDisposable
{
    public const float LebarKertas = 595.28f;  // A4 in points
    public const float TinggiKertas = 841.89f;
    public const float Kiri = 42f;
    public const float Kanan = 42f;
    public const float Atas = 40f;
    public const float Bawah = 52f;
    public const float UkuranTeks = 8.5f;
    public const float JarakBaris = 10.6f;
    private const float Pad = 3.2f;
    private const float Garis = 0.6f;

    private readonly SKTypeface _reguler;
    private readonly SKTypeface _tebal;
    private readonly Dictionary<(bool, float), SKFont> _font = [];
    private readonly List<List<Action<SKCanvas>>> _halaman = [];

    public PdfTata(SKTypeface reguler, SKTypeface tebal)
    {
        _reguler = reguler;
        _tebal = tebal;
        Hitam = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        Bingkai = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = Garis, IsAntialias = true };
        Arsir = new SKPaint { Color = new SKColor(0xE4, 0xE4, 0xE4), Style = SKPaintStyle.Fill };
        HalamanBaru();
    }

    public SKPaint Hitam { get; }
    public SKPaint Bingkai { get; }
    public SKPaint Arsir { get; }
    public static float LebarIsi => LebarKertas - Kiri - Kanan;
    public float Y { get; private set; }
    public float Sisa => TinggiKertas - Bawah - Y;
    public int JumlahHalaman => _halaman.Count;

    public SKFont Font(bool tebal, float ukuran = UkuranTeks)
    {
        if (!_font.TryGetValue((tebal, ukuran), out var f))
        {
            f = Buat(tebal ? _tebal : _reguler, ukuran);
            _font[(tebal, ukuran)] = f;
        }
        return f;
    }

    /// <summary>
    /// Unhinted, fractional advances: hinting rounds each glyph's width to whole pixels at the nominal size, which in a
    /// PDF (scaled, never rasterised at that size) shows as letter-spacing in small text.
    /// </summary>
    public static SKFont Buat(SKTypeface typeface, float ukuran) =>
        new(typeface, ukuran) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    public void HalamanBaru()
    {
        _halaman.Add([]);
        Y = Atas;
    }

    public void Gambar(Action<SKCanvas> perintah) => _halaman[^1].Add(perintah);

    public void Maju(float dy) => Y += dy;

    /// <summary>Starts a new page unless <paramref name="tinggi"/> still fits on this one.</summary>
    public void Jaga(float tinggi)
    {
        if (tinggi > Sisa && Y > Atas)
        {
            HalamanBaru();
        }
    }

    /// <summary>A wrapped paragraph over the content width (or <paramref name="lebar"/>), breaking across pages line by line.</summary>
    public void Teks(string teks, bool tebal = false, float ukuran = UkuranTeks, Rata rata = Rata.Kiri, float? lebar = null, float x = Kiri)
    {
        var font = Font(tebal, ukuran);
        var w = lebar ?? LebarIsi;
        var jarak = ukuran * 1.25f;
        foreach (var baris in Bungkus(teks, font, w))
        {
            Jaga(jarak);
            var y = Y - font.Metrics.Ascent;
            var (bx, align) = rata == Rata.Tengah ? (x + w / 2, SKTextAlign.Center) : (x, SKTextAlign.Left);
            Gambar(c => c.DrawText(baris, bx, y, align, font, Hitam));
            Y += jarak;
        }
    }

    /// <summary>Word-wraps <paramref name="teks"/> to <paramref name="lebar"/>; words wider than a line are cut.</summary>
    public static List<string> Bungkus(string teks, SKFont font, float lebar)
    {
        var hasil = new List<string>();
        foreach (var paragraf in teks.Replace("\r", "").Split('\n'))
        {
            var baris = "";
            foreach (var kata in paragraf.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var calon = baris.Length == 0 ? kata : baris + " " + kata;
                if (font.MeasureText(calon) <= lebar)
                {
                    baris = calon;
                    continue;
                }
                if (baris.Length > 0)
                {
                    hasil.Add(baris);
                }
                baris = kata;
                while (font.MeasureText(baris) > lebar && baris.Length > 1)
                {
                    var n = baris.Length - 1;
                    while (n > 1 && font.MeasureText(baris[..n]) > lebar)
                    {
                        n--;
                    }
                    hasil.Add(baris[..n]);
                    baris = baris[n..];
                }
            }
            hasil.Add(baris);
        }
        return hasil;
    }

    // --- Tables ----------------------------------------------------------------------------------------------------

    /// <summary>A laid-out cell: wrapped lines at their indents.</summary>
    private sealed record SelTata(IReadOnlyList<(string Teks, bool Tebal, float Indent, bool Butir)> Baris, float X, float W, bool Arsir, Rata Rata)
    {
        public float Tinggi => Baris.Count * JarakBaris + 2 * Pad;

        public (SelTata Ambil, SelTata Sisa) Potong(int n) => (this with { Baris = Baris.Take(n).ToList() }, this with { Baris = Baris.Skip(n).ToList() });
    }

    private sealed record BarisTata(IReadOnlyList<SelTata> Kiri, IReadOnlyList<IReadOnlyList<SelTata>> Pita, bool Jaga)
    {
        public static float TinggiPita(IReadOnlyList<SelTata> pita) => pita.Count == 0 ? 0 : pita.Max(s => s.Tinggi);

        public float Tinggi => Math.Max(Kiri.Count == 0 ? 0 : Kiri.Max(s => s.Tinggi), Pita.Sum(TinggiPita));
    }

    public sealed class Tabel(PdfTata tata, IReadOnlyList<float> lebar, IReadOnlyList<Rata> rata, IReadOnlyList<IReadOnlyList<Sel>> kepala)
    {
        private readonly float[] _x = Posisi(lebar);

        private static float[] Posisi(IReadOnlyList<float> lebar)
        {
            var total = lebar.Sum();
            var x = new float[lebar.Count + 1];
            x[0] = Kiri;
            for (var i = 0; i < lebar.Count; i++)
            {
                x[i + 1] = x[i] + lebar[i] / total * LebarIsi;
            }
            return x;
        }

        private List<SelTata> TataSel(IReadOnlyList<Sel> sel, int mulai)
        {
            var hasil = new List<SelTata>();
            var k = mulai;
            foreach (var s in sel)
            {
                var x = _x[k];
                var w = _x[Math.Min(k + s.Rentang, _x.Length - 1)] - x;
                var baris = new List<(string, bool, float, bool)>();
                foreach (var p in s.Isi)
                {
                    var indent = p.Butir ? 7f : 0f;
                    var potong = Bungkus(p.Teks, tata.Font(p.Tebal), w - 2 * Pad - indent);
                    baris.AddRange(potong.Select((t, i) => (t, p.Tebal, indent, p.Butir && i == 0)));
                }
                hasil.Add(new SelTata(baris, x, w, s.Arsir, s.Rata ?? (k < rata.Count ? rata[k] : Rata.Kiri)));
                k += s.Rentang;
            }
            return hasil;
        }

        private BarisTata Tata(BarisTabel b)
        {
            var kiri = TataSel(b.Kiri, 0);
            var mulaiPita = b.Kiri.Sum(s => s.Rentang);
            var pita = (b.Pita ?? []).Select(p => (IReadOnlyList<SelTata>)TataSel(p, mulaiPita)).ToList();
            return new BarisTata(kiri, pita, b.JagaDenganBerikutnya);
        }

        private float? _tinggiKepala;

        private float TinggiKepala => _tinggiKepala ??= kepala.Sum(k => BarisTata.TinggiPita(TataSel(k, 0)));

        /// <summary>Header and at least <paramref name="minimal"/> of body on this page, else a new page.</summary>
        public void Mulai(float minimal = 3 * JarakBaris) => tata.Jaga(TinggiKepala + minimal);

        public void Kepala()
        {
            foreach (var k in kepala)
            {
                var sel = TataSel(k, 0);
                var h = BarisTata.TinggiPita(sel);
                GambarSel(sel, tata.Y, h, tengahVertikal: true);
                tata.Maju(h);
            }
        }

        /// <summary>The body rows: each fits on the page, moves to the next one, or (taller than a page) is split by lines.</summary>
        public void Isi(IReadOnlyList<BarisTabel> baris)
        {
            var tataBaris = baris.Select(Tata).ToList();
            var kapasitas = TinggiKertas - Atas - Bawah - TinggiKepala;
            for (var i = 0; i < tataBaris.Count; i++)
            {
                var b = tataBaris[i];
                while (true)
                {
                    var perlu = b.Tinggi + (b.Jaga && i + 1 < tataBaris.Count ? Math.Min(tataBaris[i + 1].Tinggi, 4 * JarakBaris) : 0);
                    var awalHalaman = tata.Y <= Atas + TinggiKepala + 0.5f;
                    if (perlu <= tata.Sisa || (awalHalaman && b.Tinggi <= tata.Sisa))
                    {
                        GambarBaris(b, b.Tinggi);
                        break;
                    }
                    if ((perlu <= kapasitas && !awalHalaman) || tata.Sisa < JarakBaris * 3 + 2 * Pad)
                    {
                        Pindah();
                        continue;
                    }
                    var (ambil, sisa) = Potong(b, tata.Sisa);
                    GambarBaris(ambil, tata.Sisa);
                    Pindah();
                    b = sisa;
                }
            }
        }

        private void Pindah()
        {
            tata.HalamanBaru();
            Kepala();
        }

        private static (BarisTata, BarisTata) Potong(BarisTata b, float tinggi)
        {
            var muat = Math.Max(1, (int)((tinggi - 2 * Pad) / JarakBaris));
            var kiri = b.Kiri.Select(s => s.Potong(muat)).ToList();
            var ambilPita = new List<IReadOnlyList<SelTata>>();
            var sisaPita = new List<IReadOnlyList<SelTata>>();
            var terpakai = 0f;
            foreach (var pita in b.Pita)
            {
                var h = BarisTata.TinggiPita(pita);
                if (sisaPita.Count == 0 && terpakai + h <= tinggi)
                {
                    ambilPita.Add(pita);
                    terpakai += h;
                    continue;
                }
                var n = (int)((tinggi - terpakai - 2 * Pad) / JarakBaris);
                if (sisaPita.Count == 0 && n >= 1)
                {
                    var potong = pita.Select(s => s.Potong(n)).ToList();
                    ambilPita.Add(potong.Select(p => p.Ambil).ToList());
                    sisaPita.Add(potong.Select(p => p.Sisa).ToList());
                    terpakai = tinggi;
                    continue;
                }
                sisaPita.Add(pita);
            }
            return (new BarisTata(kiri.Select(k => k.Ambil).ToList(), ambilPita, false),
                new BarisTata(kiri.Select(k => k.Sisa).ToList(), sisaPita, b.Jaga));
        }

        private void GambarBaris(BarisTata b, float tinggi)
        {
            var y = tata.Y;
            GambarSel(b.Kiri, y, tinggi);
            var yPita = y;
            for (var i = 0; i < b.Pita.Count; i++)
            {
                var h = i == b.Pita.Count - 1 ? y + tinggi - yPita : BarisTata.TinggiPita(b.Pita[i]);
                GambarSel(b.Pita[i], yPita, h);
                yPita += h;
            }
            tata.Maju(tinggi);
        }

        private void GambarSel(IReadOnlyList<SelTata> sel, float y, float h, bool tengahVertikal = false)
        {
            foreach (var s in sel)
            {
                var kotak = new SKRect(s.X, y, s.X + s.W, y + h);
                var arsir = s.Arsir;
                var geser = tengahVertikal ? Math.Max(0, (h - s.Tinggi) / 2) : 0;
                var baris = s.Baris;
                var rataTengah = s.Rata == Rata.Tengah;
                tata.Gambar(c =>
                {
                    if (arsir)
                    {
                        c.DrawRect(kotak, tata.Arsir);
                    }
                    c.DrawRect(kotak, tata.Bingkai);
                    for (var i = 0; i < baris.Count; i++)
                    {
                        var (teks, tebal, indent, butir) = baris[i];
                        var font = tata.Font(tebal);
                        var by = kotak.Top + geser + Pad + i * JarakBaris - font.Metrics.Ascent - 0.6f;
                        if (butir)
                        {
                            c.DrawText("–", kotak.Left + Pad, by, SKTextAlign.Left, font, tata.Hitam);
                        }
                        if (rataTengah)
                        {
                            c.DrawText(teks, kotak.MidX, by, SKTextAlign.Center, font, tata.Hitam);
                        }
                        else
                        {
                            c.DrawText(teks, kotak.Left + Pad + indent, by, SKTextAlign.Left, font, tata.Hitam);
                        }
                    }
                });
            }
        }
    }

    /// <summary>Draws every page into <paramref name="dokumen"/>; <paramref name="hiasan"/> adds what each page carries (footer, marks).</summary>
    public void Render(SKDocument dokumen, Action<SKCanvas, int, int> hiasan)
    {
        for (var i = 0; i < _halaman.Count; i++)
        {
            var canvas = dokumen.BeginPage(LebarKertas, TinggiKertas);
            foreach (var perintah in _halaman[i])
            {
                perintah(canvas);
            }
            hiasan(canvas, i + 1, _halaman.Count);
            dokumen.EndPage();
        }
    }

    public void Dispose()
    {
        foreach (var f in _font.Values)
        {
            f.Dispose();
        }
        Hitam.Dispose();
        Bingkai.Dispose();
        Arsir.Dispose();
    }
}
