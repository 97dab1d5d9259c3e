using Kinara.Domain.Perencanaan;

namespace Kinara.Web.Features.Perencanaan.Shared;

public enum JenisPerubahan
{
    Sama,
    Ditambah,
    Dihapus,
    Diubah,
}

/// <summary>One changed field: its name and the value before and after.</summary>
public sealed record Beda(string Kolom, string Sebelum, string Sesudah);

public sealed record PerubahanIndikator(JenisPerubahan Jenis, IndikatorKinerja? Lama, IndikatorKinerja? Baru, IReadOnlyList<Beda> Beda);

public sealed record PerubahanRhk(JenisPerubahan Jenis, RencanaHasilKerja? Lama, RencanaHasilKerja? Baru, IReadOnlyList<Beda> Beda,
    IReadOnlyList<PerubahanIndikator> Indikator)
{
    public RencanaHasilKerja Rhk => Baru ?? Lama!;
}

/// <summary>
/// Differences between two versions of one SKP. A revision copies every row under a new id, so rows are paired
/// by their text first (a moved or re-typed row stays "the same" RHK), then by position (Urutan) for edited text.
/// </summary>
public static class SkpPerbandingan
{
    public static List<PerubahanRhk> Bandingkan(Skp lama, Skp baru, Func<Guid?, string> teksRhkAtasan, Func<Guid?, string> teksSasaran)
    {
        var hasil = new List<PerubahanRhk>();
        foreach (var (a, b) in Pasangkan(lama.Rhk, baru.Rhk, r => r.Teks, r => ((int)r.Jenis, r.Urutan),
                     (a, b) => Mirip(a.Teks, b.Teks) || (a.RhkAtasanId is not null && a.RhkAtasanId == b.RhkAtasanId)))
        {
            if (a is null || b is null)
            {
                var jenis = a is null ? JenisPerubahan.Ditambah : JenisPerubahan.Dihapus;
                var isi = (a ?? b)!.Indikator.Select(i => new PerubahanIndikator(jenis, a is null ? null : i, b is null ? null : i, [])).ToList();
                hasil.Add(new PerubahanRhk(jenis, a, b, [], isi));
                continue;
            }
            var beda = new List<Beda>();
            Cek(beda, "Jenis", a.Jenis.Teks(), b.Jenis.Teks());
            Cek(beda, "Uraian RHK", a.Teks, b.Teks);
            Cek(beda, "RHK atasan yang diintervensi", teksRhkAtasan(a.RhkAtasanId), teksRhkAtasan(b.RhkAtasanId));
            Cek(beda, "Cascading", a.Cascading?.Teks() ?? "", b.Cascading?.Teks() ?? "");
            Cek(beda, "Penugasan dari", a.PenugasanDari ?? "", b.PenugasanDari ?? "");
            Cek(beda, "Sasaran organisasi", teksSasaran(a.SasaranOrganisasiId), teksSasaran(b.SasaranOrganisasiId));
            var indikator = BandingkanIndikator(a, b);
            var berubah = beda.Count > 0 || indikator.Any(i => i.Jenis != JenisPerubahan.Sama);
            hasil.Add(new PerubahanRhk(berubah ? JenisPerubahan.Diubah : JenisPerubahan.Sama, a, b, beda, indikator));
        }
        return hasil;
    }

    /// <summary>Changes outside the RHK table, one sentence each: ekspektasi khusus and lampiran.</summary>
    public static List<Beda> Lainnya(Skp lama, Skp baru)
    {
        var beda = new List<Beda>();
        Cek(beda, "Pendekatan", lama.Pendekatan.Teks(), baru.Pendekatan.Teks());
        Cek(beda, "Pejabat penilai", lama.PejabatPenilaiNama ?? "", baru.PejabatPenilaiNama ?? "");
        Cek(beda, "Jabatan", lama.JabatanNama, baru.JabatanNama);
        foreach (var nilai in BerAkhlak.Semua)
        {
            Cek(beda, $"Ekspektasi khusus {nilai.Nama}",
                lama.Perilaku.FirstOrDefault(p => p.Aspek == nilai.Aspek)?.EkspektasiKhusus ?? "",
                baru.Perilaku.FirstOrDefault(p => p.Aspek == nilai.Aspek)?.EkspektasiKhusus ?? "");
        }
        foreach (var jenis in Enum.GetValues<JenisLampiran>())
        {
            static string Daftar(Skp s, JenisLampiran j) => string.Join("; ", s.Lampiran.Where(l => l.Jenis == j).OrderBy(l => l.Urutan).Select(l => l.Teks));
            Cek(beda, $"Lampiran: {jenis.Teks()}", Daftar(lama, jenis), Daftar(baru, jenis));
        }
        return beda;
    }

