using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Perencanaan.Sasaran;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PegawaiEntitas = Kinara.Domain.Kepegawaian.Pegawai;

namespace Kinara.Web.Features.Perencanaan.Monitoring;

/// <summary>
/// The names behind a monitoring count: active pegawai of a unit subtree with the status of their SKP, paged, and as .xlsx.
/// It reads the same "which SKP counts" join as the counts (<see cref="Pengisian"/>), so the two always agree; filter,
/// order and paging run in the database.
/// </summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.BacaMasterData)]
[ServerTiming]
public sealed class NamaModel(KinaraDbContext db, TimeProvider clock) : KinaraPageModel
{
    public sealed record Baris(Guid PegawaiId, string Nip, string Nama, string? Jabatan, string? Unit, StatusPengisian Status,
        StatusSkp? StatusSkp, string? Penilai, DateTime? DiajukanPada, DateTime? DisetujuiPada)
    {
        public static Baris Dari(PegawaiPengisian p) => new(p.PegawaiId, p.Nip, PegawaiEntitas.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang),
            p.JabatanNama, p.UnitNama, LabelPengisian.Dari(p.Status), p.Status, p.Penilai, p.DiajukanPada, p.DisetujuiPada);
    }

    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Unit { get; set; }
    /// <summary>Only the pegawai placed in <see cref="Unit"/> itself, not in the units below it.</summary>
    [BindProperty(SupportsGet = true)] public bool Langsung { get; set; }
    /// <summary>Only the pegawai without a unit.</summary>
    [BindProperty(SupportsGet = true)] public bool TanpaUnit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Hal { get; set; }

    public int TahunDipilih { get; private set; }
    public string Lingkup { get; private set; } = "";
    public StatusPengisian? StatusDipilih { get; private set; }
    public Paging<Baris> Daftar { get; private set; } = new([], 1, PagingExtensions.UkuranBaku, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await SaringAsync(ct) is not { } query)
        {
            return NotFound();
        }
        var halaman = await query.ToPagingAsync(Hal, ct);
        Daftar = new Paging<Baris>(halaman.Items.Select(Baris.Dari).ToList(), halaman.Nomor, halaman.Ukuran, halaman.Total);
        return Page();
    }

    public async Task<IActionResult> OnGetUnduhAsync(CancellationToken ct)
    {
        if (await SaringAsync(ct) is not { } query)
        {
            return NotFound();
        }
        var semua = (await query.ToListAsync(ct)).Select(Baris.Dari);
        var rows = semua.Select((b, i) => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["No"] = i + 1,
            ["NIP"] = b.Nip,
            ["Nama"] = b.Nama,
            ["Jabatan"] = b.Jabatan,
            ["Unit"] = b.Unit,
            ["Status SKP"] = b.StatusSkp is { } s ? LabelPengisian.TeksSkp(s) : b.Status.Teks(),
            ["Pejabat penilai"] = b.Penilai,
            ["Diajukan"] = b.DiajukanPada?.AddHours(7).ToString("dd-MM-yyyy HH:mm"),
            ["Disetujui"] = b.DisetujuiPada?.AddHours(7).ToString("dd-MM-yyyy HH:mm"),
        });
        var nama = $"skp-{TahunDipilih}-{Xlsx.NamaBerkas(Lingkup)}" + (StatusDipilih is { } st ? "-" + st.Kode() : "") + ".xlsx";
        return await Xlsx.FileAsync(this, rows, "Pegawai", nama, ct);
    }

    /// <summary>The filtered, ordered query; null when the unit is not this instansi's.</summary>
    private async Task<IQueryable<PegawaiPengisian>?> SaringAsync(CancellationToken ct)
    {
        TahunDipilih = TahunKinerja.Pilih(Tahun, clock);
        StatusDipilih = LabelPengisian.DariKode(Status);
        var query = Pengisian.Query(db, TahunDipilih);
        Lingkup = "Semua perangkat daerah";
        if (TanpaUnit)
        {
            query = query.Where(x => x.UnitId == null);
            Lingkup = "Pegawai tanpa unit";
        }
        else if (Unit is { } unitId)
        {
            var units = await Pilihan.SemuaUnitAsync(db, ct);
            if (units.FirstOrDefault(u => u.Id == unitId) is not { } unit)
            {
                return null; // unknown here, or another instansi's unit
            }
            Lingkup = unit.Nama;
            if (Langsung)
            {
                query = query.Where(x => x.UnitId == unitId);
            }
            else
            {
                var ids = LingkupUnit.Turunan(unitId, units.Where(u => u.IndukId is not null).ToLookup(u => u.IndukId!.Value));
                query = query.Where(x => x.UnitId != null && ids.Contains(x.UnitId.Value));
            }
        }
        if (StatusDipilih is { } status)
        {
            query = query.DenganStatus(status);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(x => x.Nama.ToLower().Contains(q) || x.Nip.Contains(q));
        }
        return query.OrderBy(x => x.UnitNama).ThenBy(x => x.Nama).ThenBy(x => x.Nip);
    }
}
