using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Organisasi.JabatanPages;

[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class BaruModel(KinaraDbContext db) : JabatanFormModel(db)
{
    public async Task OnGetAsync(Guid? unit, Guid? atasan, CancellationToken ct)
    {
        Input.UnitId = unit;
        Input.AtasanJabatanId = atasan;
        await IsiPilihanAsync(null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await IsiPilihanAsync(null, ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        var jabatan = new Domain.Organisasi.Jabatan();
        Db.Jabatan.Add(jabatan);
        if ((await TerapkanAsync(jabatan, ct) ?? await SimpanAsync(jabatan, ct)) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Jabatan \"{jabatan.Nama}\" berhasil ditambahkan.";
        return Redirect("/organisasi/jabatan?q=" + Uri.EscapeDataString(jabatan.Kode));
    }
}
