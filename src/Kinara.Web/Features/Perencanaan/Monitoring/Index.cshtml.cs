using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Perencanaan.Sasaran;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Cache;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Kinara.Web.Features.Perencanaan.Monitoring;

/// <summary>
/// Monitoring pengisian SKP: per perangkat daerah (or, drilled down, per unit below one) how many active pegawai have no
/// SKP, a draft, a submitted, a returned or an approved SKP for the year. One grouped query counts per (unit, status) for
/// the whole subtree; the counts are rolled up the unit tree in memory, and the rolled-up rows are what is cached.
/// </summary>
/// <remarks>
/// A statistics view that every admin and pimpinan keeps reloading at month-end, while the whole-Pemda count reads every SKP
/// of the tenant. So the unit list and the counts per (Instansi, tahun, unit) are kept in memory for
/// <see cref="MonitoringOptions.CacheDetik"/> seconds (<see cref="HitunganCache"/>: computed once even when many ask at once):
/// figures up to that old are acceptable here, and the page says how old they are ("Data per …"). "Perbarui" recounts at
/// once, at most every <see cref="MonitoringOptions.JedaPerbaruiDetik"/> seconds per user so it cannot undo the cache.
/// The .xlsx and the names list always read the database.
/// </remarks>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.BacaMasterData)]
[ServerTiming]
public sealed class IndexModel(KinaraDbContext db, TimeProvider clock, HitunganCache hitungan, IMemoryCache memori,
    IOptionsMonitor<MonitoringOptions> opsi) : KinaraPageModel
{
    public sealed class Baris(Guid? unitId, string nama, bool punyaAnak, bool langsung)
    {
        public Guid? UnitId { get; } = unitId;
        public string Nama { get; } = nama;
        /// <summary>Has units below it, so the row drills down.</summary>
        public bool PunyaAnak { get; } = punyaAnak;
        /// <summary>The pegawai placed directly in the drilled unit itself, not in a unit below it.</summary>
        public bool Langsung { get; } = langsung;
        public int[] Jumlah { get; } = new int[LabelPengisian.Semua.Count];
        public int Total => Jumlah.Sum();
        public int this[StatusPengisian s] => Jumlah[(int)s];
        public double Persen(StatusPengisian s) => Total == 0 ? 0 : 100.0 * Jumlah[(int)s] / Total;
    }

    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Unit { get; set; }
    /// <summary>"nama" (default) or "capaian": the units with the lowest share of approved SKP first.</summary>
    [BindProperty(SupportsGet = true)] public string? Urut { get; set; }
    [BindProperty(SupportsGet = true)] public int? Hal { get; set; }
    /// <summary>"Perbarui": count again now instead of showing the figures kept in memory.</summary>
    [BindProperty(SupportsGet = true)] public bool Perbarui { get; set; }

    /// <summary>When the figures shown were counted (UTC).</summary>
    public DateTimeOffset DataPer { get; private set; }
    /// <summary>How old the figures may be, in seconds; 0 when the cache is off (always counted now).</summary>
    public int CacheDetik { get; private set; }
    /// <summary>"Perbarui" was asked again too soon: the figures kept in memory are shown.</summary>
    public bool PerbaruiDitunda { get; private set; }

    public int TahunDipilih { get; private set; }
    public IReadOnlyList<int> PilihanTahun { get; private set; } = [];
    public List<UnitRow> Jejak { get; private set; } = [];
    /// <summary>Every row of this level (the .xlsx has them all).</summary>
    public IReadOnlyList<Baris> Daftar { get; private set; } = [];
    /// <summary>The rows shown: a Dinas Pendidikan has hundreds of schools, too many for one phone screen.</summary>
    public Paging<Baris> Halaman { get; private set; } = new([], 1, UkuranHalaman, 0);

    public const int UkuranHalaman = 50;
    public Baris Total { get; private set; } = new(null, "Jumlah", false, false);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await MuatAsync(pakaiCache: true, ct))
        {
            return NotFound();
        }
        var terakhir = Math.Max(1, (Daftar.Count + UkuranHalaman - 1) / UkuranHalaman);
        var nomor = Math.Clamp(Hal ?? 1, 1, terakhir);
        Halaman = new Paging<Baris>(Daftar.Skip((nomor - 1) * UkuranHalaman).Take(UkuranHalaman).ToList(), nomor, UkuranHalaman, Daftar.Count);
        return Page();
    }

    /// <summary>The table as shown, as an .xlsx file.</summary>
    public async Task<IActionResult> OnGetUnduhAsync(CancellationToken ct)
    {
        if (!await MuatAsync(pakaiCache: false, ct))
        {
            return NotFound();
        }
        var judul = Jejak.Count == 0 ? "Pemda" : Jejak[^1].Nama;
        var rows = Daftar.Append(Total).Select(b =>
        {
            var r = new Dictionary<string, object?> { ["Unit"] = b.Nama, ["Pegawai aktif"] = b.Total };
            foreach (var s in LabelPengisian.Semua)
            {
                r[s.Teks()] = b[s];
            }
            r["% disetujui"] = Math.Round(b.Persen(StatusPengisian.Disetujui), 1);
            return r;
        });
        return await Xlsx.FileAsync(this, rows, "Monitoring", $"monitoring-skp-{TahunDipilih}-{Xlsx.NamaBerkas(judul)}.xlsx", ct);
    }

    private sealed record KunciUnit(Guid InstansiId);

    private sealed record KunciHitungan(Guid InstansiId, int Tahun, Guid? Unit);

    private sealed record KunciPerbarui(string Pengguna);

    /// <summary>An Instansi's unit list indexed by id and by induk: built once per cached list, not once per request.</summary>
    private sealed class PohonUnit
    {
        public PohonUnit(List<UnitRow> units)
        {
            ById = units.ToDictionary(u => u.Id);
            var byId = ById;
            Anak = units.Where(u => u.IndukId is { } i && byId.ContainsKey(i)).ToLookup(u => u.IndukId!.Value);
            Akar = units.Where(u => u.IndukId is not { } i || !byId.ContainsKey(i)).ToList();
        }

        public Dictionary<Guid, UnitRow> ById { get; }
        public ILookup<Guid, UnitRow> Anak { get; }
        /// <summary>The top units: no induk, or an induk that is not in the list.</summary>
        public List<UnitRow> Akar { get; }
    }

    /// <summary>
    /// The counts of one level rolled up into its rows, kept with the counts: the roll-up walks every counted unit up the
    /// tree (1,100 units in a large Pemda), which was most of the page's own work when done on every request. The rows are
    /// shared by the requests that read the entry and never changed after it is built.
    /// </summary>
    private sealed class Rekap(List<Baris> unit, Baris? langsung, Baris? tanpaUnit, Baris total)
    {
        private readonly ConcurrentDictionary<(string Budaya, bool Capaian), IReadOnlyList<Baris>> _urutan = new();

        public Baris Total { get; } = total;

        /// <summary>The rows in the order asked (per display culture, since names sort by it), built once per order.</summary>
        public IReadOnlyList<Baris> Daftar(bool capaian) => _urutan.GetOrAdd((CultureInfo.CurrentCulture.Name, capaian), k =>
        {
            var nama = StringComparer.Create(CultureInfo.GetCultureInfo(k.Budaya), ignoreCase: false);
            // Units without any active pegawai are left out: they have nothing to fill in.
            var tampil = unit.Where(b => b.Total > 0);
            var daftar = (k.Capaian
                    ? tampil.OrderBy(b => b.Persen(StatusPengisian.Disetujui)).ThenBy(b => b.Nama, nama)
                    : tampil.OrderBy(b => b.Nama, nama))
                .ToList();
            if (langsung is { Total: > 0 })
            {
                daftar.Insert(0, langsung);
            }
            if (tanpaUnit is not null)
            {
                daftar.Add(tanpaUnit);
            }
            return daftar;
        });
    }

    private async Task<bool> MuatAsync(bool pakaiCache, CancellationToken ct)
    {
        TahunDipilih = TahunKinerja.Pilih(Tahun, clock);
        PilihanTahun = TahunKinerja.Pilihan(clock, TahunDipilih);
        CacheDetik = pakaiCache ? Math.Max(0, opsi.CurrentValue.CacheDetik) : 0;
        var umur = TimeSpan.FromSeconds(CacheDetik);
        var segarkan = Perbarui && CacheDetik > 0 && BolehPerbarui();
        PerbaruiDitunda = Perbarui && CacheDetik > 0 && !segarkan;

        // The computations run on this request's DbContext without its cancellation: others may be waiting for them.
        var pohon = (await hitungan.AmbilAsync(new KunciUnit(InstansiId), umur, segarkan,
            async () => new PohonUnit(await Pilihan.SemuaUnitAsync(db, CancellationToken.None)), ct)).Nilai;

        if (Unit is { } unitId)
        {
            if (!pohon.ById.TryGetValue(unitId, out var dipilih))
            {
                return false; // unknown here, or another instansi's unit
            }
            for (UnitRow? u = dipilih; u is not null && Jejak.Count < 32; u = u.IndukId is { } i ? pohon.ById.GetValueOrDefault(i) : null)
            {
                Jejak.Insert(0, u);
            }
        }

        var mulai = Stopwatch.GetTimestamp();
        var tahun = TahunDipilih;
        var unit = Unit;
        // The key is only ever a unit found above in this Instansi's tree, so foreign or made-up ids fill no cache entries.
        var terhitung = await hitungan.AmbilAsync(new KunciHitungan(InstansiId, tahun, unit), umur, segarkan,
            async () =>
            {
                var lingkup = unit is { } u ? LingkupUnit.Turunan(u, pohon.Anak) : null;
                return RekapDari(await Pengisian.HitungAsync(db, tahun, lingkup, CancellationToken.None), pohon, unit);
            }, ct);
        ServerTimingAttribute.Catat(HttpContext, "db", mulai);
        DataPer = terhitung.DihitungPada;
        Total = terhitung.Nilai.Total;
        Daftar = terhitung.Nilai.Daftar(Urut == "capaian");
        return true;
    }

    /// <summary>Rolls the counts per (unit, status) up into the rows of the level below <paramref name="dipilih"/> (null: the top units).</summary>
    private static Rekap RekapDari(List<(Guid? UnitId, StatusPengisian Status, int Jumlah)> hitungan, PohonUnit pohon, Guid? dipilih)
    {
        var rowOf = new Dictionary<Guid, Baris>();
        foreach (var u in dipilih is { } d ? pohon.Anak[d] : pohon.Akar)
        {
            rowOf[u.Id] = new Baris(u.Id, u.Nama, pohon.Anak[u.Id].Any(), false);
        }
        var langsung = dipilih is { } x ? new Baris(x, pohon.ById[x].Nama, false, true) : null;
        Baris? tanpaUnit = null;
        var total = new Baris(null, "Jumlah", false, false);
        foreach (var (uid, status, jumlah) in hitungan)
        {
            var target = Tujuan(uid) ?? (tanpaUnit ??= new Baris(null, "Tanpa unit / unit tidak dikenal", false, false));
            target.Jumlah[(int)status] += jumlah;
            total.Jumlah[(int)status] += jumlah;
        }
        return new Rekap(rowOf.Values.ToList(), langsung, tanpaUnit, total);

        // The displayed row a pegawai's unit rolls up into: walk up until a unit shown as a row (or the drilled unit itself).
        Baris? Tujuan(Guid? unit)
        {
            for (var depth = 0; unit is { } id && depth < 64; depth++)
            {
                if (rowOf.TryGetValue(id, out var b))
                {
                    return b;
                }
                if (id == dipilih)
                {
                    return langsung;
                }
                unit = pohon.ById.TryGetValue(id, out var u) ? u.IndukId : null;
            }
            return null;
        }
    }

    /// <summary>One forced recount per user per <see cref="MonitoringOptions.JedaPerbaruiDetik"/> seconds (month-end: many admins, one database).</summary>
    private bool BolehPerbarui()
    {
        var kunci = new KunciPerbarui(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? User.Identity?.Name ?? "?");
        if (memori.TryGetValue(kunci, out _))
        {
            return false;
        }
        memori.Set(kunci, true, TimeSpan.FromSeconds(Math.Max(1, opsi.CurrentValue.JedaPerbaruiDetik)));
        return true;
    }
}
