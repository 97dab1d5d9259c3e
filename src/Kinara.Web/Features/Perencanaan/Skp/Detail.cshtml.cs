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
/// The most opened page of the planning stage, so it reads in three queries: the SKP with its RHK and indicators; what
/// is only shown (pegawai, ekspektasi, lampiran, versions, sasaran) in one UNION ALL; the linked atasan RHK. The tenant's
/// review switch comes from <see cref="PengaturanInstansiCache"/>.
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
        if (await MuatAsync(Db.Skp.AsNoTracking().Include(s => s.Rhk).ThenInclude(r => r.Indikator), id, ct) is { } tolak)
        {
            return tolak;
        }
        await MuatTampilanAsync(ct);
        RhkAtasan = await Shared.RhkAtasan.InfoAsync(Db, Skp.Rhk.Where(r => r.RhkAtasanId is not null).Select(r => r.RhkAtasanId!.Value),
            Skp.PejabatPenilaiId, Skp.Tahun, ct, Skp.PegawaiId);
        if (Akses.BolehUbah(Skp))
        {
            Kekurangan = Skp.PeriksaPengajuan();
        }
        ReviuAktif = (await pengaturan.AmbilAsync(Db, InstansiId, ct)).ReviuPengelolaKinerja;
        return Page();
    }

    private enum Bagian { Pegawai, Perilaku, Lampiran, Versi, Sasaran }

    /// <summary>The display-only parts in one round trip: a UNION ALL of small row sets in one shape, sorted out here.</summary>
    private async Task MuatTampilanAsync(CancellationToken ct)
    {
        var s = Skp;
        var pegawai = Db.Pegawai.AsNoTracking().Where(p => p.Id == s.PegawaiId).Select(p => new
        {
            Bagian = (int)Bagian.Pegawai, Id = p.Id, Angka = 0, Angka2 = 0, Teks = (string?)p.Nama, Teks2 = (string?)p.Nip,
            Teks3 = p.GelarDepan, Teks4 = p.GelarBelakang, Waktu = (DateTime?)null, Waktu2 = (DateTime?)null,
        });
        var perilaku = Db.Set<PerilakuKerja>().AsNoTracking().Where(p => p.SkpId == s.Id).Select(p => new
        {
            Bagian = (int)Bagian.Perilaku, Id = p.Id, Angka = (int)p.Aspek, Angka2 = 0, Teks = p.EkspektasiKhusus, Teks2 = (string?)null,
            Teks3 = (string?)null, Teks4 = (string?)null, Waktu = (DateTime?)null, Waktu2 = (DateTime?)null,
        });
        var lampiran = Db.Set<LampiranSkp>().AsNoTracking().Where(l => l.SkpId == s.Id).Select(l => new
        {
            Bagian = (int)Bagian.Lampiran, Id = l.Id, Angka = (int)l.Jenis, Angka2 = l.Urutan, Teks = (string?)l.Teks, Teks2 = (string?)null,
            Teks3 = (string?)null, Teks4 = (string?)null, Waktu = (DateTime?)null, Waktu2 = (DateTime?)null,
        });
        var versi = Db.Skp.AsNoTracking()
            .Where(v => v.PegawaiId == s.PegawaiId && v.PeriodeAwal == s.PeriodeAwal && v.PeriodeAkhir == s.PeriodeAkhir)
            .Select(v => new
            {
                Bagian = (int)Bagian.Versi, Id = v.Id, Angka = v.Revisi, Angka2 = (int)v.Status, Teks = (string?)null, Teks2 = (string?)null,
                Teks3 = (string?)null, Teks4 = (string?)null, Waktu = (DateTime?)v.DibuatPada, Waktu2 = v.DisetujuiPada,
            });
        var query = pegawai.Concat(perilaku).Concat(lampiran).Concat(versi);
        var sasaranIds = s.Rhk.Where(r => r.SasaranOrganisasiId is not null).Select(r => r.SasaranOrganisasiId!.Value).Distinct().ToList();
        if (sasaranIds.Count > 0)
        {
            query = query.Concat(Db.SasaranOrganisasi.AsNoTracking().Where(x => sasaranIds.Contains(x.Id)).Select(x => new
            {
                Bagian = (int)Bagian.Sasaran, Id = x.Id, Angka = 0, Angka2 = 0, Teks = (string?)x.Teks, Teks2 = (string?)null,
                Teks3 = (string?)null, Teks4 = (string?)null, Waktu = (DateTime?)null, Waktu2 = (DateTime?)null,
            }));
        }

        foreach (var b in await query.ToListAsync(ct))
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
            }
        }
        DaftarVersi.Sort((a, b) => a.Revisi.CompareTo(b.Revisi));
    }
}
