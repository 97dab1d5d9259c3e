using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Perencanaan.Sasaran;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.TimPages;

/// <summary>
/// The tim kerja of a year. Admins, pimpinan and auditors see every team of the instansi; a pegawai sees the teams they
/// formed, lead or belong to (rules in <see cref="AksesTim"/>). Two queries: the teams with members, then the people.
/// </summary>
[SatuKoneksi]
public sealed class IndexModel(KinaraDbContext db, PosisiService posisi, TimeProvider clock) : KinaraPageModel
{
    public sealed record Baris(Guid Id, string Nama, bool Aktif, PegawaiRingkas? Ketua, PegawaiRingkas? Pembentuk, int JumlahAnggota,
        IReadOnlyList<string> Unit, bool BolehUbah, PeranTim? PeranSaya);

    [BindProperty(SupportsGet = true)] public int? Tahun { get; set; }

    public int TahunDipilih { get; private set; }
    public IReadOnlyList<int> PilihanTahun { get; private set; } = [];
    public bool LihatSemua { get; private set; }
    public bool BolehBentuk { get; private set; }
    public List<Baris> Daftar { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        TahunDipilih = TahunKinerja.Pilih(Tahun, clock);
        PilihanTahun = TahunKinerja.Pilihan(clock, TahunDipilih);
        LihatSemua = User.LihatSemua();
        BolehBentuk = await User.BolehBentukAsync(PegawaiId, posisi, ct);
        var saya = PegawaiId;
        var tahun = TahunDipilih;
        var query = db.TimKerja.AsNoTracking().Include(t => t.Anggota).Where(t => t.Tahun == tahun);
        if (!LihatSemua)
        {
            query = saya is { } s
                ? query.Where(t => t.PembentukPegawaiId == s || t.Anggota.Any(a => a.PegawaiId == s))
                : query.Where(_ => false);
        }
        var tim = await query.ToListAsync(ct);
        var orang = await CariPegawai.MuatAsync(db, tim.SelectMany(t => t.Anggota.Select(a => a.PegawaiId).Append(t.PembentukPegawaiId)), ct);
        Daftar = tim.Select(t => new Baris(t.Id, t.Nama, t.Aktif,
                t.KetuaId() is { } k ? orang.GetValueOrDefault(k) : null, orang.GetValueOrDefault(t.PembentukPegawaiId), t.Anggota.Count,
                t.Anggota.Select(a => orang.GetValueOrDefault(a.PegawaiId)?.Unit).OfType<string>().Distinct().Order(StringComparer.CurrentCulture).ToList(),
                User.BolehUbah(saya, t), t.Anggota.FirstOrDefault(a => a.PegawaiId == saya)?.Peran))
            .OrderByDescending(b => b.Aktif).ThenBy(b => b.Nama, StringComparer.CurrentCulture).ToList();
    }
}
