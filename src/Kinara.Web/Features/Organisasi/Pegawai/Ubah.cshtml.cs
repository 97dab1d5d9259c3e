using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.PegawaiPages;

[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class UbahModel(KinaraDbContext db, TimeProvider clock) : PegawaiFormModel(db)
{
    public Domain.Kepegawaian.Pegawai Pegawai { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        IsiDariPegawai();
        await IsiPilihanAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        await IsiPilihanAsync(ct);
        PeriksaBentuk();
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        Db.Entry(Pegawai).Property(p => p.Versi).OriginalValue = Input.Versi;
        if ((await TerapkanAsync(Pegawai, ct) ?? await SimpanAsync(Pegawai, ct)) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Perubahan data {Pegawai.NamaLengkap} berhasil disimpan.";
        return Redirect($"/organisasi/pegawai/{id}");
    }

    /// <summary>Deactivates (e.g. pensiun, pindah) or re-activates a pegawai.</summary>
    public async Task<IActionResult> OnPostStatusAsync(Guid id, bool aktif, int versi, CancellationToken ct)
    {
        ModelState.Clear(); // the edit form's fields are not part of this post
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        IsiDariPegawai();
        await IsiPilihanAsync(ct);
        if (!aktif)
        {
            var hariIni = clock.HariIni();
            var plt = await (from t in Db.PenugasanPlt.AsNoTracking()
                             where t.PegawaiId == id && (t.Selesai == null || t.Selesai >= hariIni)
                             join j in Db.Jabatan.AsNoTracking() on t.JabatanId equals j.Id
                             select new { t.Jenis, j.Nama }).FirstOrDefaultAsync(ct);
            if (plt is not null)
            {
                ModelState.AddModelError("", $"{Pegawai.NamaLengkap} masih menjadi {plt.Jenis} {plt.Nama}. Akhiri penugasan itu lebih dulu di menu Plt/Plh.");
                return FormInvalid(StatusCodes.Status422UnprocessableEntity);
            }
        }
        else if (Pegawai.JabatanId is { } jabatanId
                 && await Db.Jabatan.AsNoTracking().Where(j => j.Id == jabatanId).Select(j => j.Jenis).FirstOrDefaultAsync(ct)
                     is Domain.Organisasi.JenisJabatan.Jpt or Domain.Organisasi.JenisJabatan.Administrator or Domain.Organisasi.JenisJabatan.Pengawas
                 && await PemegangLainAsync(jabatanId, id, ct) is { } lain)
        {
            ModelState.AddModelError("", $"{Pegawai.NamaLengkap} tidak dapat diaktifkan dengan jabatannya yang lama karena jabatan struktural itu sekarang dipegang oleh {lain}. Ubah jabatannya lebih dulu.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        Db.Entry(Pegawai).Property(p => p.Versi).OriginalValue = versi;
        Pegawai.Aktif = aktif;
        if (await SimpanAsync(Pegawai, ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = aktif ? $"{Pegawai.NamaLengkap} diaktifkan kembali." : $"{Pegawai.NamaLengkap} dinonaktifkan.";
        return Redirect($"/organisasi/pegawai/{id}");
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        // Another instansi's pegawai is invisible through the tenant filter: 404.
        var pegawai = await Db.Pegawai.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pegawai is null)
        {
            return false;
        }
        Pegawai = pegawai;
        return true;
    }

    private void IsiDariPegawai() => Input = new PegawaiInput
    {
        Nip = Pegawai.Nip, Nama = Pegawai.Nama, GelarDepan = Pegawai.GelarDepan, GelarBelakang = Pegawai.GelarBelakang,
        Jenis = Pegawai.Jenis, Golongan = Pegawai.Golongan, JabatanId = Pegawai.JabatanId, UnitId = Pegawai.UnitId,
        Email = Pegawai.Email, NomorHp = Pegawai.NomorHp, Versi = Pegawai.Versi,
    };
}
