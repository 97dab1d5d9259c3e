using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Sasaran;

/// <summary>
/// The organisational goals of a year as a tree RPJMD tujuan → sasaran RPJMD → sasaran Renstra → sasaran PK, each with its IKU.
/// Readable by everyone in the instansi (a pegawai needs them to write an SKP); three queries, shaped in memory.
/// </summary>
[SatuKoneksi]
public sealed class IndexModel(KinaraDbContext db, TimeProvider clock) : KinaraPageModel
{
    public sealed record IkuBaris(string Teks, decimal? Target, string? Satuan);

    public sealed class Simpul(SasaranOrganisasi s, string? unitNama)
    {
        public Guid Id { get; } = s.Id;
        public TingkatSasaran Tingkat { get; } = s.Tingkat;
        public int Tahun { get; } = s.Tahun;
        public string Teks { get; } = s.Teks;
        public Guid? IndukId { get; } = s.IndukId;
        public Guid? UnitId { get; } = s.UnitId;
        public string? UnitNama { get; } = unitNama;
        public List<IkuBaris> Iku { get; } = s.Iku.OrderBy(i => i.Urutan).Select(i => new IkuBaris(i.Teks, i.Target, i.Satuan)).ToList();
        public List<Simpul> Anak { get; } = [];
        /// <summary>RHK of JPT pointing at this goal (in SKP not replaced by a revision).</summary>
        public int JumlahRhk { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    /// <summary>Shows the Renstra/PK goals of one perangkat daerah only.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Unit { get; set; }

    public int TahunDipilih { get; private set; }
    public IReadOnlyList<int> PilihanTahun { get; private set; } = [];
    public List<SelectListItem> PerangkatDaerah { get; private set; } = [];
    public List<Simpul> Akar { get; private set; } = [];
    public int Jumlah { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        TahunDipilih = TahunKinerja.Pilih(Tahun, clock);
        PilihanTahun = TahunKinerja.Pilihan(clock, TahunDipilih);
        var units = await db.Unit.AsNoTracking()
            .Where(u => u.Jenis == JenisUnit.PerangkatDaerah)
            .OrderBy(u => u.Nama).Select(u => new { u.Id, u.Nama, u.Aktif }).ToListAsync(ct);
        PerangkatDaerah = units.Where(u => u.Aktif || u.Id == Unit).Select(u => new SelectListItem(u.Nama, u.Id.ToString(), u.Id == Unit)).ToList();
        var namaUnit = units.ToDictionary(u => u.Id, u => u.Nama);

        var tahun = TahunDipilih;
        var dari = tahun - LabelSasaran.MasaRpjmd + 1;
        var unit = Unit;
        var sasaran = await db.SasaranOrganisasi.AsNoTracking().Include(s => s.Iku)
            .Where(s => (s.Tingkat <= TingkatSasaran.SasaranRpjmd && s.Tahun >= dari && s.Tahun <= tahun)
                        || (s.Tingkat > TingkatSasaran.SasaranRpjmd && s.Tahun == tahun && (unit == null || s.UnitId == unit)))
            .AsSplitQuery()
            .ToListAsync(ct);
        var ids = sasaran.Select(s => s.Id).ToList();
        var rhk = await (from r in db.Rhk.AsNoTracking()
                         join k in db.Skp.AsNoTracking() on r.SkpId equals k.Id
                         where r.SasaranOrganisasiId != null && ids.Contains(r.SasaranOrganisasiId.Value) && k.Status != StatusSkp.Digantikan
                         group r by r.SasaranOrganisasiId!.Value into g
                         select new { g.Key, Jumlah = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);

        var simpul = sasaran.Select(s => new Simpul(s, s.UnitId is { } u ? namaUnit.GetValueOrDefault(u) : null) { JumlahRhk = rhk.GetValueOrDefault(s.Id) })
            .ToDictionary(s => s.Id);
        Jumlah = simpul.Count;
        foreach (var s in simpul.Values.OrderBy(s => s.UnitNama).ThenBy(s => s.Teks, StringComparer.CurrentCulture))
        {
            // A goal whose induk is outside this view (another year, or removed) is shown as a root rather than hidden.
            if (s.IndukId is { } induk && simpul.TryGetValue(induk, out var parent))
            {
                parent.Anak.Add(s);
            }
            else
            {
                Akar.Add(s);
            }
        }
        Akar = [.. Akar.OrderBy(s => s.Tingkat).ThenBy(s => s.Teks, StringComparer.CurrentCulture)];
    }
}
