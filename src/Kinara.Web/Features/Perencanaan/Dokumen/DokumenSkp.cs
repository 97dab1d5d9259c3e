using System.Globalization;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>One column of the identity table: the pegawai yang dinilai or the pejabat penilai kinerja.</summary>
public sealed record Identitas(string Nama, string Nip, string Pangkat, string Jabatan, string UnitKerja);

/// <summary>One indicator row. <see cref="Aspek"/> holds the aspek (non-JPT) or the perspektif (JPT).</summary>
public sealed record IndikatorDokumen(string Aspek, string Teks, string Target, string Satuan, string? Keterangan,
    decimal? TargetAngka = null, decimal? TargetMaks = null)
{
    /// <summary>"12 Laporan", "90 – 100 %", or the narrative target.</summary>
    public string TargetLengkap => Satuan.Length == 0 ? Target : $"{Target} {Satuan}";
}

public sealed record RhkDokumen(int Nomor, JenisRhk Jenis, string Teks, string? RhkAtasan, string? PenugasanDari, IReadOnlyList<IndikatorDokumen> Indikator);

public sealed record PerilakuDokumen(NilaiBerAkhlak Nilai, string? Ekspektasi);

/// <summary>
/// Everything the SKP's documents print, read once and shared by the HTML view, the PDF and the workbook so the three
/// never disagree. The layout follows the planning form of PermenPANRB 6/2022 (DOMAIN.md §1.2–1.5).
/// </summary>
public sealed record DokumenSkp(
    Guid SkpId, string Instansi, int Tahun, DateOnly PeriodeAwal, DateOnly PeriodeAkhir, Pendekatan Pendekatan, bool IsJpt,
    StatusSkp Status, int Revisi, DateTime? DisetujuiPada, Identitas Pegawai, Identitas Penilai,
    IReadOnlyList<RhkDokumen> Utama, IReadOnlyList<RhkDokumen> Tambahan, IReadOnlyList<PerilakuDokumen> Perilaku,
    IReadOnlyDictionary<JenisLampiran, IReadOnlyList<string>> Lampiran, string? Tempat, string UrlVerifikasi, DateTime DicetakPada)
{
    private static readonly CultureInfo Budaya = new("id-ID");

    public bool Berlaku => Status == StatusSkp.Disetujui;

    /// <summary>The mark a document that is not (or no longer) the approved SKP carries on every page; null when in force.</summary>
    public string? Tanda => Status switch
    {
        StatusSkp.Disetujui => null,
        StatusSkp.Digantikan => "TIDAK BERLAKU — digantikan revisi",
        _ => "DRAF — belum disetujui",
    };

    public string JudulPendekatan => $"PENDEKATAN HASIL KERJA {Pendekatan.Teks().ToUpperInvariant()}";

    public string JudulJabatan => IsJpt
        ? "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
        : "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL";

    public string Periode => $"{Tanggal(PeriodeAwal)} s.d. {Tanggal(PeriodeAkhir)}";

    public string StatusTeks => Status switch
    {
        StatusSkp.Disetujui when DisetujuiPada is { } d => $"Disetujui pejabat penilai pada {Tanggal(Wib(d))}",
        StatusSkp.Digantikan => "Digantikan oleh revisi yang lebih baru — tidak berlaku",
        _ => $"{Skp.StatusLabel(Status)} — belum disetujui pejabat penilai",
    };

    public string StatusSingkat => $"Status: {Skp.StatusLabel(Status)} · Revisi ke-{Revisi}";

    /// <summary>"Samarinda, 12 Januari 2026" for an approved SKP; dotted blanks to fill in by hand otherwise.</summary>
    public string TempatTanggal => $"{Tempat ?? "……………………"}, {(DisetujuiPada is { } d ? Tanggal(Wib(d)) : $"…………………… {Tahun}")}";

    public string NamaBerkas(string ekstensi) => $"SKP_{Pegawai.Nip.Replace(" ", "")}_{Tahun}_r{Revisi}.{ekstensi}";

    public static string Tanggal(DateOnly d) => d.ToString("d MMMM yyyy", Budaya);

    public static DateOnly Wib(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(7));

    /// <summary>"19850314 201001 2 003": the NIP as it is written on documents.</summary>
    public static string TulisNip(string? nip) =>
        nip is { Length: 18 } n && n.All(char.IsAsciiDigit) ? $"{n[..8]} {n[8..14]} {n[14]} {n[15..]}" : nip ?? "";
}

