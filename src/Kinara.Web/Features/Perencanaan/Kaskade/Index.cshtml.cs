using System.Diagnostics;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Perencanaan.Monitoring;
using Kinara.Web.Features.Perencanaan.Sasaran;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PegawaiEntitas = Kinara.Domain.Kepegawaian.Pegawai;

namespace Kinara.Web.Features.Perencanaan.Kaskade;

/// <summary>
/// The cascading tree (pohon kinerja) of one perangkat daerah for a year: the Pemda's goals → the perangkat daerah's PK
/// goals and IKU → JPT RHK → RHK of bawahan intervening them, down to every pegawai. Pimpinan, admin and auditor see any
/// perangkat daerah; everyone else sees the subtree under their own RHK. Four set-based queries (units, goals, SKP, RHK)
/// for the whole perangkat daerah, the tree is built in memory; deep branches render on demand (htmx, or a link).
/// </summary>
[SatuKoneksi]
[ServerTiming]
public sealed class IndexModel(KinaraDbContext db, TimeProvider clock) : KinaraPageModel
{
    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    /// <summary>The perangkat daerah (pimpinan, admin, auditor only).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Unit { get; set; }
    /// <summary>Shows the branch under one RHK only.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Akar { get; set; }

    public int TahunDipilih { get; private set; }
    public IReadOnlyList<int> PilihanTahun { get; private set; } = [];
    public bool LihatSemua { get; private set; }
    public List<SelectListItem> PerangkatDaerah { get; private set; } = [];
    public Guid? PerangkatId { get; private set; }
    public string? NamaPerangkat { get; private set; }
    public PohonKaskade.Hasil? Pohon { get; private set; }
    public List<SimpulKaskade> Tampil { get; private set; } = [];
    public SimpulKaskade? AkarSimpul { get; private set; }
    /// <summary>What the tree (or, for the htmx handler, the opened branch) renders.</summary>
    public CabangModel? Cabang { get; private set; }
    /// <summary>The first <see cref="BatasBelumTerhubung"/> RHK that hang under no goal or atasan RHK in this view.</summary>
    public CabangModel? BelumTerhubung { get; private set; }

    public const int BatasBelumTerhubung = 100;
    public string? Pesan { get; private set; }

    public string UrlDasar => $"/perencanaan/kaskade?tahun={TahunDipilih}" + (PerangkatId is { } u ? $"&unit={u}" : "");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await MuatAsync(false, ct) ? Page() : NotFound();

    /// <summary>The branch under <see cref="Akar"/> as a fragment, for htmx when a collapsed RHK is opened.</summary>
    public async Task<IActionResult> OnGetCabangAsync(CancellationToken ct)
    {
        if (Akar is null || !await MuatAsync(true, ct) || AkarSimpul is null)
        {
            return NotFound();
        }
        return Partial("_Cabang", Cabang);
    }

