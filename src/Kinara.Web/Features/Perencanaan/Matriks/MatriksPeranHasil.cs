using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Microsoft.EntityFrameworkCore;
using PegawaiEntitas = Kinara.Domain.Kepegawaian.Pegawai;

namespace Kinara.Web.Features.Perencanaan.Matriks;

/// <summary>The SKP of a column's pegawai that the matrix reads and writes: the current one for the year.</summary>
public sealed record SkpKolom(Guid Id, StatusSkp Status, int Revisi, int Versi, Guid? PejabatPenilaiId, DateOnly PeriodeAwal, DateOnly PeriodeAkhir,
    JenisJabatan JenisJabatan)
{
    public bool BisaDiubah => Status is StatusSkp.Draft or StatusSkp.Dikembalikan;
}

/// <summary>
/// A column of the matrix: a bawahan rated by the atasan (<see cref="Bawahan"/>), or a member of a tim kerja the atasan
/// leads who is outside the direct line. <see cref="Tim"/> names the atasan's teams the pegawai is in.
/// </summary>
public sealed record KolomMatriks(Guid PegawaiId, string Nama, string Nip, string? Jabatan, string? Unit, bool Bawahan,
    IReadOnlyList<string> Tim, SkpKolom? Skp, bool Jpt = false)
{
    /// <summary>
    /// An RHK can be written into the SKP: there is none yet (a draft is created) or it is a draft / returned. Never for a
    /// JPT: their RHK carry sasaran organisasi and "penugasan dari", not an atasan RHK (DOMAIN.md §1.2).
    /// </summary>
    public bool BolehDitetapkan => !Jpt && (Skp is null || Skp.BisaDiubah);

    /// <summary>Direct cascading splits the atasan's own indicator: only for the pegawai the atasan rates.</summary>
    public bool BolehLangsung => Bawahan;
}

/// <summary>A group of columns under one heading: a unit of the bawahan, or a tim kerja for members outside the line.</summary>
public sealed record GrupKolom(string Judul, bool IsTim, List<KolomMatriks> Kolom);

public sealed record IndikatorRingkas(Guid Id, AspekIndikator? Aspek, string? Perspektif, string Teks, decimal? Target, decimal? TargetMaks, string? TargetTeks, string? Satuan);

/// <summary>A row: one RHK of the atasan's SKP with its indicators.</summary>
public sealed record BarisMatriks(Guid Id, int Urutan, JenisRhk Jenis, string Teks, List<IndikatorRingkas> Indikator);

/// <summary>A cell entry: a bawahan RHK intervening the row. <see cref="VersiLama"/>: linked to an older version of the atasan's SKP.</summary>
public sealed record SelMatriks(Guid RhkId, Guid SkpId, string Teks, JenisRhk Jenis, JenisCascading? Cascading, bool VersiLama);

/// <summary>The atasan's SKP the rows come from.</summary>
public sealed record SkpAtasan(Guid Id, StatusSkp Status, int Revisi, DateOnly PeriodeAwal, DateOnly PeriodeAkhir, Pendekatan Pendekatan,
    JenisJabatan JenisJabatan, Guid? RevisiDariId);

/// <summary>
/// The matriks peran hasil (DOMAIN.md §1.6) of one atasan for one year: rows = the atasan's RHK, columns = bawahan (from the
/// position tree, as on the SKP bawahan page) plus members of the atasan's tim kerja outside the line, cells = their RHK whose
/// RhkAtasanId is the row. A fixed handful of set-based queries whatever the number of bawahan (no query per column or row).
/// </summary>
public sealed class MatriksPeranHasil
{
    public required SkpAtasan Skp { get; init; }
    public required IReadOnlyList<SkpAtasan> SkpLain { get; init; }
    public required List<BarisMatriks> Baris { get; init; }
    public required List<GrupKolom> Grup { get; init; }
    public required Dictionary<(Guid Rhk, Guid Pegawai), List<SelMatriks>> Sel { get; init; }

    public IEnumerable<KolomMatriks> Kolom => Grup.SelectMany(g => g.Kolom);

    public IReadOnlyList<SelMatriks> SelDari(Guid rhkId, Guid pegawaiId) => Sel.GetValueOrDefault((rhkId, pegawaiId)) ?? [];

