using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>
/// "Pilih dari pustaka": RHK templates of the tenant suggested for the pegawai's jabatan, plus a search over all
/// active templates. Choosing one copies its RHK and indicators into the draft SKP (the SKP gets a copy, never a link).
/// </summary>
public sealed class PustakaModel(KinaraDbContext db) : SkpPageModel(db)
{
    private const int Batas = 30;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Cari { get; set; }
    public List<TemplateRhk> Cocok { get; private set; } = [];
    public List<TemplateRhk> HasilCari { get; private set; } = [];
    public bool PustakaKosong { get; private set; }
    public (Guid SkpId, StatusSkp Status, List<RhkAtasanPilihan> Rhk)? Atasan { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await MuatAsync(id, lacak: false, ct) ?? BukanPemilik()) is { } tolak)
        {
            return tolak;
        }
        await IsiAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid templateId, Guid? rhkAtasanId, JenisCascading? cascading, int versi, CancellationToken ct)
    {
        if ((await MuatAsync(id, lacak: true, ct) ?? BukanPemilik()) is { } tolak)
        {
            return tolak;
        }
        await IsiAsync(ct);
        var template = await Db.TemplateRhk.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId && t.Aktif, ct);
        if (template is null)
        {
            return Tolak("Contoh RHK itu tidak ditemukan atau sudah tidak aktif. Pilih contoh lain.", StatusCodes.Status404NotFound);
        }
        if (!Skp.IsJpt && rhkAtasanId is { } atasanId
            && (await RhkAtasan.InfoAsync(Db, [atasanId], Skp.PejabatPenilaiId, Skp.Tahun, ct)).GetValueOrDefault(atasanId)?.Berlaku != true)
        {
            return Tolak("RHK atasan yang dipilih tidak ada (lagi) pada SKP pejabat penilai Anda. Pilih dari daftar.", StatusCodes.Status422UnprocessableEntity);
        }
        Sentuh(Skp, versi);
        RencanaHasilKerja rhk;
        try
        {
            rhk = template.TerapkanKe(Skp, rhkAtasanId, rhkAtasanId is null ? null : cascading);
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex);
        }
        if (await SimpanAsync(ct) is { } gagal)
        {
            return gagal;
        }
        PesanSukses = "RHK dari pustaka ditambahkan. Periksa dan sesuaikan uraian serta target indikatornya dengan pekerjaan Anda.";
        return Redirect($"/perencanaan/skp/{id}#rhk-{rhk.Id}");
    }

    private async Task IsiAsync(CancellationToken ct)
    {
        // A tenant's library is small (hundreds at most): match keywords in memory with the domain's own rule.
        var semua = await Db.TemplateRhk.AsNoTracking().Where(t => t.Aktif).OrderBy(t => t.Kelompok).ThenBy(t => t.Jenis).ThenBy(t => t.Teks).ToListAsync(ct);
        PustakaKosong = semua.Count == 0;
        Cocok = semua.Where(t => t.CocokUntuk(Skp.JabatanNama)).Take(Batas).ToList();
        if (!string.IsNullOrWhiteSpace(Cari))
        {
            var kata = Cari.Trim();
            HasilCari = semua.Where(t => t.Teks.Contains(kata, StringComparison.OrdinalIgnoreCase)
                                         || t.Kelompok.Contains(kata, StringComparison.OrdinalIgnoreCase)
                                         || t.KataKunciJabatan.Contains(kata, StringComparison.OrdinalIgnoreCase)
                                         || t.Indikator.Any(i => i.Teks.Contains(kata, StringComparison.OrdinalIgnoreCase)))
                .Take(Batas).ToList();
        }
        if (!Skp.IsJpt)
        {
            Atasan = await RhkAtasan.PilihanAsync(Db, Skp, ct);
        }
    }

    private IActionResult? BukanPemilik() => Akses.Pemilik ? null : StatusCode(StatusCodes.Status403Forbidden);
}