public static class DokumenSkpQuery
{
    /// <summary>Reads the people, the linked atasan RHK and the instansi around an already loaded SKP (<see cref="SkpQuery.Lengkap"/>).</summary>
    public static async Task<DokumenSkp> BangunAsync(KinaraDbContext db, Skp s, string urlVerifikasi, DateTime sekarang, CancellationToken ct)
    {
        var instansi = await db.Instansi.AsNoTracking().Where(i => i.Id == s.InstansiId)
            .Select(i => new { i.Nama, i.Jenis, i.KepalaDaerahJabatan, i.KepalaDaerahNama }).FirstAsync(ct);
        var pegawai = await OrangAsync(db, s.PegawaiId, ct)
            ?? throw new InvalidOperationException($"Pegawai {s.PegawaiId} of SKP {s.Id} not found.");
        var identitasPegawai = new Identitas(pegawai.Nama, DokumenSkp.TulisNip(pegawai.Nip), pegawai.Pangkat, s.JabatanNama,
            s.UnitNama.Length > 0 ? s.UnitNama : pegawai.Unit);

        Identitas penilai;
        if (s.PenilaiKepalaDaerah)
        {
            penilai = new Identitas(instansi.KepalaDaerahNama ?? s.PejabatPenilaiNama ?? "", "—", "—", instansi.KepalaDaerahJabatan ?? "Kepala Daerah", instansi.Nama);
        }
        else if (s.PejabatPenilaiId is { } penilaiId && await OrangAsync(db, penilaiId, ct) is { } p)
        {
            penilai = new Identitas(p.Nama, DokumenSkp.TulisNip(p.Nip), p.Pangkat, await JabatanPenilaiAsync(db, s, penilaiId, p.Jabatan, sekarang, ct), p.Unit);
        }
        else
        {
            penilai = new Identitas(s.PejabatPenilaiNama ?? "", DokumenSkp.TulisNip(s.PejabatPenilaiNip), "", "", "");
        }

        var atasan = await RhkAtasan.InfoAsync(db, s.Rhk.Where(r => r.RhkAtasanId is not null).Select(r => r.RhkAtasanId!.Value), s.PejabatPenilaiId, s.Tahun, ct);
        List<RhkDokumen> Daftar(JenisRhk jenis) => s.Rhk.Where(r => r.Jenis == jenis).OrderBy(r => r.Urutan).Select((r, n) => new RhkDokumen(
            n + 1, jenis, r.Teks, r.RhkAtasanId is { } a ? atasan.GetValueOrDefault(a)?.Teks : null, r.PenugasanDari,
            r.Indikator.OrderBy(i => i.Urutan).Select(i => new IndikatorDokumen(
                (s.IsJpt ? i.Perspektif : i.Aspek?.Teks()) ?? "", i.Teks, SkpLabel.Target(i), i.Satuan ?? "",
                i.Target is not null ? i.TargetTeks : null, i.Target, i.TargetMaks)).ToList())).ToList();

        var perilaku = BerAkhlak.Semua.Select(n => new PerilakuDokumen(n, s.Perilaku.FirstOrDefault(p => p.Aspek == n.Aspek)?.EkspektasiKhusus)).ToList();
        var lampiran = Enum.GetValues<JenisLampiran>().ToDictionary(j => j,
            j => (IReadOnlyList<string>)s.Lampiran.Where(l => l.Jenis == j).OrderBy(l => l.Urutan).Select(l => l.Teks).ToList());

        return new DokumenSkp(s.Id, instansi.Nama, s.Tahun, s.PeriodeAwal, s.PeriodeAkhir, s.Pendekatan, s.IsJpt, s.Status, s.Revisi, s.DisetujuiPada,
            identitasPegawai, penilai, Daftar(JenisRhk.Utama), Daftar(JenisRhk.Tambahan), perilaku, lampiran,
            Tempat(instansi.Nama, instansi.Jenis), urlVerifikasi, sekarang);
    }

