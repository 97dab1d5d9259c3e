using System.Diagnostics;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Struktur;

public readonly record struct JabatanStruktur(Guid Id, Guid? AtasanId, string Nama, JenisJabatan Jenis, bool Aktif, Guid? UnitId)
{
    public bool IsStruktural => Jenis is JenisJabatan.Jpt or JenisJabatan.Administrator or JenisJabatan.Pengawas;
}

/// <summary>A pegawai as the structure sees them. Inactive pegawai are kept too: their own profile and penilai still show.</summary>
public readonly record struct PegawaiStruktur(Guid Id, string Nip, string? GelarDepan, string Nama, string? GelarBelakang,
    JenisPegawai Jenis, string? Golongan, Guid? JabatanId, Guid? UnitId, bool Aktif)
{
    public string NamaLengkap => Pegawai.NamaDenganGelar(GelarDepan, Nama, GelarBelakang);
}

public readonly record struct UnitStruktur(Guid Id, string Kode, string Nama, JenisUnit Jenis, Guid? IndukId, bool Aktif);

public readonly record struct PenugasanStruktur(Guid Id, Guid JabatanId, Guid PegawaiId, JenisPenugasan Jenis, DateOnly Mulai, DateOnly? Selesai)
{
    public bool BerlakuPada(DateOnly tanggal) => Mulai <= tanggal && (Selesai is null || tanggal <= Selesai);
}

public sealed record InstansiStruktur(string Nama, string? KepalaDaerahJabatan, string? KepalaDaerahNama, bool ReviuPengelolaKinerja, bool Wajib2faAdmin, bool Aktif);

/// <summary>The counts of the home page's "Ringkasan organisasi" that come from the structure alone.</summary>
public sealed record RingkasanStruktur(int PegawaiAktif, int UnitAktif, int JabatanAktif, int PegawaiTanpaJabatan, int StrukturalKosong);

/// <summary>
/// The position tree of one Instansi, read once and answered from memory: jabatan with their atasan, pegawai with their
/// jabatan and unit, units, and Plt/Plh assignments with their dates (filtered by the day at question time, so a snapshot
/// stays right across midnight). Immutable: <see cref="StrukturCache"/> swaps whole snapshots, never edits one.
/// Lookups of ids that are not there answer "nothing" rather than throwing: a snapshot read while an import commits
/// may hold a pegawai whose new jabatan it has not seen (that snapshot is evicted by the same commit).
/// </summary>
public sealed class StrukturSnapshot
{
    private readonly Dictionary<Guid, Guid[]> _pemegang;
    private readonly Dictionary<Guid, Guid[]> _anak;
    private readonly Dictionary<Guid, PenugasanStruktur[]> _pltJabatan;
    private readonly Dictionary<Guid, PenugasanStruktur[]> _pltPegawai;
    private readonly Dictionary<Guid, int> _pegawaiAktifPerUnit;

    // Plain dictionaries, filled once here and never written again (the type is immutable from outside): building a
    // FrozenDictionary of 20,000 Guid keys cost more than the queries, for lookups that were not measurably faster.
    private StrukturSnapshot(Guid instansiId, InstansiStruktur? instansi, Dictionary<Guid, JabatanStruktur> jabatan,
        Dictionary<Guid, PegawaiStruktur> pegawai, Dictionary<Guid, UnitStruktur> unit, PenugasanStruktur[] penugasan)
    {
        InstansiId = instansiId;
        Instansi = instansi;
        Jabatan = jabatan;
        Pegawai = pegawai;
        Unit = unit;

        // Definitive holders of each post, active only, by NIP (ordinal: NIPs are digits) as the old query ordered them.
        var pemegang = new Dictionary<Guid, List<PegawaiStruktur>>();
        int aktif = 0, tanpaJabatan = 0;
        var perUnit = new Dictionary<Guid, int>();
        foreach (var p in pegawai.Values)
        {
            if (!p.Aktif)
            {
                continue;
            }
            aktif++;
            if (p.UnitId is { } u)
            {
                perUnit[u] = perUnit.GetValueOrDefault(u) + 1;
            }
            if (p.JabatanId is not { } j)
            {
                tanpaJabatan++;
                continue;
            }
            if (!pemegang.TryGetValue(j, out var daftar))
            {
                pemegang[j] = daftar = new List<PegawaiStruktur>(1);
            }
            daftar.Add(p);
        }
        _pegawaiAktifPerUnit = perUnit;
        _pemegang = new Dictionary<Guid, Guid[]>(pemegang.Count);
        foreach (var (j, daftar) in pemegang)
        {
            if (daftar.Count > 1)
            {
                daftar.Sort((a, b) => string.CompareOrdinal(a.Nip, b.Nip));
            }
            _pemegang[j] = daftar.ConvertAll(p => p.Id).ToArray();
        }

        // Active posts directly under each post (the old query had no order; results are sorted by name anyway).
        var anak = new Dictionary<Guid, List<Guid>>();
        foreach (var j in jabatan.Values)
        {
            if (j.Aktif && j.AtasanId is { } a)
            {
                if (!anak.TryGetValue(a, out var daftar))
                {
                    anak[a] = daftar = new List<Guid>(2);
                }
                daftar.Add(j.Id);
            }
        }
        _anak = anak.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());

