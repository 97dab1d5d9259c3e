using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Organisasi.Unit;

[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class BaruModel(KinaraDbContext db) : UnitFormModel(db)
{
    public async Task OnGetAsync(Guid? induk, CancellationToken ct)
    {
        Input.IndukId = induk;
        await IsiPilihanAsync(null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await IsiPilihanAsync(null, ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        var unit = new UnitOrganisasi();
        Db.Unit.Add(unit);
        if ((await TerapkanAsync(unit, ct) ?? await SimpanAsync(unit, ct)) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Unit \"{unit.Nama}\" berhasil ditambahkan.";
        return Redirect("/organisasi/unit?q=" + Uri.EscapeDataString(unit.Kode));
    }
}
