using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.JabatanPages;

[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class UbahModel(KinaraDbContext db, TimeProvider clock) : JabatanFormModel(db)
{
    public sealed record Pemegang(Guid Id, string Nip, string Nama);
    public sealed record Penugasan(Guid Id, JenisPenugasan Jenis, string Nama, DateOnly Mulai, DateOnly? Selesai);

    public Domain.Organisasi.Jabatan Jabatan { get; private set; } = null!;
    public List<Pemegang> DaftarPemegang { get; private set; } = [];
    public List<Penugasan> PltAktif { get; private set; } = [];
    public int BawahanAktif { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        IsiDariJabatan();
        await IsiPilihanAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        await IsiPilihanAsync(id, ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        Db.Entry(Jabatan).Property(j => j.Versi).OriginalValue = Input.Versi;
        if ((await TerapkanAsync(Jabatan, ct) ?? await SimpanAsync(Jabatan, ct)) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Perubahan jabatan \"{Jabatan.Nama}\" berhasil disimpan.";
        return Redirect($"/organisasi/jabatan/{id}/ubah");
    }

    /// <summary>Deactivates or re-activates. A post that is held, acted for, or still atasan of active posts cannot be deactivated.</summary>
    public async Task<IActionResult> OnPostStatusAsync(Guid id, bool aktif, int versi, CancellationToken ct)
    {
        ModelState.Clear(); // the edit form's fields are not part of this post
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        IsiDariJabatan();
        await IsiPilihanAsync(id, ct);
        if (!aktif)
        {
            var sisa = new[]
            {
                DaftarPemegang.Count > 0 ? $"dipegang {DaftarPemegang.Count} pegawai aktif" : null,
                PltAktif.Count > 0 ? "memiliki Plt/Plh yang masih berlaku" : null,
                BawahanAktif > 0 ? $"menjadi atasan {BawahanAktif} jabatan aktif" : null,
            }.OfType<string>().ToList();
            if (sisa.Count > 0)
            {
                ModelState.AddModelError("", $"Jabatan \"{Jabatan.Nama}\" tidak dapat dinonaktifkan karena masih {string.Join(", ", sisa)}. Pindahkan pegawai, akhiri penugasan, atau ubah atasan jabatan bawahannya lebih dulu.");
                return FormInvalid(StatusCodes.Status422UnprocessableEntity);
            }
        }
        Db.Entry(Jabatan).Property(j => j.Versi).OriginalValue = versi;
        Jabatan.Aktif = aktif;
        if (await SimpanAsync(Jabatan, ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = aktif ? $"Jabatan \"{Jabatan.Nama}\" diaktifkan kembali." : $"Jabatan \"{Jabatan.Nama}\" dinonaktifkan.";
        return Redirect($"/organisasi/jabatan/{id}/ubah");
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        // Another instansi's jabatan is invisible through the tenant filter: 404.
        var jabatan = await Db.Jabatan.FirstOrDefaultAsync(j => j.Id == id, ct);
        if (jabatan is null)
        {
            return false;
        }
        Jabatan = jabatan;
        DaftarPemegang = (await Db.Pegawai.AsNoTracking().Where(p => p.JabatanId == id && p.Aktif).OrderBy(p => p.Nama)
                .Select(p => new { p.Id, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang }).Take(50).ToListAsync(ct))
            .Select(p => new Pemegang(p.Id, p.Nip, Domain.Kepegawaian.Pegawai.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang))).ToList();
        var hariIni = clock.HariIni();
        PltAktif = (await (from t in Db.PenugasanPlt.AsNoTracking()
                           where t.JabatanId == id && (t.Selesai == null || t.Selesai >= hariIni)
                           join p in Db.Pegawai.AsNoTracking() on t.PegawaiId equals p.Id
                           orderby t.Mulai
                           select new { t.Id, t.Jenis, p.GelarDepan, p.Nama, p.GelarBelakang, t.Mulai, t.Selesai }).ToListAsync(ct))
            .Select(t => new Penugasan(t.Id, t.Jenis, Domain.Kepegawaian.Pegawai.NamaDenganGelar(t.GelarDepan, t.Nama, t.GelarBelakang), t.Mulai, t.Selesai)).ToList();
        BawahanAktif = await Db.Jabatan.CountAsync(j => j.AtasanJabatanId == id && j.Aktif, ct);
        return true;
    }

    private void IsiDariJabatan() => Input = new JabatanInput
    {
        Kode = Jabatan.Kode, Nama = Jabatan.Nama, Jenis = Jabatan.Jenis, Jenjang = Jabatan.Jenjang, KelasJabatan = Jabatan.KelasJabatan,
        UnitId = Jabatan.UnitId, AtasanJabatanId = Jabatan.AtasanJabatanId, Versi = Jabatan.Versi,
    };
}