    /// <param name="cabang">Only the children of <see cref="Akar"/> are rendered (the htmx fragment).</param>
    private async Task<bool> MuatAsync(bool cabang, CancellationToken ct)
    {
        TahunDipilih = TahunKinerja.Pilih(Tahun, clock);
        PilihanTahun = TahunKinerja.Pilihan(clock, TahunDipilih);
        LihatSemua = User.LihatSeluruhInstansi();
        var units = await Pilihan.SemuaUnitAsync(db, ct);
        var byId = units.ToDictionary(u => u.Id);
        var unitSaya = PegawaiId is { } pid
            ? await db.Pegawai.AsNoTracking().Where(p => p.Id == pid).Select(p => p.UnitId).FirstOrDefaultAsync(ct)
            : null;

        if (LihatSemua)
        {
            PerangkatDaerah = units.Where(u => u.Jenis == JenisUnit.PerangkatDaerah && (u.Aktif || u.Id == Unit))
                .OrderBy(u => u.Nama, StringComparer.CurrentCulture).Select(u => new SelectListItem(u.Nama, u.Id.ToString())).ToList();
            if (Unit is { } diminta && !(byId.TryGetValue(diminta, out var pilihan) && pilihan.Jenis == JenisUnit.PerangkatDaerah))
            {
                return false; // not a perangkat daerah of this instansi
            }
            PerangkatId = Unit ?? PerangkatDari(unitSaya, byId)
                ?? (PerangkatDaerah.FirstOrDefault() is { } pertama ? Guid.Parse(pertama.Value) : null);
        }
        else
        {
            PerangkatId = PerangkatDari(unitSaya, byId);
        }
        if (PerangkatId is not { } pd)
        {
            Pesan = LihatSemua ? "Belum ada perangkat daerah." : "Anda belum ditempatkan di unit organisasi; hubungi admin kepegawaian.";
            return Akar is null;
        }
        NamaPerangkat = byId[pd].Nama;
        var lingkup = LingkupUnit.Turunan(pd, units.Where(u => u.IndukId is not null).ToLookup(u => u.IndukId!.Value));

        var mulai = Stopwatch.GetTimestamp();
        var (sasaran, skp, rhk) = (await SasaranAsync(pd, ct), await SkpAsync(lingkup, ct), await RhkAsync(lingkup, ct));
        ServerTimingAttribute.Catat(HttpContext, "db", mulai);
        mulai = Stopwatch.GetTimestamp();
        Pohon = PohonKaskade.Bangun(sasaran, skp, rhk);
        ServerTimingAttribute.Catat(HttpContext, "pohon", mulai);

        HashSet<Guid>? boleh = null;
        if (LihatSemua)
        {
            Tampil = Pohon.Akar;
        }
        else
        {
            // An atasan sees the branch under their own RHK; a pegawai without bawahan sees just their own RHK.
            Tampil = Pohon.Rhk.Values.Where(n => n.PegawaiId == PegawaiId).ToList();
            boleh = [];
            foreach (var n in Tampil)
            {
                Kumpulkan(n, boleh);
            }
            if (Tampil.Count == 0)
            {
                Pesan = $"Anda belum memiliki SKP dengan RHK pada tahun {TahunDipilih}. Pohon kinerja Anda tampil setelah RHK disusun.";
            }
        }
        if (Akar is { } akar)
        {
            if (!Pohon.Rhk.TryGetValue(akar, out var node) || (boleh is not null && !boleh.Contains(akar)))
            {
                return false; // not in this perangkat daerah, or outside the user's own branch
            }
            AkarSimpul = node;
            Tampil = [node];
        }
        Cabang = CabangModel.Untuk(cabang && AkarSimpul is not null ? AkarSimpul.Anak : Tampil, UrlDasar);
        if (LihatSemua && AkarSimpul is null && Pohon.BelumTerhubung.Count > 0)
        {
            BelumTerhubung = CabangModel.Untuk(Pohon.BelumTerhubung.Take(BatasBelumTerhubung), UrlDasar, BatasBelumTerhubung);
        }
        await IsiRincianAsync(ct);
        return true;
    }

    /// <summary>
    /// Texts, owners and jabatan only for what this response renders: one query for a few hundred RHK, not the ~20,000 of
    /// a big dinas. Then the rendered lists are put in jabatan and name order.
    /// </summary>
    private async Task IsiRincianAsync(CancellationToken ct)
    {
        var simpul = Cabang!.Dirender().Concat(BelumTerhubung?.Dirender() ?? []).Where(n => n.IsRhk).DistinctBy(n => n.Id).ToDictionary(n => n.Id);
        var ids = simpul.Keys.ToList();
        var rincian = ids.Count == 0 ? [] : await (
            from r in db.Rhk.AsNoTracking()
            where ids.Contains(r.Id)
            join s in db.Skp.AsNoTracking() on r.SkpId equals s.Id
            join p in db.Pegawai.AsNoTracking() on s.PegawaiId equals p.Id
            select new { r.Id, r.Teks, r.PenugasanDari, s.JabatanNama, p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip }).ToListAsync(ct);
        foreach (var r in rincian)
        {
            var n = simpul[r.Id];
            n.Teks = r.Teks;
            n.PenugasanDari = r.PenugasanDari;
            n.Jabatan = r.JabatanNama;
            n.Pemilik = PegawaiEntitas.NamaDenganGelar(r.GelarDepan, r.Nama, r.GelarBelakang);
            n.Nip = r.Nip;
        }
        PohonKaskade.UrutkanUntukTampil(Cabang.Simpul, Cabang.Terbuka);
        if (BelumTerhubung is not null)
        {
            PohonKaskade.UrutkanUntukTampil(BelumTerhubung.Simpul, BelumTerhubung.Terbuka);
        }
    }