    private sealed record Orang(string Nama, string Nip, string Pangkat, string Jabatan, string Unit);

    private static async Task<Orang?> OrangAsync(KinaraDbContext db, Guid pegawaiId, CancellationToken ct)
    {
        var p = await (from pg in db.Pegawai.AsNoTracking()
                       where pg.Id == pegawaiId
                       join j in db.Jabatan.AsNoTracking() on pg.JabatanId equals (Guid?)j.Id into js
                       from j in js.DefaultIfEmpty()
                       join u in db.Unit.AsNoTracking() on (pg.UnitId ?? (j != null ? j.UnitId : null)) equals (Guid?)u.Id into us
                       from u in us.DefaultIfEmpty()
                       select new { pg.Nip, pg.GelarDepan, pg.Nama, pg.GelarBelakang, pg.Golongan, Jabatan = j != null ? j.Nama : "", Unit = u != null ? u.Nama : "" })
            .FirstOrDefaultAsync(ct);
        return p is null ? null : new Orang(Pegawai.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang), p.Nip, Pangkat(p.Golongan), p.Jabatan, p.Unit);
    }

    /// <summary>"Penata Muda, III/a" as on the official form; PPPK: "Golongan IX".</summary>
    public static string Pangkat(string? golongan) =>
        Golongan.TryParse(golongan, out var g) ? (g.Pangkat is null ? $"Golongan {g.Kode}" : $"{g.Pangkat}, {g.Kode}") : golongan ?? "";

    /// <summary>
    /// The penilai signs in the post above the pegawai's: when they only act in it (Plt/Plh of a vacant post), the form
    /// says so ("Plt. Kepala Bidang …") instead of showing their own, lower jabatan.
    /// </summary>
    private static async Task<string> JabatanPenilaiAsync(KinaraDbContext db, Skp s, Guid penilaiId, string jabatanSendiri,
        DateTime sekarang, CancellationToken ct)
    {
        if (s.JabatanId is not { } jabatanId)
        {
            return jabatanSendiri;
        }
        var atasanJabatanId = await db.Jabatan.AsNoTracking().Where(j => j.Id == jabatanId).Select(j => j.AtasanJabatanId).FirstOrDefaultAsync(ct);
        if (atasanJabatanId is null)
        {
            return jabatanSendiri;
        }
        var hariIni = DokumenSkp.Wib(sekarang);
        var plt = await (from a in db.PenugasanPlt.AsNoTracking()
                         where a.PegawaiId == penilaiId && a.JabatanId == atasanJabatanId && a.Mulai <= hariIni && (a.Selesai == null || a.Selesai >= hariIni)
                         join j in db.Jabatan.AsNoTracking() on a.JabatanId equals j.Id
                         select new { a.Jenis, j.Nama }).FirstOrDefaultAsync(ct);
        return plt is null ? jabatanSendiri : $"{(plt.Jenis == JenisPenugasan.Plh ? "Plh." : "Plt.")} {plt.Nama}";
    }

    /// <summary>
    /// Where the document is signed. Only a Kota's name is its seat; a kabupaten's or province's capital usually has
    /// another name and the Instansi does not record it, so the place is left blank to write in rather than printed wrong.
    /// </summary>
    private static string? Tempat(string nama, JenisPemda jenis)
    {
        if (jenis != JenisPemda.Kota)
        {
            return null;
        }
        foreach (var awalan in new[] { "Pemerintah Kota ", "Kota " })
        {
            if (nama.StartsWith(awalan, StringComparison.OrdinalIgnoreCase))
            {
                return nama[awalan.Length..].Trim();
            }
        }
        return null;
    }
}
