using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Infrastructure.Cache;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>
/// The SKP page: header, A. hasil kerja, B. perilaku kerja, C. lampiran, versions. Read-only here; every change
/// goes to its own page (RHK, indikator, lampiran, ajukan, keputusan penilai), which this page links to when allowed.
/// </summary>
/// <remarks>
/// The most opened page of the planning stage, so it reads in two queries: the SKP with its RHK and indicators; what
/// is only shown (pegawai, ekspektasi, lampiran, versions, sasaran, the linked atasan RHK) in one UNION ALL. A third
/// runs only when an RHK is linked to someone other than the pejabat penilai (a ketua tim kerja, or a stale link).
/// The tenant's review switch comes from <see cref="PengaturanInstansiCache"/>.
/// </remarks>
public sealed class DetailModel(KinaraDbContext db, PengaturanInstansiCache pengaturan) : SkpPageModel(db)
{
    public sealed record Versi(Guid Id, int Revisi, StatusSkp Status, DateTime DibuatPada, DateTime? DisetujuiPada);

    public sealed record ButirLampiran(JenisLampiran Jenis, int Urutan, string Teks);

    public string PegawaiNama { get; private set; } = "";
    public string PegawaiNip { get; private set; } = "";
    public Dictionary<Guid, RhkAtasanInfo> RhkAtasan { get; private set; } = [];
    public Dictionary<Guid, string> Sasaran { get; private set; } = [];
    public List<Versi> DaftarVersi { get; private set; } = [];
    /// <summary>The pejabat penilai's ekspektasi khusus per BerAKHLAK aspect (absent: not written).</summary>
    public Dictionary<AspekPerilaku, string> Ekspektasi { get; private set; } = [];
    public List<ButirLampiran> Lampiran { get; private set; } = [];
    /// <summary>What still blocks submission (owner's view of a draft).</summary>
    public IReadOnlyList<string> Kekurangan { get; private set; } = [];
    public bool ReviuAktif { get; private set; }