    private static Guid? PerangkatDari(Guid? unitId, Dictionary<Guid, UnitRow> byId)
    {
        UnitRow? akar = null;
        for (var (id, depth) = (unitId, 0); id is { } x && byId.TryGetValue(x, out var u) && depth < 64; id = u.IndukId, depth++)
        {
            if (u.Jenis == JenisUnit.PerangkatDaerah)
            {
                return u.Id;
            }
            akar = u;
        }
        return akar?.Id;
    }

    private static void Kumpulkan(SimpulKaskade n, HashSet<Guid> ids)
    {
        if (ids.Add(n.Id))
        {
            foreach (var c in n.Anak)
            {
                Kumpulkan(c, ids);
            }
        }
    }

    private async Task<List<SasaranBaris>> SasaranAsync(Guid pd, CancellationToken ct)
    {
        var tahun = TahunDipilih;
        var dari = tahun - LabelSasaran.MasaRpjmd + 1;
        var rows = await db.SasaranOrganisasi.AsNoTracking().Include(s => s.Iku)
            .Where(s => (s.Tingkat <= TingkatSasaran.SasaranRpjmd && s.Tahun >= dari && s.Tahun <= tahun)
                        || (s.Tingkat > TingkatSasaran.SasaranRpjmd && s.Tahun == tahun && s.UnitId == pd))
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(s => new SasaranBaris(s.Id, s.Tingkat, s.IndukId, s.UnitId, s.Teks,
            s.Iku.OrderBy(i => i.Urutan).Select(i => new IkuRingkas(i.Teks, i.Target, i.Satuan)).ToList())).ToList();
    }

    /// <summary>Every SKP of the year made in a unit of the perangkat daerah: one query, four small columns.</summary>
    private Task<List<SkpBaris>> SkpAsync(HashSet<Guid> lingkup, CancellationToken ct)
    {
        var tahun = TahunDipilih;
        return db.Skp.AsNoTracking()
            .Where(s => s.Tahun == tahun && s.UnitId != null && lingkup.Contains(s.UnitId.Value))
            .Select(s => new SkpBaris(s.Id, s.PegawaiId, s.Status, s.RevisiDariId))
            .ToListAsync(ct);
    }

    /// <summary>Every RHK of those SKP, without texts: one query with the same filter (a join, not a list of thousands of ids).</summary>
    private Task<List<RhkBaris>> RhkAsync(HashSet<Guid> lingkup, CancellationToken ct)
    {
        var tahun = TahunDipilih;
        return (from r in db.Rhk.AsNoTracking()
                join s in db.Skp.AsNoTracking() on r.SkpId equals s.Id
                where s.Tahun == tahun && s.UnitId != null && lingkup.Contains(s.UnitId.Value)
                select new RhkBaris(r.Id, r.SkpId, r.Urutan, r.Jenis, r.RhkAtasanId, r.Cascading, r.SasaranOrganisasiId))
            .ToListAsync(ct);
    }
}

/// <summary>
/// What <c>_Cabang</c> renders: some nodes, which of them show their children now (<see cref="Terbuka"/>), and the page
/// URL that loads the others when opened.
/// </summary>
public sealed record CabangModel(List<SimpulKaskade> Simpul, IReadOnlySet<Guid> Terbuka, string UrlDasar)
{
    /// <summary>Nodes rendered per response. A perangkat daerah of 3,000 pegawai has ~6,000 RHK: far too much HTML for a phone.</summary>
    public const int Anggaran = 300;

    public static CabangModel Untuk(IEnumerable<SimpulKaskade> simpul, string urlDasar, int anggaran = Anggaran)
    {
        var daftar = simpul.ToList();
        return new(daftar, PohonKaskade.PilihTerbuka(daftar, anggaran), urlDasar);
    }

    public IEnumerable<SimpulKaskade> Dirender() => PohonKaskade.Dirender(Simpul, Terbuka);
}
