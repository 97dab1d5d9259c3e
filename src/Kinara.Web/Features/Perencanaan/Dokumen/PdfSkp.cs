using Kinara.Domain.Perencanaan;
using QRCoder;
using SkiaSharp;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>
/// The SKP as a PDF in the layout of the official planning form: title, identity table, hasil kerja (RHK utama then
/// tambahan), perilaku kerja, signatures with the verification QR code, then the lampiran on its own page.
/// A4 portrait, fonts embedded (subset), every page numbered; an SKP not in force carries a mark on every page.
/// </summary>
public sealed class PdfSkp(HurufDokumen huruf)
{
    private static readonly SKColor Abu = new(0x55, 0x55, 0x55);

    /// <summary>Writes the PDF to <paramref name="keluaran"/>. Throws <see cref="HurufTidakTersediaException"/> without fonts.</summary>
    public void Tulis(DokumenSkp d, Stream keluaran)
    {
        var (reguler, tebal) = huruf.Ambil();
        using var tata = new PdfTata(reguler, tebal);
        Judul(tata, d, "SASARAN KINERJA PEGAWAI");
        IdentitasTabel(tata, d);
        HasilKerja(tata, d);
        Perilaku(tata, d);
        TandaTangan(tata, d);

        tata.HalamanBaru();
        Judul(tata, d, "LAMPIRAN SASARAN KINERJA PEGAWAI");
        IdentitasTabel(tata, d);
        Lampiran(tata, d);
        TandaTangan(tata, d);

        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"Sasaran Kinerja Pegawai {d.Tahun} - {d.Pegawai.Nama}",
            Author = d.Pegawai.Nama,
            Subject = d.StatusTeks,
            // ASCII on purpose: a reader (and the tests) can find the status in the file without decoding text strings.
            Keywords = $"SKP {d.Tahun}, revisi {d.Revisi}, status {d.Status}{(d.Tanda is null ? "" : d.Status == StatusSkp.Digantikan ? ", TIDAK BERLAKU" : ", DRAF")}",
            Creator = "Kinara",
            Creation = d.DicetakPada,
            Modified = d.DicetakPada,
        };
        using var dokumen = SKDocument.CreatePdf(keluaran, metadata);
        using var kecil = PdfTata.Buat(reguler, 6.8f);
        using var abu = new SKPaint { Color = Abu, IsAntialias = true };
        using var garis = new SKPaint { Color = Abu, StrokeWidth = 0.4f, Style = SKPaintStyle.Stroke };
        // The diagonal mark fills about two thirds of the page diagonal, whatever its text.
        var tanda = d.Tanda?.ToUpperInvariant();
        using var tandaFont = PdfTata.Buat(tebal, 40f);
        if (tanda is not null)
        {
            tandaFont.Size = Math.Min(60f, 40f * 640f / tandaFont.MeasureText(tanda));
        }
        using var tandaCat = new SKPaint { Color = new SKColor(0xC0, 0x00, 0x00, 0x38), IsAntialias = true };
        var kaki = $"SKP {d.Tahun} · {d.Pegawai.Nama} · NIP {d.Pegawai.Nip} · Revisi ke-{d.Revisi}";
        var dicetak = $"Dicetak dari Kinara {DokumenSkp.Tanggal(DokumenSkp.Wib(d.DicetakPada))} pukul {d.DicetakPada.AddHours(7):HH.mm} WIB · " +
                      "keabsahan dan keberlakuan dokumen dapat diperiksa dengan memindai kode QR di bagian tanda tangan";
        tata.Render(dokumen, (c, halaman, jumlah) =>
        {
            var y = PdfTata.TinggiKertas - PdfTata.Bawah + 14;
            c.DrawLine(PdfTata.Kiri, y - 8, PdfTata.LebarKertas - PdfTata.Kanan, y - 8, garis);
            c.DrawText(kaki, PdfTata.Kiri, y, SKTextAlign.Left, kecil, abu);
            c.DrawText($"Halaman {halaman} dari {jumlah}", PdfTata.LebarKertas - PdfTata.Kanan, y, SKTextAlign.Right, kecil, abu);
            c.DrawText(dicetak, PdfTata.Kiri, y + 9, SKTextAlign.Left, kecil, abu);
            if (tanda is not null)
            {
                c.Save();
                c.Translate(PdfTata.LebarKertas / 2, PdfTata.TinggiKertas / 2);
                c.RotateDegrees(-50);
                c.DrawText(tanda, 0, tandaFont.Size * 0.35f, SKTextAlign.Center, tandaFont, tandaCat);
                c.Restore();
            }
        });
        dokumen.Close();
    }

    private static void Judul(PdfTata t, DokumenSkp d, string judul)
    {
        t.Teks(judul, tebal: true, ukuran: 12.5f, rata: Rata.Tengah);
        t.Teks(d.JudulPendekatan, tebal: true, ukuran: 9.5f, rata: Rata.Tengah);
        t.Teks(d.JudulJabatan, tebal: true, ukuran: 9.5f, rata: Rata.Tengah);
        t.Maju(8);
        var font = t.Font(true, 8.5f);
        var y = t.Y - font.Metrics.Ascent;
        var instansi = d.Instansi.ToUpperInvariant();
        var periode = $"PERIODE PENILAIAN: {d.Periode.ToUpperInvariant()}";
        t.Gambar(c =>
        {
            c.DrawText(instansi, PdfTata.Kiri, y, SKTextAlign.Left, font, t.Hitam);
            c.DrawText(periode, PdfTata.LebarKertas - PdfTata.Kanan, y, SKTextAlign.Right, font, t.Hitam);
        });
        t.Maju(12);
        if (d.Tanda is { } tanda)
        {
            // The mark also as a framed line under the title: readable even when the page is photocopied pale.
            var tf = t.Font(true, 9.5f);
            var ty = t.Y;
            var teks = $"{tanda.ToUpperInvariant()} · {d.StatusSingkat}";
            var lebar = tf.MeasureText(teks) + 16;
            t.Gambar(c =>
            {
                using var merah = new SKPaint { Color = new SKColor(0xB0, 0x00, 0x00), IsAntialias = true };
                using var bingkai = new SKPaint { Color = new SKColor(0xB0, 0x00, 0x00), Style = SKPaintStyle.Stroke, StrokeWidth = 1.2f };
                var kotak = SKRect.Create(PdfTata.LebarKertas / 2 - lebar / 2, ty, lebar, 16);
                c.DrawRect(kotak, bingkai);
                c.DrawText(teks, kotak.MidX, ty + 11.5f, SKTextAlign.Center, tf, merah);
            });
            t.Maju(22);
        }
        else
        {
            t.Teks($"Status: {d.StatusTeks} · Revisi ke-{d.Revisi}", ukuran: 7.5f, rata: Rata.Tengah);
            t.Maju(4);
        }
    }

    private static Sel K(string teks, int rentang = 1) => new(teks, tebal: true, rentang: rentang, arsir: true, rata: Rata.Tengah);

    private static void IdentitasTabel(PdfTata t, DokumenSkp d)
    {
        var tabel = new PdfTata.Tabel(t, [4, 15, 31, 4, 15, 31], [Rata.Tengah, Rata.Kiri, Rata.Kiri, Rata.Tengah, Rata.Kiri, Rata.Kiri],
            [[K("NO"), K("PEGAWAI YANG DINILAI", 2), K("NO"), K("PEJABAT PENILAI KINERJA", 2)]]);
        string[] label = ["NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA"];
        static string[] Nilai(Identitas i) => [i.Nama, i.Nip, i.Pangkat, i.Jabatan, i.UnitKerja];
        var p = Nilai(d.Pegawai);
        var q = Nilai(d.Penilai);
        tabel.Mulai(minimal: 5 * 14);
        tabel.Kepala();
        tabel.Isi(label.Select((l, i) => new BarisTabel([
            new Sel($"{i + 1}"), new Sel(l), new Sel(Strip(p[i])), new Sel($"{i + 1}"), new Sel(l), new Sel(Strip(q[i])),
        ])).ToList());
        t.Maju(10);
    }

    private static string Strip(string s) => string.IsNullOrWhiteSpace(s) ? "–" : s;

    private static void HasilKerja(PdfTata t, DokumenSkp d)
    {
        PdfTata.Tabel tabel;
        var baris = new List<BarisTabel>();
        var kolom = d.IsJpt ? 5 : 6;
        if (d.IsJpt)
        {
            tabel = new PdfTata.Tabel(t, [4, 31, 31, 16, 18], [Rata.Tengah],
                [[K("NO"), K("RENCANA HASIL KERJA"), K("INDIKATOR KINERJA INDIVIDU"), K("TARGET"), K("PERSPEKTIF")]]);
        }
        else
        {
            tabel = new PdfTata.Tabel(t, [4, 20.5f, 20.5f, 10, 28, 17], [Rata.Tengah],
                [[K("NO"), K("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"), K("RENCANA HASIL KERJA"), K("ASPEK"), K("INDIKATOR KINERJA INDIVIDU"), K("TARGET")]]);
        }
        foreach (var (judul, daftar) in new[] { ("A. UTAMA", d.Utama), ("B. TAMBAHAN", d.Tambahan) })
        {
            baris.Add(new BarisTabel([new Sel(judul, tebal: true, rentang: kolom, rata: Rata.Kiri)], JagaDenganBerikutnya: true));
            if (daftar.Count == 0)
            {
                baris.Add(new BarisTabel([new Sel("–", rata: Rata.Tengah), new Sel("Tidak ada.", rentang: kolom - 1)]));
            }
            foreach (var r in daftar)
            {
                var indikator = r.Indikator.Count > 0 ? r.Indikator : [new IndikatorDokumen("–", "Belum ada indikator.", "–", "", null)];
                var pita = indikator.Select(i => (IReadOnlyList<Sel>)(d.IsJpt
                    ? [new Sel(i.Teks), Target(i), new Sel(Strip(i.Aspek))]
                    : [new Sel(Strip(i.Aspek)), new Sel(i.Teks), Target(i)])).ToList();
                var rhk = new List<Paragraf> { new(r.Teks) };
                if (d.IsJpt && r.PenugasanDari is { } dari)
                {
                    rhk.Add(new Paragraf($"(penugasan dari {dari})"));
                }
                baris.Add(new BarisTabel(d.IsJpt
                    ? [new Sel($"{r.Nomor}"), new Sel(rhk)]
                    : [new Sel($"{r.Nomor}"), new Sel(Strip(r.RhkAtasan ?? "")), new Sel(rhk)], pita));
            }
        }
        t.Jaga(60);
        t.Teks("HASIL KERJA", tebal: true, ukuran: 9.5f);
        t.Maju(2);
        tabel.Mulai();
        tabel.Kepala();
        tabel.Isi(baris);
        t.Maju(10);
    }

    private static Sel Target(IndikatorDokumen i) => i.Keterangan is { } k
        ? new Sel([new Paragraf(i.TargetLengkap), new Paragraf(k)])
        : new Sel(Strip(i.TargetLengkap));

    private static void Perilaku(PdfTata t, DokumenSkp d)
    {
        var tabel = new PdfTata.Tabel(t, [4, 56, 40], [Rata.Tengah], [[K("NO"), K("PERILAKU KERJA"), K("EKSPEKTASI KHUSUS PIMPINAN")]]);
        var baris = d.Perilaku.Select(p => new BarisTabel([
            new Sel($"{(int)p.Nilai.Aspek}"),
            new Sel([new Paragraf(p.Nilai.Nama, Tebal: true), .. p.Nilai.PanduanPerilaku.Select(x => new Paragraf(x, Butir: true))]),
            new Sel(Strip(p.Ekspektasi ?? "")),
        ])).ToList();
        t.Jaga(80);
        t.Teks("PERILAKU KERJA", tebal: true, ukuran: 9.5f);
        t.Maju(2);
        tabel.Mulai(minimal: 50);
        tabel.Kepala();
        tabel.Isi(baris);
        t.Maju(12);
    }

    private static void Lampiran(PdfTata t, DokumenSkp d)
    {
        var tabel = new PdfTata.Tabel(t, [4, 96], [Rata.Tengah], [[K("NO"), K("URAIAN")]]);
        var baris = new List<BarisTabel>();
        var nomor = 'A';
        foreach (var (jenis, butir) in d.Lampiran)
        {
            baris.Add(new BarisTabel([new Sel($"{nomor++}. {Judul(jenis)}", tebal: true, rentang: 2, rata: Rata.Kiri)], JagaDenganBerikutnya: true));
            baris.AddRange(butir.Count == 0
                ? [new BarisTabel([new Sel("–"), new Sel("Tidak ada.")])]
                : butir.Select((b, i) => new BarisTabel([new Sel($"{i + 1}"), new Sel(b)])));
        }
        tabel.Mulai();
        tabel.Kepala();
        tabel.Isi(baris);
        t.Maju(12);
    }

    public static string Judul(JenisLampiran j) => j switch
    {
        JenisLampiran.DukunganSumberDaya => "DUKUNGAN SUMBER DAYA",
        JenisLampiran.SkemaPertanggungjawaban => "SKEMA PERTANGGUNGJAWABAN",
        JenisLampiran.Konsekuensi => "KONSEKUENSI",
        _ => j.ToString().ToUpperInvariant(),
    };

    /// <summary>Both signature blocks with the verification QR code between them, kept together on one page.</summary>
    private static void TandaTangan(PdfTata t, DokumenSkp d)
    {
        const float lebarKolom = 190f;
        const float qr = 66f;
        var font = t.Font(false, 8.5f);
        var tebal = t.Font(true, 8.5f);
        var namaKiri = PdfTata.Bungkus(d.Pegawai.Nama, tebal, lebarKolom);
        var namaKanan = PdfTata.Bungkus(d.Penilai.Nama, tebal, lebarKolom);
        var tinggi = 3 * 11 + 46 + Math.Max(namaKiri.Count, namaKanan.Count) * 11 + 12;
        t.Jaga(Math.Max(tinggi, qr + 30));
        var y0 = t.Y;
        var xKiri = PdfTata.Kiri;
        var xKanan = PdfTata.LebarKertas - PdfTata.Kanan - lebarKolom;
        var baris0 = y0 - font.Metrics.Ascent;
        var jabatanPenilai = d.Penilai.Nip == "—" ? d.Penilai.Jabatan : "Pejabat Penilai Kinerja";
        var disetujui = d.Berlaku && d.DisetujuiPada is { } tgl ? $"Disetujui melalui Kinara, {DokumenSkp.Tanggal(DokumenSkp.Wib(tgl))}" : null;
        var yNama = y0 + 2 * 11 + 46;
        var modul = Modul(d.UrlVerifikasi);
        var url = d.UrlVerifikasi;
        t.Gambar(c =>
        {
            c.DrawText(d.TempatTanggal, xKanan, baris0, SKTextAlign.Left, font, t.Hitam);
            c.DrawText("Pegawai yang Dinilai", xKiri, baris0 + 11, SKTextAlign.Left, font, t.Hitam);
            c.DrawText(jabatanPenilai, xKanan, baris0 + 11, SKTextAlign.Left, font, t.Hitam);
            if (disetujui is not null)
            {
                using var abu = new SKPaint { Color = Abu, IsAntialias = true };
                using var kecil = PdfTata.Buat(font.Typeface, 7f);
                c.DrawText(disetujui, xKanan, baris0 + 11 + 24, SKTextAlign.Left, kecil, abu);
            }
            var yn = yNama - font.Metrics.Ascent;
            Nama(c, namaKiri, xKiri, yn, tebal, t.Hitam, t.Bingkai);
            Nama(c, namaKanan, xKanan, yn, tebal, t.Hitam, t.Bingkai);
            c.DrawText(d.Pegawai.Nip.Length > 0 ? $"NIP. {d.Pegawai.Nip}" : "", xKiri, yn + namaKiri.Count * 11, SKTextAlign.Left, font, t.Hitam);
            if (d.Penilai.Nip != "—")
            {
                c.DrawText($"NIP. {d.Penilai.Nip}", xKanan, yn + namaKanan.Count * 11, SKTextAlign.Left, font, t.Hitam);
            }

            // The QR code as vector squares: sharp at any print size, no image to decode.
            var xQr = PdfTata.LebarKertas / 2 - qr / 2;
            var yQr = y0 + 4;
            var ukuran = qr / modul.Count;
            for (var r = 0; r < modul.Count; r++)
            {
                var baris = modul[r];
                for (var k = 0; k < baris.Length;)
                {
                    if (!baris[k])
                    {
                        k++;
                        continue;
                    }
                    var awal = k;
                    while (k < baris.Length && baris[k])
                    {
                        k++;
                    }
                    c.DrawRect(SKRect.Create(xQr + awal * ukuran, yQr + r * ukuran, (k - awal) * ukuran + 0.05f, ukuran + 0.05f), t.Hitam);
                }
            }
            c.DrawUrlAnnotation(SKRect.Create(xQr, yQr, qr, qr), url);
            using var kapsi = PdfTata.Buat(font.Typeface, 6.5f);
            using var abu2 = new SKPaint { Color = Abu, IsAntialias = true };
            c.DrawText("Pindai untuk memeriksa", xQr + qr / 2, yQr + qr + 7, SKTextAlign.Center, kapsi, abu2);
            c.DrawText("keabsahan dokumen", xQr + qr / 2, yQr + qr + 14.5f, SKTextAlign.Center, kapsi, abu2);
        });
        t.Maju(Math.Max(tinggi, qr + 30));
    }

    private static void Nama(SKCanvas c, List<string> baris, float x, float y, SKFont font, SKPaint cat, SKPaint garis)
    {
        for (var i = 0; i < baris.Count; i++)
        {
            var by = y + i * 11;
            c.DrawText(baris[i], x, by, SKTextAlign.Left, font, cat);
            c.DrawLine(x, by + 1.6f, x + font.MeasureText(baris[i]), by + 1.6f, garis);
        }
    }

    /// <summary>The QR modules (quiet zone included) of <paramref name="url"/>.</summary>
    public static List<bool[]> Modul(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(b => Enumerable.Range(0, b.Length).Select(i => b[i]).ToArray()).ToList();
    }
}