    public bool BelumDiturunkan(Guid rhkId) => !Kolom.Any(k => Sel.ContainsKey((rhkId, k.PegawaiId)));

    /// <summary>How many of the atasan's RHK this column contributes to.</summary>
    public int Kontribusi(Guid pegawaiId) => Baris.Count(b => Sel.ContainsKey((b.Id, pegawaiId)));

    /// <summary>
    /// Loads the matrix of <paramref name="saya"/> for <paramref name="tahun"/>; null when the atasan has no SKP that year.
    /// <paramref name="skpId"/> picks one of several SKP of the year (a mid-year change of post); otherwise the latest
    /// non-replaced revision of the SKP running today (or the latest period).
    /// </summary>
    public static async Task<MatriksPeranHasil?> MuatAsync(KinaraDbContext db, PosisiService posisi, Guid saya, int tahun, Guid? skpId,
        DateOnly hariIni, CancellationToken ct)
    {
        var semua = await SkpSaya(db, saya, tahun).ToListAsync(ct);
        var berlaku = semua.Where(s => s.Status != StatusSkp.Digantikan).ToList();
        var skp = berlaku.FirstOrDefault(s => s.Id == skpId) ?? PilihSkpAtasan(berlaku, hariIni);
        if (skp is null)
        {
            return null;
        }
        var baris = await BarisAsync(db, skp.Id, ct);
        var alias = await AliasAsync(db, skp, semua, baris, ct);
        var kolom = await KolomAsync(db, posisi, saya, tahun, skp.PeriodeAwal, skp.PeriodeAkhir, ct);
        var sel = await SelAsync(db, kolom, baris.Select(b => b.Id).Concat(alias.Keys).ToList(), ct);
        var petaSel = new Dictionary<(Guid, Guid), List<SelMatriks>>();
        var pemilik = kolom.Where(k => k.Skp is not null).ToDictionary(k => k.Skp!.Id, k => k.PegawaiId);
        foreach (var r in sel.OrderBy(r => r.Urutan))
        {
            var lama = alias.TryGetValue(r.RhkAtasanId, out var baru);
            var kunci = (lama ? baru : r.RhkAtasanId, pemilik[r.SkpId]);
            if (!petaSel.TryGetValue(kunci, out var daftar))
            {
                petaSel[kunci] = daftar = [];
            }
            daftar.Add(new SelMatriks(r.Id, r.SkpId, r.Teks, r.Jenis, r.Cascading, lama));
        }
        return new MatriksPeranHasil
        {
            Skp = skp, SkpLain = berlaku.Where(s => s.Id != skp.Id).OrderBy(s => s.PeriodeAwal).ToList(), Baris = baris,
            Grup = Kelompokkan(kolom), Sel = petaSel,
        };
    }

    /// <summary>The SKP running on <paramref name="hariIni"/> if any, else the latest period; the newest revision of it.</summary>
    public static SkpAtasan? PilihSkpAtasan(IEnumerable<SkpAtasan> berlaku, DateOnly hariIni) => berlaku
        .OrderByDescending(s => s.PeriodeAwal <= hariIni && s.PeriodeAkhir >= hariIni)
        .ThenByDescending(s => s.PeriodeAwal).ThenByDescending(s => s.Revisi)
        .FirstOrDefault();

    // The matrix's queries are compiled (ADR 0008): each view of the matrix runs all of them.
    private static readonly Func<KinaraDbContext, Guid, int, IAsyncEnumerable<SkpAtasan>> SkpSaya = EF.CompileAsyncQuery(
        (KinaraDbContext db, Guid saya, int tahun) => db.Skp.AsNoTracking().Where(s => s.PegawaiId == saya && s.Tahun == tahun)
            .Select(s => new SkpAtasan(s.Id, s.Status, s.Revisi, s.PeriodeAwal, s.PeriodeAkhir, s.Pendekatan, s.JenisJabatan, s.RevisiDariId)));

