using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.InstansiPages;

[Authorize(Policy = Kebijakan.KelolaInstansi)]
public sealed class BaruModel(KinaraDbContext db) : InstansiFormModel(db)
{
    public void OnGet() => Input.Jenis = Domain.Organisasi.JenisPemda.Kabupaten;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        var kode = Input.Kode.Trim().ToLowerInvariant();
        if (await PemakaiKodeAsync(kode, Guid.Empty, ct) is { } lain)
        {
            return KodeDipakai(kode, lain);
        }
        // The audit recorder files this insert under the new Instansi's own chain.
        var instansi = new Domain.Organisasi.Instansi { Kode = kode, Aktif = true };
        Terapkan(instansi);
        Db.Instansi.Add(instansi);
        if (await SimpanAsync(instansi, ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Instansi \"{instansi.Nama}\" berhasil ditambahkan. Buat akun admin kepegawaiannya agar instansi ini dapat mulai mengisi data.";
        return Redirect("/instansi?q=" + Uri.EscapeDataString(instansi.Kode));
    }
}
