using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>
/// The SKP page: header, A. hasil kerja, B. perilaku kerja, C. lampiran, versions. Read-only here; every change
/// goes to its own page (RHK, indikator, lampiran, ajukan, keputusan penilai), which this page links to when allowed.
/// </summary>
public sealed class DetailModel(KinaraDbContext db) : SkpPageModel(db)
{
    public sealed record Versi(Guid Id, int Revisi, StatusSkp Status, DateTime DibuatPada, DateTime? DisetujuiPada);

    public string PegawaiNama { get; private set; } = "";
    public string PegawaiNip { get; private set; } = "";
    public Dictionary<Guid, RhkAtasanInfo> RhkAtasan { get; private set; } = [];
    public Dictionary<Guid, string> Sasaran { get; private set; } = [];
    public List<Versi> DaftarVersi { get; private set; } = [];
    /// <summary>What still blocks submission (owner's view of a draft).</summary>
    public IReadOnlyList<string> Kekurangan { get; private set; } = [];
    public bool ReviuAktif { get; private set; }

    /// <summary>A newer version of this approved SKP being drafted: no second revision, link to it instead.</summary>
    public Versi? RevisiBerjalan => DaftarVersi.FirstOrDefault(v => v.Revisi > Skp.Revisi && v.Status != StatusSkp.Digantikan);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: false, ct) is { } tolak)
        {
            return tolak;
        }
        var pegawai = await Db.Pegawai.AsNoTracking().Where(p => p.Id == Skp.PegawaiId)
            .Select(p => new { p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang }).FirstAsync(ct);
        PegawaiNama = Domain.Kepegawaian.Pegawai.NamaDenganGelar(pegawai.GelarDepan, pegawai.Nama, pegawai.GelarBelakang);
        PegawaiNip = pegawai.Nip;
        RhkAtasan = await Shared.RhkAtasan.InfoAsync(Db, Skp.Rhk.Where(r => r.RhkAtasanId is not null).Select(r => r.RhkAtasanId!.Value),
            Skp.PejabatPenilaiId, Skp.Tahun, ct, Skp.PegawaiId);
        var sasaranIds = Skp.Rhk.Where(r => r.SasaranOrganisasiId is not null).Select(r => r.SasaranOrganisasiId!.Value).Distinct().ToList();
        if (sasaranIds.Count > 0)
        {
            Sasaran = await Db.SasaranOrganisasi.AsNoTracking().Where(s => sasaranIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Teks, ct);
        }
        DaftarVersi = await Db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == Skp.PegawaiId && s.PeriodeAwal == Skp.PeriodeAwal && s.PeriodeAkhir == Skp.PeriodeAkhir)
            .OrderBy(s => s.Revisi)
            .Select(s => new Versi(s.Id, s.Revisi, s.Status, s.DibuatPada, s.DisetujuiPada)).ToListAsync(ct);
        if (Akses.BolehUbah(Skp))
        {
            Kekurangan = Skp.PeriksaPengajuan();
        }
        ReviuAktif = await Db.Instansi.AsNoTracking().Where(i => i.Id == InstansiId).Select(i => i.ReviuPengelolaKinerja).FirstOrDefaultAsync(ct);
        return Page();
    }
}
