using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Beranda;

/// <summary>The home page: what this person needs to see first, by role.</summary>
public sealed class IndexModel(Data.KinaraDbContext db, PosisiService posisi) : KinaraPageModel
{
    public record Profil(string Nip, string Nama, string Jenis, string? Golongan, string? Jabatan, string? Unit);
    public record Ringkasan(int PegawaiAktif, int Unit, int Jabatan, int TanpaJabatan, int TanpaAkun, int StrukturalKosong, string? InstansiNama);

    public Profil? Saya { get; private set; }
    public PenilaiInfo? Penilai { get; private set; }
    public List<BawahanInfo> Bawahan { get; private set; } = [];
    public Ringkasan? Organisasi { get; private set; }
    public bool TampilkanRingkasan { get; private set; }
    /// <summary>The pegawai holds a post with no atasan post above it (e.g. the Sekda): rated by the kepala daerah.</summary>
    public bool PuncakStruktur { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (PegawaiId is { } pid)
        {
            Saya = await (from p in db.Pegawai.AsNoTracking()
                          where p.Id == pid
                          join j in db.Jabatan on p.JabatanId equals j.Id into js
                          from j in js.DefaultIfEmpty()
                          join u in db.Unit on p.UnitId equals u.Id into us
                          from u in us.DefaultIfEmpty()
                          select new Profil(p.Nip, Kinara.Domain.Kepegawaian.Pegawai.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang),
                              p.Jenis.ToString(), p.Golongan, j != null ? j.Nama : null, u != null ? u.Nama : null))
                .FirstOrDefaultAsync(ct);
            Penilai = await posisi.PejabatPenilaiAsync(pid, ct);
            PuncakStruktur = Penilai is null && await db.Pegawai.AnyAsync(p => p.Id == pid
                && db.Jabatan.Any(j => j.Id == p.JabatanId && j.AtasanJabatanId == null), ct);
            Bawahan = await posisi.BawahanAsync(pid, ct);
        }
        TampilkanRingkasan = User.IsInRole(Peran.AdminKepegawaian) || User.IsInRole(Peran.SuperAdmin)
                             || User.IsInRole(Peran.Pimpinan) || User.IsInRole(Peran.Auditor);
        if (TampilkanRingkasan)
        {
            var instansiId = InstansiId;
            var struktural = db.Jabatan.Where(j => j.Aktif && (j.Jenis == Domain.Organisasi.JenisJabatan.Jpt
                || j.Jenis == Domain.Organisasi.JenisJabatan.Administrator || j.Jenis == Domain.Organisasi.JenisJabatan.Pengawas));
            Organisasi = new Ringkasan(
                await db.Pegawai.CountAsync(p => p.Aktif, ct),
                await db.Unit.CountAsync(u => u.Aktif, ct),
                await db.Jabatan.CountAsync(j => j.Aktif, ct),
                await db.Pegawai.CountAsync(p => p.Aktif && p.JabatanId == null, ct),
                await db.Pegawai.CountAsync(p => p.Aktif && !db.Users.Any(u => u.PegawaiId == p.Id), ct),
                await struktural.CountAsync(j => !db.Pegawai.Any(p => p.Aktif && p.JabatanId == j.Id)
                                                 && !db.PenugasanPlt.Any(t => t.JabatanId == j.Id && t.Selesai == null), ct),
                await db.Instansi.Where(i => i.Id == instansiId).Select(i => i.Nama).FirstOrDefaultAsync(ct));
        }
    }
}