    /// <summary>A newer version of this approved SKP being drafted: no second revision, link to it instead.</summary>
    public Versi? RevisiBerjalan => DaftarVersi.FirstOrDefault(v => v.Revisi > Skp.Revisi && v.Status != StatusSkp.Digantikan);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // RHK and indicators in one statement (rows = indicators); perilaku and lampiran are only shown, so they come below.
        if (await PeriksaAsync(SkpDenganRhk(Db, id, ct)) is { } tolak)
        {
            return tolak;
        }
        await MuatTampilanAsync(ct);
        if (Akses.BolehUbah(Skp))
        {
            Kekurangan = Skp.PeriksaPengajuan();
        }
        ReviuAktif = (await pengaturan.AmbilAsync(Db, InstansiId, ct)).ReviuPengelolaKinerja;
        return Page();
    }

    // The page's queries are compiled (ADR 0008): the SKP page is a quarter of the month-end mix.
    private static readonly Func<KinaraDbContext, Guid, CancellationToken, Task<Skp?>> SkpDenganRhk = EF.CompileAsyncQuery(
        (KinaraDbContext db, Guid id, CancellationToken ct) => db.Skp.AsNoTracking().Include(s => s.Rhk).ThenInclude(r => r.Indikator).FirstOrDefault(s => s.Id == id));

    private enum Bagian { Pegawai, Perilaku, Lampiran, Versi, Sasaran, RhkAtasan }

    /// <summary>One row of the display-only UNION ALL (a class with an initializer: EF matches set operations' columns by member).</summary>
    private sealed class BarisTampilan
    {
        public int Bagian { get; init; }
        public Guid Id { get; init; }
        public Guid? Id2 { get; init; }
        public int Angka { get; init; }
        public int Angka2 { get; init; }
        public string? Teks { get; init; }
        public string? Teks2 { get; init; }
        public string? Teks3 { get; init; }
        public string? Teks4 { get; init; }
        public DateTime? Waktu { get; init; }
        public DateTime? Waktu2 { get; init; }
    }

    /// <summary>
    /// The display-only parts in one round trip: a UNION ALL of small row sets in one shape (pegawai, ekspektasi khusus,
    /// lampiran, the versions of this period, the sasaran organisasi the RHK carry, the atasan RHK they are linked to with
    /// their SKP's owner, year and status), sorted out in <see cref="MuatTampilanAsync"/>.
    /// </summary>
    private static readonly Func<KinaraDbContext, Guid, Guid, DateOnly, DateOnly, List<Guid>, List<Guid>, IAsyncEnumerable<BarisTampilan>> Tampilan =
        EF.CompileAsyncQuery((KinaraDbContext db, Guid skpId, Guid pegawaiId, DateOnly awal, DateOnly akhir, List<Guid> sasaranIds, List<Guid> atasanIds) =>
            db.Pegawai.AsNoTracking().Where(p => p.Id == pegawaiId)
                .Select(p => new BarisTampilan
                {
                    Bagian = (int)Bagian.Pegawai, Id = p.Id, Id2 = (Guid?)null, Angka = 0, Angka2 = 0, Teks = p.Nama, Teks2 = p.Nip, Teks3 = p.GelarDepan,
                    Teks4 = p.GelarBelakang, Waktu = (DateTime?)null, Waktu2 = (DateTime?)null,
                })
                .Concat(db.Set<PerilakuKerja>().AsNoTracking().Where(p => p.SkpId == skpId).Select(p => new BarisTampilan
                {
                    Bagian = (int)Bagian.Perilaku, Id = p.Id, Id2 = (Guid?)null, Angka = (int)p.Aspek, Angka2 = 0, Teks = p.EkspektasiKhusus, Teks2 = (string?)null,
                    Teks3 = (string?)null, Teks4 = (string?)null, Waktu = (DateTime?)null, Waktu2 = (DateTime?)null,
                }))
                .Concat(db.Set<LampiranSkp>().AsNoTracking().Where(l => l.SkpId == skpId).Select(l => new BarisTampilan
                {
                    Bagian = (int)Bagian.Lampiran, Id = l.Id, Id2 = (Guid?)null, Angka = (int)l.Jenis, Angka2 = l.Urutan, Teks = l.Teks, Teks2 = (string?)null,
                    Teks3 = (string?)null, Teks4 = (string?)null, Waktu = (DateTime?)null, Waktu2 = (DateTime?)null,
                }))
                .Concat(db.Skp.AsNoTracking().Where(v => v.PegawaiId == pegawaiId && v.PeriodeAwal == awal && v.PeriodeAkhir == akhir)
                    .Select(v => new BarisTampilan
                    {
                        Bagian = (int)Bagian.Versi, Id = v.Id, Id2 = (Guid?)null, Angka = v.Revisi, Angka2 = (int)v.Status, Teks = (string?)null, Teks2 = (string?)null,
                        Teks3 = (string?)null, Teks4 = (string?)null, Waktu = v.DibuatPada, Waktu2 = v.DisetujuiPada,
                    }))
                .Concat(db.SasaranOrganisasi.AsNoTracking().Where(x => sasaranIds.Contains(x.Id)).Select(x => new BarisTampilan
                {
                    Bagian = (int)Bagian.Sasaran, Id = x.Id, Id2 = (Guid?)null, Angka = 0, Angka2 = 0, Teks = x.Teks, Teks2 = (string?)null,
                    Teks3 = (string?)null, Teks4 = (string?)null, Waktu = (DateTime?)null, Waktu2 = (DateTime?)null,
                }))
                .Concat(db.Rhk.AsNoTracking().Where(r => atasanIds.Contains(r.Id)).Join(db.Skp.AsNoTracking(), r => r.SkpId, a => a.Id, (r, a) => new BarisTampilan
                {
                    Bagian = (int)Bagian.RhkAtasan, Id = r.Id, Id2 = a.PegawaiId, Angka = a.Tahun, Angka2 = (int)a.Status, Teks = r.Teks,
                    Teks2 = (string?)null, Teks3 = (string?)null, Teks4 = (string?)null, Waktu = (DateTime?)null, Waktu2 = (DateTime?)null,
                })));

    private async Task MuatTampilanAsync(CancellationToken ct)
    {
        var s = Skp;
        var sasaranIds = s.Rhk.Where(r => r.SasaranOrganisasiId is not null).Select(r => r.SasaranOrganisasiId!.Value).Distinct().ToList();
        var atasanIds = s.Rhk.Where(r => r.RhkAtasanId is not null).Select(r => r.RhkAtasanId!.Value).Distinct().ToList();
        List<Guid>? bukanPenilai = null;
        await foreach (var b in Tampilan(Db, s.Id, s.PegawaiId, s.PeriodeAwal, s.PeriodeAkhir, sasaranIds, atasanIds).WithCancellation(ct))
        {
            switch ((Bagian)b.Bagian)
            {
                case Bagian.Pegawai:
                    PegawaiNama = Domain.Kepegawaian.Pegawai.NamaDenganGelar(b.Teks3, b.Teks!, b.Teks4);
                    PegawaiNip = b.Teks2!;
                    break;
                case Bagian.Perilaku when b.Teks is { } teks:
                    Ekspektasi[(AspekPerilaku)b.Angka] = teks;
                    break;
                case Bagian.Lampiran:
                    Lampiran.Add(new ButirLampiran((JenisLampiran)b.Angka, b.Angka2, b.Teks!));
                    break;
                case Bagian.Versi:
                    DaftarVersi.Add(new Versi(b.Id, b.Angka, (StatusSkp)b.Angka2, b.Waktu!.Value, b.Waktu2));
                    break;
                case Bagian.Sasaran:
                    Sasaran[b.Id] = b.Teks!;
                    break;
                case Bagian.RhkAtasan when b.Id2 == s.PejabatPenilaiId:
                    RhkAtasan[b.Id] = Shared.RhkAtasan.Buat(b.Id, b.Teks!, b.Id2!.Value, b.Angka, (StatusSkp)b.Angka2, false, s.PejabatPenilaiId, s.Tahun);
                    break;
                case Bagian.RhkAtasan:
                    (bukanPenilai ??= []).Add(b.Id);
                    break;
            }
        }
        if (bukanPenilai is not null)
        {
            // Linked to someone other than the penilai: counts only for a ketua of the pegawai's tim kerja (the matriks).
            foreach (var (id, info) in await Shared.RhkAtasan.InfoAsync(Db, bukanPenilai, s.PejabatPenilaiId, s.Tahun, ct, s.PegawaiId))
            {
                RhkAtasan[id] = info;
            }
        }
        DaftarVersi.Sort((a, b) => a.Revisi.CompareTo(b.Revisi));
    }
}
