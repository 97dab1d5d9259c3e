using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.Unit;

[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class UbahModel(KinaraDbContext db) : UnitFormModel(db)
{
    public UnitOrganisasi Unit { get; private set; } = null!;
    public int AnakAktif { get; private set; }
    public int PegawaiAktif { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        IsiDariUnit();
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
        Db.Entry(Unit).Property(u => u.Versi).OriginalValue = Input.Versi;
        if ((await TerapkanAsync(Unit, ct) ?? await SimpanAsync(Unit, ct)) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Perubahan unit \"{Unit.Nama}\" berhasil disimpan.";
        return Redirect($"/organisasi/unit/{id}/ubah");
    }

    /// <summary>Deactivates or re-activates the unit. A unit that still holds active units or pegawai cannot be deactivated.</summary>
    public async Task<IActionResult> OnPostStatusAsync(Guid id, bool aktif, int versi, CancellationToken ct)
    {
        ModelState.Clear(); // the edit form's fields are not part of this post
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }
        IsiDariUnit();
        await IsiPilihanAsync(id, ct);
        if (!aktif && (AnakAktif > 0 || PegawaiAktif > 0))
        {
            var sisa = string.Join(" dan ", new[] { AnakAktif > 0 ? $"{AnakAktif} unit bawahan aktif" : null, PegawaiAktif > 0 ? $"{PegawaiAktif} pegawai aktif" : null }.OfType<string>());
            ModelState.AddModelError("", $"Unit \"{Unit.Nama}\" tidak dapat dinonaktifkan karena masih memiliki {sisa}. Pindahkan atau nonaktifkan lebih dulu.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        if (aktif && Unit.IndukId is { } indukId && !await Db.Unit.AnyAsync(u => u.Id == indukId && u.Aktif, ct))
        {
            ModelState.AddModelError("", $"Unit \"{Unit.Nama}\" tidak dapat diaktifkan karena unit induknya nonaktif. Aktifkan unit induknya lebih dulu atau pindahkan unit ini.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        Db.Entry(Unit).Property(u => u.Versi).OriginalValue = versi;
        Unit.Aktif = aktif;
        if (await SimpanAsync(Unit, ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = aktif ? $"Unit \"{Unit.Nama}\" diaktifkan kembali." : $"Unit \"{Unit.Nama}\" dinonaktifkan.";
        return Redirect($"/organisasi/unit/{id}/ubah");
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        // The tenant query filter makes another instansi's unit invisible: that is a 404, never a 403.
        var unit = await Db.Unit.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return false;
        }
        Unit = unit;
        AnakAktif = await Db.Unit.CountAsync(u => u.IndukId == id && u.Aktif, ct);
        PegawaiAktif = await Db.Pegawai.CountAsync(p => p.UnitId == id && p.Aktif, ct);
        return true;
    }

    private void IsiDariUnit() =>
        Input = new UnitInput { Kode = Unit.Kode, Nama = Unit.Nama, Jenis = Unit.Jenis, IndukId = Unit.IndukId, Versi = Unit.Versi };
}
