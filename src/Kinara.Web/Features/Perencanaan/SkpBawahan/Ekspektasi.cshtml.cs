using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpBawahan;

/// <summary>The pejabat penilai's ekspektasi khusus per BerAKHLAK aspect (DOMAIN.md §1.4); allowed until approval.</summary>
public sealed class EkspektasiModel(KinaraDbContext db) : SkpPageModel(db)
{
    /// <summary>One text per aspect, in the order of <see cref="BerAkhlak.Semua"/>.</summary>
    [BindProperty] public List<string?> Ekspektasi { get; set; } = [];
    [BindProperty] public int Versi { get; set; }
    public string PegawaiNama { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await MuatAsync(id, lacak: false, ct) ?? BukanPenilai()) is { } tolak)
        {
            return tolak;
        }
        Ekspektasi = BerAkhlak.Semua.Select(n => Skp.Perilaku.FirstOrDefault(p => p.Aspek == n.Aspek)?.EkspektasiKhusus).ToList();
        Versi = Skp.Versi;
        await NamaAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if ((await MuatAsync(id, lacak: true, ct) ?? BukanPenilai()) is { } tolak)
        {
            return tolak;
        }
        await NamaAsync(ct);
        while (Ekspektasi.Count < BerAkhlak.Semua.Count)
        {
            Ekspektasi.Add(null);
        }
        for (var i = 0; i < BerAkhlak.Semua.Count; i++)
        {
            if (Ekspektasi[i]?.Trim().Length > 2000)
            {
                ModelState.AddModelError($"Ekspektasi[{i}]", $"Ekspektasi {BerAkhlak.Semua[i].Nama} paling panjang 2.000 karakter.");
            }
        }
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        Sentuh(Skp, Versi);
        try
        {
            for (var i = 0; i < BerAkhlak.Semua.Count; i++)
            {
                Skp.SetEkspektasiKhusus(BerAkhlak.Semua[i].Aspek, Ekspektasi[i]);
            }
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex);
        }
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = "Ekspektasi khusus pimpinan tersimpan.";
        return Redirect($"/perencanaan/skp/{id}#perilaku-kerja");
    }

    private IActionResult? BukanPenilai() => Akses.Penilai ? null
        : Tolak("Hanya pejabat penilai yang dapat mengisi ekspektasi khusus pimpinan.", StatusCodes.Status403Forbidden);

    private async Task NamaAsync(CancellationToken ct) =>
        PegawaiNama = await Db.Pegawai.AsNoTracking().Where(p => p.Id == Skp.PegawaiId).Select(p => p.Nama).FirstAsync(ct);
}
