using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TimKerjaEntitas = Kinara.Domain.Perencanaan.TimKerja;

namespace Kinara.Web.Features.Perencanaan.TimPages;

/// <summary>One tim kerja, read-only: its ketua and members across units. Who may see it: <see cref="AksesTim"/>.</summary>
[SatuKoneksi]
public sealed class DetailModel(KinaraDbContext db) : KinaraPageModel
{
    public TimKerjaEntitas? Tim { get; private set; }
    public Dictionary<Guid, PegawaiRingkas> Orang { get; private set; } = [];
    public bool BolehUbah { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var tim = await db.TimKerja.AsNoTracking().Include(t => t.Anggota).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tim is null)
        {
            return NotFound();
        }
        if (!User.BolehLihat(PegawaiId, tim))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Tim = tim;
        BolehUbah = User.BolehUbah(PegawaiId, tim);
        Orang = await CariPegawai.MuatAsync(db, tim.Anggota.Select(a => a.PegawaiId).Append(tim.PembentukPegawaiId), ct);
        return Page();
    }

    public IEnumerable<AnggotaTim> AnggotaUrut => Tim is null ? [] : Tim.Anggota
        .OrderBy(a => a.Peran).ThenBy(a => Orang.GetValueOrDefault(a.PegawaiId)?.Nama, StringComparer.CurrentCulture);
}