    // One statement, a row per indicator: an atasan's SKP has a handful of RHK with a few indicators each.
    private static readonly Func<KinaraDbContext, Guid, IAsyncEnumerable<RencanaHasilKerja>> RhkDenganIndikator = EF.CompileAsyncQuery(
        (KinaraDbContext db, Guid skpId) => db.Rhk.AsNoTracking().Include(r => r.Indikator).Where(r => r.SkpId == skpId));

    /// <summary>The atasan's RHK with their indicators: utama first, in the SKP's order (one query).</summary>
    public static async Task<List<BarisMatriks>> BarisAsync(KinaraDbContext db, Guid skpId, CancellationToken ct)
    {
        var rhk = await RhkDenganIndikator(db, skpId).ToListAsync(ct);
        return rhk.OrderBy(r => r.Jenis).ThenBy(r => r.Urutan)
            .Select(r => new BarisMatriks(r.Id, r.Urutan, r.Jenis, r.Teks, r.Indikator.OrderBy(i => i.Urutan)
                .Select(i => new IndikatorRingkas(i.Id, i.Aspek, i.Perspektif, i.Teks, i.Target, i.TargetMaks, i.TargetTeks, i.Satuan)).ToList()))
            .ToList();
    }

    private sealed record AnggotaTim(string TimNama, Guid Id, string Nip, string? GelarDepan, string Nama, string? GelarBelakang, bool Aktif,
        string? Jabatan, string? Unit);

    private static readonly Func<KinaraDbContext, Guid, int, IAsyncEnumerable<AnggotaTim>> AnggotaTimSaya = EF.CompileAsyncQuery(
        (KinaraDbContext db, Guid saya, int tahun) =>
            from t in db.TimKerja.AsNoTracking()
            where t.Tahun == tahun && t.Aktif && t.Anggota.Any(a => a.PegawaiId == saya && a.Peran == PeranTim.Ketua)
            from a in t.Anggota
            where a.PegawaiId != saya
            join p in db.Pegawai.AsNoTracking() on a.PegawaiId equals p.Id
            join j in db.Jabatan.AsNoTracking() on p.JabatanId equals (Guid?)j.Id into js
            from j in js.DefaultIfEmpty()
            join u in db.Unit.AsNoTracking() on p.UnitId equals (Guid?)u.Id into us
            from u in us.DefaultIfEmpty()
            orderby t.Nama
            select new AnggotaTim(t.Nama, p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.Aktif, j != null ? j.Nama : null, u != null ? u.Nama : null));

    private sealed record SkpPegawai(Guid PegawaiId, SkpKolom Kolom);

    private static readonly Func<KinaraDbContext, List<Guid>, int, IAsyncEnumerable<SkpPegawai>> SkpKolomDari = EF.CompileAsyncQuery(
        (KinaraDbContext db, List<Guid> daftarId, int tahun) => db.Skp.AsNoTracking()
            .Where(s => daftarId.Contains(s.PegawaiId) && s.Tahun == tahun && s.Status != StatusSkp.Digantikan)
            .Select(s => new SkpPegawai(s.PegawaiId,
                new SkpKolom(s.Id, s.Status, s.Revisi, s.Versi, s.PejabatPenilaiId, s.PeriodeAwal, s.PeriodeAkhir, s.JenisJabatan))));

