using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Sasaran;

[Authorize(Roles = AksesPerencanaan.KelolaSasaran)]
public sealed class UbahModel(KinaraDbContext db) : SasaranFormModel(db)
{
    public SasaranOrganisasi Sasaran { get; private set; } = null!;
    public string? UnitNama { get; private set; }
    public int JumlahAnak { get; private set; }
    public int JumlahRhk { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? tahun, CancellationToken ct)
    {
        if (!await MuatAsync(id, tahun, ct))
        {
            return NotFound();
        }
        Input = new SasaranInput
        {
            Tingkat = Sasaran.Tingkat, UnitId = Sasaran.UnitId, IndukId = Sasaran.IndukId, Teks = Sasaran.Teks, Versi = Sasaran.Versi,
            Iku = Sasaran.Iku.OrderBy(i => i.Urutan).Select(i => new IkuInput { Teks = i.Teks, Target = Pustaka.Angka.Tampil(i.Target), Satuan = i.Satuan }).ToList(),
        };
        TambahBarisKosong();
        await IsiPilihanAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int? tahun, CancellationToken ct)
    {
        if (!await MuatAsync(id, tahun, ct))
        {
            return NotFound();
        }
        await IsiPilihanAsync(id, ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        Db.Entry(Sasaran).Property(s => s.Versi).OriginalValue = Input.Versi;
        var (gagal, _) = await TerapkanAsync(Sasaran, ct);
        if (gagal is not null)
        {
            return gagal;
        }
        if (await SimpanAsync(ct) is { } stale)
        {
            return stale;
        }
        PesanSukses = $"Perubahan \"{Sasaran.Teks}\" berhasil disimpan.";
        return Redirect(KembaliKe(Sasaran));
    }

    /// <summary>Deletes a goal nothing depends on: no goal below it and no RHK pointing at it.</summary>
    public async Task<IActionResult> OnPostHapusAsync(Guid id, int? tahun, int versi, CancellationToken ct)
    {
        ModelState.Clear(); // the edit form's fields are not part of this post
        if (!await MuatAsync(id, tahun, ct))
        {
            return NotFound();
        }
        Input = new SasaranInput { Tingkat = Sasaran.Tingkat, UnitId = Sasaran.UnitId, IndukId = Sasaran.IndukId, Teks = Sasaran.Teks, Versi = Sasaran.Versi };
        Input.Iku = Sasaran.Iku.OrderBy(i => i.Urutan).Select(i => new IkuInput { Teks = i.Teks, Target = Pustaka.Angka.Tampil(i.Target), Satuan = i.Satuan }).ToList();
        TambahBarisKosong();
        await IsiPilihanAsync(id, ct);
        if (JumlahAnak > 0 || JumlahRhk > 0)
        {
            var alasan = new[]
            {
                JumlahAnak > 0 ? $"masih menjadi induk {JumlahAnak} tujuan/sasaran" : null,
                JumlahRhk > 0 ? $"menjadi acuan {JumlahRhk} RHK pimpinan" : null,
            }.OfType<string>();
            ModelState.AddModelError("", $"\"{Sasaran.Teks}\" tidak dapat dihapus karena {string.Join(" dan ", alasan)}. Pindahkan atau hapus yang bergantung padanya lebih dulu.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
        Db.Entry(Sasaran).Property(s => s.Versi).OriginalValue = versi;
        Db.SasaranOrganisasi.Remove(Sasaran);
        if (await SimpanAsync(ct) is { } stale)
        {
            return stale;
        }
        PesanSukses = $"{Sasaran.Tingkat.Teks()} \"{Sasaran.Teks}\" telah dihapus.";
        return Redirect($"/perencanaan/sasaran?tahun={Tahun}" + (Sasaran.UnitId is { } u ? $"&unit={u}" : ""));
    }

    private async Task<bool> MuatAsync(Guid id, int? tahun, CancellationToken ct)
    {
        // Another instansi's goal is invisible through the tenant filter: 404.
        var s = await Db.SasaranOrganisasi.Include(x => x.Iku).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return false;
        }
        Sasaran = s;
        // An RPJMD goal spans five years; the induk list follows the year the user was looking at.
        Tahun = s.Tingkat.TingkatPemda() && tahun is { } t && LabelSasaran.BerlakuPada(s.Tingkat, s.Tahun, t) ? t : s.Tahun;
        UnitNama = s.UnitId is { } u ? await Db.Unit.Where(x => x.Id == u).Select(x => x.Nama).FirstOrDefaultAsync(ct) : null;
        JumlahAnak = await Db.SasaranOrganisasi.CountAsync(x => x.IndukId == id, ct);
        // Every SKP version counts, also one replaced by a revision: its history must keep pointing at a real goal.
        JumlahRhk = await Db.Rhk.CountAsync(r => r.SasaranOrganisasiId == id, ct);
        return true;
    }
}
