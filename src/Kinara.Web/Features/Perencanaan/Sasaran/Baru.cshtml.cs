using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Sasaran;

[Authorize(Roles = AksesPerencanaan.KelolaSasaran)]
public sealed class BaruModel(KinaraDbContext db, TimeProvider clock) : SasaranFormModel(db)
{
    /// <summary>Opened from "Tambah sasaran di bawahnya": the level below the induk and the induk's perangkat daerah are filled in.</summary>
    public async Task<IActionResult> OnGetAsync(int? tahun, Guid? induk, Guid? unit, CancellationToken ct)
    {
        Tahun = TahunKinerja.Pilih(tahun, clock);
        Input.UnitId = unit;
        Input.Tingkat = unit is null ? TingkatSasaran.TujuanRpjmd : TingkatSasaran.SasaranRenstra;
        if (induk is { } indukId)
        {
            var s = await Db.SasaranOrganisasi.AsNoTracking().FirstOrDefaultAsync(x => x.Id == indukId, ct);
            if (s is null)
            {
                return NotFound();
            }
            Input.IndukId = s.Id;
            Input.Tingkat = s.Tingkat + 1 <= TingkatSasaran.SasaranPk ? s.Tingkat + 1 : s.Tingkat;
            Input.UnitId = Input.Tingkat.Value.TingkatPemda() ? null : s.UnitId ?? unit;
        }
        TambahBarisKosong();
        await IsiPilihanAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int tahun, CancellationToken ct)
    {
        Tahun = TahunKinerja.Pilih(tahun, clock);
        await IsiPilihanAsync(null, ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        var (gagal, sasaran) = await TerapkanAsync(null, ct);
        if (gagal is not null)
        {
            return gagal;
        }
        if (await SimpanAsync(ct) is { } stale)
        {
            return stale;
        }
        PesanSukses = $"{sasaran!.Tingkat.Teks()} \"{sasaran.Teks}\" berhasil ditambahkan.";
        return Redirect(KembaliKe(sasaran));
    }
}
