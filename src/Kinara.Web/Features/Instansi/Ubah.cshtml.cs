using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Cache;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.InstansiPages;

[Authorize(Policy = Kebijakan.KelolaInstansi)]
public sealed class UbahModel(KinaraDbContext db, PengaturanInstansiCache pengaturan) : InstansiFormModel(db)
{
    public Domain.Organisasi.Instansi Instansi { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await Db.Instansi.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } instansi)
        {
            return NotFound();
        }
        Instansi = instansi;
        Input = new InstansiInput
        {
            Kode = instansi.Kode, Nama = instansi.Nama, Jenis = instansi.Jenis, Wajib2faAdmin = instansi.Wajib2faAdmin,
            ReviuPengelolaKinerja = instansi.ReviuPengelolaKinerja, Aktif = instansi.Aktif, Versi = instansi.Versi,
            KepalaDaerahJabatan = instansi.KepalaDaerahJabatan, KepalaDaerahNama = instansi.KepalaDaerahNama,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await Db.Instansi.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } instansi)
        {
            return NotFound();
        }
        Instansi = instansi;
        Input.Kode = instansi.Kode; // the kode is fixed once created; ignore whatever was posted
        ModelState.Remove("Input.Kode");
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        if (!Input.Aktif && instansi.Id == InstansiId)
        {
            ModelState.AddModelError("Input.Aktif", "Instansi tempat akun Anda sendiri terdaftar tidak dapat dinonaktifkan dari akun ini.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        Db.Entry(instansi).Property(i => i.Versi).OriginalValue = Input.Versi;
        Terapkan(instansi);
        instansi.Aktif = Input.Aktif;
        if (await SimpanAsync(instansi, ct) is { } gagal)
        {
            return gagal;
        }
        // The save already evicted it (the structure interceptor, after the commit); said here too because the 2FA duty
        // and the SKP review must apply from the admins' very next request.
        pengaturan.Lupakan(instansi.Id);
        PesanSukses = $"Perubahan instansi \"{instansi.Nama}\" berhasil disimpan.";
        return Redirect($"/instansi/{id}/ubah");
    }
}
