using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Pustaka;

[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class UbahModel(KinaraDbContext db) : TemplateFormModel(db)
{
    public TemplateRhk Template { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        IsiDariTemplate();
        await IsiSaranAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        await IsiSaranAsync(ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        Db.Entry(Template).Property(t => t.Versi).OriginalValue = Input.Versi;
        if (!Terapkan(Template))
        {
            return FormInvalid();
        }
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Perubahan template \"{Template.Teks}\" berhasil disimpan.";
        return Redirect($"/perencanaan/pustaka?kelompok={Uri.EscapeDataString(Template.Kelompok)}#t-{Template.Id}");
    }

    /// <summary>Deactivates (hidden from pegawai, SKP already made from it keep their copy) or re-activates.</summary>
    public async Task<IActionResult> OnPostStatusAsync(Guid id, bool aktif, int versi, CancellationToken ct)
    {
        ModelState.Clear(); // the edit form's fields are not part of this post
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        IsiDariTemplate();
        await IsiSaranAsync(ct);
        Db.Entry(Template).Property(t => t.Versi).OriginalValue = versi;
        Template.Aktif = aktif;
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = aktif ? $"Template \"{Template.Teks}\" diaktifkan kembali." : $"Template \"{Template.Teks}\" dinonaktifkan; pegawai tidak lagi melihatnya.";
        return Redirect($"/perencanaan/pustaka/{id}/ubah");
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        // Another instansi's template is invisible through the tenant filter: 404.
        var t = await Db.TemplateRhk.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null)
        {
            return false;
        }
        Template = t;
        return true;
    }

    private void IsiDariTemplate()
    {
        Input = new TemplateInput
        {
            Kelompok = Template.Kelompok, KataKunciJabatan = Template.KataKunciJabatan, Jenis = Template.Jenis, Teks = Template.Teks, Versi = Template.Versi,
            Indikator = Template.Indikator.Select(i => new IndikatorTemplateInput
            {
                Aspek = i.Aspek, Teks = i.Teks, Target = Angka.Tampil(i.Target), Satuan = i.Satuan, TargetTeks = i.TargetTeks,
            }).ToList(),
        };
        TambahBarisKosong();
    }
}