    /// <summary>
    /// Every column of <paramref name="saya"/>'s matrix with the pegawai's current SKP (two queries besides the position
    /// tree in memory): the bawahan whose pejabat penilai is <paramref name="saya"/>, then members of the active teams of the year led by
    /// <paramref name="saya"/> who are not bawahan.
    /// </summary>
    public static async Task<List<KolomMatriks>> KolomAsync(KinaraDbContext db, PosisiService posisi, Guid saya, int tahun,
        DateOnly awal, DateOnly akhir, CancellationToken ct)
    {
        var bawahan = await posisi.BawahanAsync(saya, ct);
        var anggota = await AnggotaTimSaya(db, saya, tahun).ToListAsync(ct);
        var timPer = anggota.ToLookup(a => a.Id, a => a.TimNama);

        var kolom = bawahan.Select(b => (b.PegawaiId, b.Nama, b.Nip, Jabatan: (string?)b.Jabatan, Unit: (string?)b.Unit, Bawahan: true)).ToList();
        var ids = kolom.Select(k => k.PegawaiId).ToHashSet();
        kolom.AddRange(anggota.Where(a => a.Aktif && ids.Add(a.Id))
            .Select(a => (a.Id, PegawaiEntitas.NamaDenganGelar(a.GelarDepan, a.Nama, a.GelarBelakang), a.Nip, (string?)a.Jabatan, (string?)a.Unit, Bawahan: false)));

        var daftarId = kolom.Select(k => k.PegawaiId).ToList();
        var skp = daftarId.Count == 0 ? [] : await SkpKolomDari(db, daftarId, tahun).ToListAsync(ct);
        var skpPer = skp.ToLookup(s => s.PegawaiId, s => s.Kolom);
        // Whether a column holds a JPT post comes from the position tree in memory, not from a query of its own.
        var struktur = await posisi.StrukturAsync(ct);
        bool Jpt(Guid pegawaiId) => struktur?.CariPegawai(pegawaiId) is { JabatanId: { } j } && struktur.CariJabatan(j)?.Jenis == JenisJabatan.Jpt;
        return kolom.Select(k =>
        {
            var skpKolom = PilihSkpBawahan(skpPer[k.PegawaiId], awal, akhir);
            return new KolomMatriks(k.PegawaiId, k.Nama, k.Nip, k.Jabatan, k.Unit, k.Bawahan, timPer[k.PegawaiId].Distinct().ToList(), skpKolom,
                Jpt(k.PegawaiId) || skpKolom?.JenisJabatan == JenisJabatan.Jpt);
        }).ToList();
    }

    /// <summary>
    /// The bawahan's SKP the matrix works with: one whose period overlaps the atasan's, the latest period, the newest
    /// revision (a draft revision of an approved SKP is where a new RHK goes).
    /// </summary>
    public static SkpKolom? PilihSkpBawahan(IEnumerable<SkpKolom> skp, DateOnly awal, DateOnly akhir) => skp
        .OrderByDescending(s => s.PeriodeAwal <= akhir && s.PeriodeAkhir >= awal)
        .ThenByDescending(s => s.PeriodeAwal).ThenByDescending(s => s.Revisi)
        .FirstOrDefault();

    private sealed record RhkSel(Guid Id, Guid SkpId, int Urutan, JenisRhk Jenis, string Teks, Guid RhkAtasanId, JenisCascading? Cascading);

    /// <summary>The columns' RHK that intervene one of <paramref name="rhkAtasan"/>: one query over the chosen SKP.</summary>
    private static async Task<List<RhkSel>> SelAsync(KinaraDbContext db, List<KolomMatriks> kolom, List<Guid> rhkAtasan, CancellationToken ct)
    {
        var skpIds = kolom.Where(k => k.Skp is not null).Select(k => k.Skp!.Id).ToList();
        if (skpIds.Count == 0 || rhkAtasan.Count == 0)
        {
            return [];
        }
        return await RhkSelDari(db, skpIds, rhkAtasan).ToListAsync(ct);
    }

    private static readonly Func<KinaraDbContext, List<Guid>, List<Guid>, IAsyncEnumerable<RhkSel>> RhkSelDari = EF.CompileAsyncQuery(
        (KinaraDbContext db, List<Guid> skpIds, List<Guid> rhkAtasan) => db.Rhk.AsNoTracking()
            .Where(r => skpIds.Contains(r.SkpId) && r.RhkAtasanId != null && rhkAtasan.Contains(r.RhkAtasanId.Value))
            .Select(r => new RhkSel(r.Id, r.SkpId, r.Urutan, r.Jenis, r.Teks, r.RhkAtasanId!.Value, r.Cascading)));