        // Latest start first: the acting officer of a post is the most recent assignment in force.
        var urut = penugasan.OrderByDescending(t => t.Mulai).ThenByDescending(t => t.Id).ToArray();
        _pltJabatan = urut.GroupBy(t => t.JabatanId).ToDictionary(g => g.Key, g => g.ToArray());
        _pltPegawai = urut.GroupBy(t => t.PegawaiId).ToDictionary(g => g.Key, g => g.ToArray());

        var adaPltTerbuka = penugasan.Where(t => t.Selesai is null).Select(t => t.JabatanId).ToHashSet();
        int unitAktif = 0, jabatanAktif = 0, strukturalKosong = 0;
        foreach (var u in unit.Values)
        {
            unitAktif += u.Aktif ? 1 : 0;
        }
        foreach (var j in jabatan.Values)
        {
            if (j.Aktif)
            {
                jabatanAktif++;
                strukturalKosong += j.IsStruktural && !_pemegang.ContainsKey(j.Id) && !adaPltTerbuka.Contains(j.Id) ? 1 : 0;
            }
        }
        Ringkasan = new RingkasanStruktur(aktif, unitAktif, jabatanAktif, tanpaJabatan, strukturalKosong);
    }

    public Guid InstansiId { get; }
    /// <summary>Null when the Instansi row does not exist (a foreign or deleted id): everything else is then empty.</summary>
    public InstansiStruktur? Instansi { get; }
    public IReadOnlyDictionary<Guid, JabatanStruktur> Jabatan { get; }
    public IReadOnlyDictionary<Guid, PegawaiStruktur> Pegawai { get; }
    public IReadOnlyDictionary<Guid, UnitStruktur> Unit { get; }
    public RingkasanStruktur Ringkasan { get; }
    /// <summary>How long the build took (queries and indexing), for the logs and the benchmark notes.</summary>
    public TimeSpan LamaBangun { get; private init; }

    public PegawaiStruktur? CariPegawai(Guid id) => Pegawai.TryGetValue(id, out var p) ? p : null;

    public JabatanStruktur? CariJabatan(Guid? id) => id is { } j && Jabatan.TryGetValue(j, out var v) ? v : null;

    public string? NamaJabatan(Guid? id) => CariJabatan(id)?.Nama;

    public string? NamaUnit(Guid? id) => id is { } u && Unit.TryGetValue(u, out var v) ? v.Nama : null;

    // Indonesian order with numbers compared as numbers: "Puskesmas 2" before "Puskesmas 10", "SD Negeri 9" before "SD Negeri 12".
    private static readonly StringComparer UrutanIndonesia =
        StringComparer.Create(new System.Globalization.CultureInfo("id-ID"), System.Globalization.CompareOptions.NumericOrdering);
    private IReadOnlyList<UnitStruktur>? _unitUrut;

    /// <summary>
    /// Every unit by name, then kode, in Indonesian order with numbers in numeric order: sorted once per snapshot (a culture-aware sort of a Pemda's
    /// 1,400 units on every view of the unit list cost more than the rest of the page), filtered by the caller.
    /// </summary>
    public IReadOnlyList<UnitStruktur> UnitUrut => _unitUrut ??= Unit.Values
        .OrderBy(u => u.Nama, UrutanIndonesia).ThenBy(u => u.Kode, UrutanIndonesia).ToArray();

    /// <summary>How many active pegawai are placed in the unit (the unit list's "Pegawai aktif" column).</summary>
    public int PegawaiAktifDi(Guid unitId) => _pegawaiAktifPerUnit.GetValueOrDefault(unitId);

    public Guid? AtasanDari(Guid jabatanId) => Jabatan.TryGetValue(jabatanId, out var j) ? j.AtasanId : null;

    /// <summary>Active definitive holders of a post, by NIP.</summary>
    public IReadOnlyList<Guid> Pemegang(Guid jabatanId) => _pemegang.TryGetValue(jabatanId, out var v) ? v : [];

    /// <summary>Active posts whose atasan is <paramref name="jabatanId"/>.</summary>
    public IReadOnlyList<Guid> JabatanBawahan(Guid jabatanId) => _anak.TryGetValue(jabatanId, out var v) ? v : [];

    /// <summary>Plt/Plh assignments to a post, latest start first (all dates: filter with <see cref="PenugasanStruktur.BerlakuPada"/>).</summary>
    public IReadOnlyList<PenugasanStruktur> PenugasanJabatan(Guid jabatanId) => _pltJabatan.TryGetValue(jabatanId, out var v) ? v : [];

    /// <summary>Plt/Plh assignments held by a pegawai, latest start first.</summary>
    public IReadOnlyList<PenugasanStruktur> PenugasanPegawai(Guid pegawaiId) => _pltPegawai.TryGetValue(pegawaiId, out var v) ? v : [];

    /// <summary>The Plt/Plh acting for a post on <paramref name="hariIni"/>: the latest assignment in force held by an active pegawai.</summary>
    public (Guid PegawaiId, JenisPenugasan Jenis)? PelaksanaTugas(Guid jabatanId, DateOnly hariIni)
    {
        foreach (var t in PenugasanJabatan(jabatanId))
        {
            if (t.BerlakuPada(hariIni) && Pegawai.TryGetValue(t.PegawaiId, out var p) && p.Aktif)
            {
                return (t.PegawaiId, t.Jenis);
            }
        }
        return null;
    }

    /// <summary>
    /// Reads the structure of <paramref name="instansiId"/> with five set-based queries through <paramref name="db"/>,
    /// whose tenant must be that Instansi (the global filters apply). Assignments that ended before yesterday are left
    /// out: no question about today reads them, and a snapshot lives minutes, not days.
    /// </summary>
    public static async Task<StrukturSnapshot> BangunAsync(KinaraDbContext db, Guid instansiId, DateOnly hariIni, CancellationToken ct)
    {
        if (db.Tenant.InstansiId != instansiId)
        {
            throw new InvalidOperationException("The snapshot is built through a DbContext acting for the same Instansi.");
        }
        var mulai = Stopwatch.GetTimestamp();
        var teks = new Dictionary<string, string>(StringComparer.Ordinal);
        // One string object per distinct gelar/golongan: thousands of pegawai share a few dozen values.
        string? Bagi(string? s) => s is null ? null : teks.TryGetValue(s, out var ada) ? ada : teks[s] = s;

        var instansi = await db.Instansi.AsNoTracking().Where(i => i.Id == instansiId)
            .Select(i => new InstansiStruktur(i.Nama, i.KepalaDaerahJabatan, i.KepalaDaerahNama, i.ReviuPengelolaKinerja, i.Wajib2faAdmin, i.Aktif))
            .FirstOrDefaultAsync(ct);
        var unit = (await db.Unit.AsNoTracking().Select(u => new UnitStruktur(u.Id, u.Kode, u.Nama, u.Jenis, u.IndukId, u.Aktif)).ToListAsync(ct))
            .ToDictionary(u => u.Id);
        var jabatan = (await db.Jabatan.AsNoTracking()
                .Select(j => new JabatanStruktur(j.Id, j.AtasanJabatanId, j.Nama, j.Jenis, j.Aktif, j.UnitId)).ToListAsync(ct))
            .ToDictionary(j => j.Id);
        var pegawai = (await db.Pegawai.AsNoTracking()
                .Select(p => new PegawaiStruktur(p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, p.Jenis, p.Golongan, p.JabatanId, p.UnitId, p.Aktif))
                .ToListAsync(ct))
            .ToDictionary(p => p.Id, p => p with { GelarDepan = Bagi(p.GelarDepan), GelarBelakang = Bagi(p.GelarBelakang), Golongan = Bagi(p.Golongan) });
        var batas = hariIni.AddDays(-1);
        var penugasan = await db.PenugasanPlt.AsNoTracking()
            .Where(t => t.Selesai == null || t.Selesai >= batas)
            .Select(t => new PenugasanStruktur(t.Id, t.JabatanId, t.PegawaiId, t.Jenis, t.Mulai, t.Selesai)).ToArrayAsync(ct);
        return new StrukturSnapshot(instansiId, instansi, jabatan, pegawai, unit, penugasan)
        {
            LamaBangun = Stopwatch.GetElapsedTime(mulai),
        };
    }
}
