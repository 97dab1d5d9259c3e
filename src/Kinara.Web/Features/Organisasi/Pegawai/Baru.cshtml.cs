using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kinara.Web.Features.Organisasi.PegawaiPages;

[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class BaruModel(KinaraDbContext db) : PegawaiFormModel(db)
{
    public async Task OnGetAsync(Guid? unit, Guid? jabatan, CancellationToken ct)
    {
        Input.Jenis = Domain.Kepegawaian.JenisPegawai.Pns;
        Input.UnitId = unit;
        Input.JabatanId = jabatan;
        await IsiPilihanAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await IsiPilihanAsync(ct);
        PeriksaBentuk();
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        var pegawai = new Domain.Kepegawaian.Pegawai();
        Db.Pegawai.Add(pegawai);
        if ((await TerapkanAsync(pegawai, ct) ?? await SimpanAsync(pegawai, ct)) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = $"Pegawai {pegawai.NamaLengkap} berhasil ditambahkan.";
        return Redirect($"/organisasi/pegawai/{pegawai.Id}");
    }
}
