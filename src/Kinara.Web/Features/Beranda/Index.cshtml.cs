using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Organisasi.Struktur;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Beranda;

/// <summary>The home page: what this person needs to see first, by role.</summary>
public sealed class IndexModel(Data.KinaraDbContext db, PosisiService posisi, TimeProvider clock) : KinaraPageModel
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
        // Everything about the structure comes from the Instansi's snapshot in memory: no query for a pegawai's home page.
        var struktur = await posisi.StrukturAsync(ct);
        if (PegawaiId is { } pid && struktur is not null)
        {
            var hariIni = clock.HariIni();
            var saya = struktur.CariPegawai(pid);
            if (saya is { } p)
            {
                Saya = new Profil(p.Nip, p.NamaLengkap, p.Jenis.ToString(), p.Golongan, struktur.NamaJabatan(p.JabatanId), struktur.NamaUnit(p.UnitId));
            }
            Penilai = PosisiService.PejabatPenilai(struktur, pid, hariIni);
            PuncakStruktur = Penilai is null && struktur.CariJabatan(saya?.JabatanId) is { AtasanId: null };
            Bawahan = PosisiService.Bawahan(struktur, pid, hariIni);
        }
        TampilkanRingkasan = User.IsInRole(Peran.AdminKepegawaian) || User.IsInRole(Peran.SuperAdmin)
                             || User.IsInRole(Peran.Pimpinan) || User.IsInRole(Peran.Auditor);
        if (TampilkanRingkasan)
        {
            var r = struktur?.Ringkasan ?? new RingkasanStruktur(0, 0, 0, 0, 0);
            // Accounts are not part of the structure snapshot: this one count stays a query.
            var tanpaAkun = await db.Pegawai.CountAsync(p => p.Aktif && !db.Users.Any(u => u.PegawaiId == p.Id), ct);
            Organisasi = new Ringkasan(r.PegawaiAktif, r.UnitAktif, r.JabatanAktif, r.PegawaiTanpaJabatan, tanpaAkun, r.StrukturalKosong,
                struktur?.Instansi?.Nama);
        }
    }
}
