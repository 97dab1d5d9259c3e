using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Perencanaan.Pustaka;

[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class BaruModel(KinaraDbContext db) : TemplateFormModel(db)
{
    public async Task OnGetAsync(string? kelompok, CancellationToken ct)
    {
        Input.Kelompok = kelompok ?? "";
        TambahBarisKosong();
        await IsiSaranAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await IsiSaranAsync(ct);
        var template = new TemplateRhk { InstansiId = InstansiId };
        if (!ModelState.IsValid || !Terapkan(template))
        {
            return FormInvalid();
        }
        Db.TemplateRhk.Add(template);
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Template \"{template.Teks}\" ditambahkan ke kelompok {template.Kelompok}.";
        return Redirect($"/perencanaan/pustaka?kelompok={Uri.EscapeDataString(template.Kelompok)}#t-{template.Id}");
    }
}