    private static List<PerubahanIndikator> BandingkanIndikator(RencanaHasilKerja lama, RencanaHasilKerja baru)
    {
        var hasil = new List<PerubahanIndikator>();
        foreach (var (a, b) in Pasangkan(lama.Indikator, baru.Indikator, i => i.Teks, i => (0, i.Urutan),
                     (a, b) => Mirip(a.Teks, b.Teks) || (a.Aspek is not null && a.Aspek == b.Aspek)))
        {
            if (a is null || b is null)
            {
                hasil.Add(new PerubahanIndikator(a is null ? JenisPerubahan.Ditambah : JenisPerubahan.Dihapus, a, b, []));
                continue;
            }
            var beda = new List<Beda>();
            Cek(beda, "Aspek", a.Aspek?.Teks() ?? "", b.Aspek?.Teks() ?? "");
            Cek(beda, "Perspektif", a.Perspektif ?? "", b.Perspektif ?? "");
            Cek(beda, "Indikator", a.Teks, b.Teks);
            Cek(beda, "Target", SkpLabel.Target(a), SkpLabel.Target(b));
            Cek(beda, "Keterangan target", a.Target is null ? "" : a.TargetTeks ?? "", b.Target is null ? "" : b.TargetTeks ?? "");
            Cek(beda, "Satuan", a.Satuan ?? "", b.Satuan ?? "");
            hasil.Add(new PerubahanIndikator(beda.Count > 0 ? JenisPerubahan.Diubah : JenisPerubahan.Sama, a, b, beda));
        }
        return hasil;
    }

    /// <summary>
    /// Pairs rows of two versions: equal text first, then equal position when the rows still look alike
    /// (<paramref name="mirip"/>), so deleting one row and adding another is not shown as an edit; the rest are added or removed.
    /// </summary>
    private static List<(T? Lama, T? Baru)> Pasangkan<T>(IEnumerable<T> lama, IEnumerable<T> baru, Func<T, string> teks, Func<T, (int, int)> posisi,
        Func<T, T, bool> mirip)
        where T : class
    {
        var sisaLama = lama.OrderBy(posisi).ToList();
        var sisaBaru = baru.OrderBy(posisi).ToList();
        var pasangan = new List<(T?, T?)>();
        foreach (var b in sisaBaru.ToList())
        {
            if (sisaLama.FirstOrDefault(a => string.Equals(Normal(teks(a)), Normal(teks(b)), StringComparison.OrdinalIgnoreCase)) is { } a)
            {
                pasangan.Add((a, b));
                sisaLama.Remove(a);
                sisaBaru.Remove(b);
            }
        }
        foreach (var b in sisaBaru.ToList())
        {
            if (sisaLama.FirstOrDefault(a => posisi(a) == posisi(b) && mirip(a, b)) is { } a)
            {
                pasangan.Add((a, b));
                sisaLama.Remove(a);
                sisaBaru.Remove(b);
            }
        }
        pasangan.AddRange(sisaLama.Select(a => ((T?)a, (T?)null)));
        pasangan.AddRange(sisaBaru.Select(b => ((T?)null, (T?)b)));
        return pasangan.OrderBy(p => posisi((p.Item2 ?? p.Item1)!)).ToList();
    }

    /// <summary>At least a third of the meaningful words in common: a re-typed text rather than a different one.</summary>
    private static bool Mirip(string a, string b)
    {
        static HashSet<string> Kata(string s) => s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(k => k.Trim('.', ',', ';', ':', '"', '(', ')')).Where(k => k.Length > 2).ToHashSet();
        var x = Kata(a);
        var y = Kata(b);
        var gabung = x.Union(y).Count();
        return gabung > 0 && x.Intersect(y).Count() * 3 >= gabung;
    }

    private static string Normal(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Cek(List<Beda> beda, string kolom, string sebelum, string sesudah)
    {
        if (!string.Equals(Normal(sebelum), Normal(sesudah), StringComparison.Ordinal))
        {
            beda.Add(new Beda(kolom, sebelum, sesudah));
        }
    }
}