    /// <summary>
    /// RHK of earlier versions of the shown SKP (the approved one while a revision is drafted) mapped to their copies in the
    /// shown version (<see cref="RencanaHasilKerja.RhkAsalId"/>, followed back through every revision), so a bawahan who
    /// linked to the version still in force shows in the row. Approving a revision re-links them for good (PersetujuanSkp).
    /// </summary>
    private static async Task<Dictionary<Guid, Guid>> AliasAsync(KinaraDbContext db, SkpAtasan tampil, List<SkpAtasan> semua,
        List<BarisMatriks> baris, CancellationToken ct)
    {
        var byId = semua.ToDictionary(s => s.Id);
        var keluarga = new List<Guid> { tampil.Id };
        for (var s = tampil; s.RevisiDariId is { } dari && byId.TryGetValue(dari, out var asal) && !keluarga.Contains(asal.Id); s = asal)
        {
            keluarga.Add(asal.Id);
        }
        if (keluarga.Count == 1)
        {
            return [];
        }
        var asalDari = await db.Rhk.AsNoTracking().Where(r => keluarga.Contains(r.SkpId) && r.RhkAsalId != null)
            .Select(r => new { r.Id, Asal = r.RhkAsalId!.Value }).ToDictionaryAsync(r => r.Id, r => r.Asal, ct);
        var alias = new Dictionary<Guid, Guid>();
        foreach (var b in baris)
        {
            var id = b.Id;
            while (asalDari.TryGetValue(id, out var asal) && alias.TryAdd(asal, b.Id))
            {
                id = asal;
            }
        }
        return alias;
    }

    /// <summary>Bawahan by unit (alphabetical), then one group per tim kerja for the members outside the line.</summary>
    private static List<GrupKolom> Kelompokkan(List<KolomMatriks> kolom)
    {
        var grup = kolom.Where(k => k.Bawahan)
            .GroupBy(k => k.Unit ?? "")
            .OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new GrupKolom(g.Key.Length == 0 ? "Tanpa unit" : g.Key, false, g.OrderBy(k => k.Nama, StringComparer.CurrentCulture).ToList()))
            .ToList();
        grup.AddRange(kolom.Where(k => !k.Bawahan)
            .GroupBy(k => k.Tim.FirstOrDefault() ?? "")
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new GrupKolom(g.Key, true, g.OrderBy(k => k.Nama, StringComparer.CurrentCulture).ToList())));
        return grup;
    }
}

/// <summary>How the column's SKP state reads in the header: belum ada / draf / diajukan / disetujui.</summary>
public enum KeadaanKolom
{
    BelumAda,
    Draf,
    Diajukan,
    Disetujui,
}

public static class LabelMatriks
{
    public static KeadaanKolom Keadaan(this KolomMatriks k) => k.Skp?.Status switch
    {
        null => KeadaanKolom.BelumAda,
        StatusSkp.Draft or StatusSkp.Dikembalikan => KeadaanKolom.Draf,
        StatusSkp.MenungguReviu or StatusSkp.Diajukan => KeadaanKolom.Diajukan,
        _ => KeadaanKolom.Disetujui,
    };

    public static string Teks(this KeadaanKolom k) => k switch
    {
        KeadaanKolom.BelumAda => "Belum ada SKP",
        KeadaanKolom.Draf => "Draf",
        KeadaanKolom.Diajukan => "Diajukan",
        _ => "Disetujui",
    };

    public static string Badge(this KeadaanKolom k) => k switch
    {
        KeadaanKolom.BelumAda => "text-bg-warning",
        KeadaanKolom.Draf => "text-bg-secondary",
        KeadaanKolom.Diajukan => "text-bg-primary",
        _ => "text-bg-success",
    };

    /// <summary>Why an empty cell has no "Tetapkan": a JPT, or the SKP is waiting for a decision or already approved.</summary>
    public static string AlasanTerkunci(this KolomMatriks k) => k.Jpt
        ? "Jabatan pimpinan tinggi: RHK-nya mengacu pada sasaran organisasi, bukan RHK atasan."
        : k.Skp?.Status switch
    {
        StatusSkp.Disetujui => "SKP sudah disetujui: pegawai perlu membuat revisi SKP lebih dulu.",
        StatusSkp.Diajukan or StatusSkp.MenungguReviu => "SKP sedang diajukan: tunggu sampai disetujui atau dikembalikan.",
        _ => "",
    };

    public static string TetapkanUrl(Guid rhkId, Guid? pegawaiId = null) =>
        $"/perencanaan/matriks/rhk/{rhkId}/tetapkan" + (pegawaiId is { } p ? $"?pegawai={p}" : "");
}
