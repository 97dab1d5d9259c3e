using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpPages;

/// <summary>Adds, changes or deletes one RHK of a draft SKP, with its cascading link to the atasan's RHK (non-JPT)
/// or its penugasan and sasaran organisasi (JPT).</summary>
public sealed class RhkModel(KinaraDbContext db) : SkpPageModel(db)
{
    public sealed class RhkInput
    {
        [Required(ErrorMessage = "Pilih jenis RHK: utama atau tambahan.")]
        [EnumDataType(typeof(JenisRhk), ErrorMessage = "Jenis RHK tidak dikenal.")]
        public JenisRhk? Jenis { get; set; }

        [Display(Name = "Uraian RHK")]
        [Required(ErrorMessage = "Uraian Rencana Hasil Kerja wajib diisi.")]
        [StringLength(2000, ErrorMessage = "Uraian RHK paling panjang 2.000 karakter.")]
        public string Teks { get; set; } = "";

        public Guid? RhkAtasanId { get; set; }

        [EnumDataType(typeof(JenisCascading), ErrorMessage = "Jenis cascading tidak dikenal.")]
        public JenisCascading? Cascading { get; set; }

        [StringLength(250, ErrorMessage = "\"Penugasan dari\" paling panjang 250 karakter.")]
        public string? PenugasanDari { get; set; }

        public Guid? SasaranOrganisasiId { get; set; }

        public int Versi { get; set; }
    }

    public sealed record SasaranPilihan(Guid Id, string Teks, TingkatSasaran Tingkat);

    [BindProperty] public RhkInput Input { get; set; } = new();
    public Guid? RhkId { get; private set; }
    /// <summary>The atasan's SKP to pick from; null when the atasan has none for the year (a draft may still be saved).</summary>
    public (Guid SkpId, StatusSkp Status, List<RhkAtasanPilihan> Rhk)? Atasan { get; private set; }
    /// <summary>The currently linked atasan RHK when it is not in <see cref="Atasan"/> (older version, or stale).</summary>
    public RhkAtasanInfo? TautanLain { get; private set; }
    public List<SasaranPilihan> DaftarSasaran { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? rhkId, CancellationToken ct)
    {
        // The form shows the SKP's header and the one RHK being changed; no indicators, perilaku or lampiran.
        if ((await PeriksaAsync(rhkId is { } dicari ? SkpDenganSatuRhk(Db, id, dicari, ct) : SkpSaja(Db, id, ct)) ?? BukanPemilik()) is { } tolak)
        {
            return tolak;
        }
        RhkId = rhkId;
        if (rhkId is { } rid)
        {
            if (Skp.Rhk.FirstOrDefault(r => r.Id == rid) is not { } rhk)
            {
                return NotFound();
            }
            Input = new RhkInput
            {
                Jenis = rhk.Jenis, Teks = rhk.Teks, RhkAtasanId = rhk.RhkAtasanId, Cascading = rhk.Cascading,
                PenugasanDari = rhk.PenugasanDari, SasaranOrganisasiId = rhk.SasaranOrganisasiId,
            };
        }
        else
        {
            Input.Jenis = JenisRhk.Utama;
            Input.Cascading = JenisCascading.TidakLangsung;
        }
        Input.Versi = Skp.Versi;
        await IsiPilihanAsync(ct);
        return Page();
    }

    // Compiled (ADR 0008): the form and its save are a tenth of the month-end mix each.
    private static readonly Func<KinaraDbContext, Guid, CancellationToken, Task<Skp?>> SkpSaja = EF.CompileAsyncQuery(
        (KinaraDbContext db, Guid id, CancellationToken ct) => db.Skp.AsNoTracking().FirstOrDefault(s => s.Id == id));

    private static readonly Func<KinaraDbContext, Guid, Guid, CancellationToken, Task<Skp?>> SkpDenganSatuRhk = EF.CompileAsyncQuery(
        (KinaraDbContext db, Guid id, Guid rhkId, CancellationToken ct) => db.Skp.AsNoTracking().Include(s => s.Rhk.Where(r => r.Id == rhkId)).FirstOrDefault(s => s.Id == id));

    private static readonly Func<KinaraDbContext, Guid, CancellationToken, Task<Skp?>> SkpDenganRhkDilacak = EF.CompileAsyncQuery(
        (KinaraDbContext db, Guid id, CancellationToken ct) => db.Skp.Include(s => s.Rhk).FirstOrDefault(s => s.Id == id));

    /// <summary>
    /// The draft save. Loads the SKP row and its RHK (a new RHK takes the next Urutan; no indicators, perilaku or lampiran are
    /// touched), checks the link, saves guarded by the form's Versi (409 when stale). The form's pick lists are read only when
    /// the form has to be shown again.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(Guid id, Guid? rhkId, CancellationToken ct)
    {
        if ((await PeriksaAsync(SkpDenganRhkDilacak(Db, id, ct)) ?? BukanPemilik()) is { } tolak)
        {
            return tolak;
        }
        RhkId = rhkId;
        if (rhkId is { } rid && Skp.Rhk.All(r => r.Id != rid))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return await TampilkanLagiAsync(FormInvalid(), ct);
        }
        if (await SkpAlur.PeriksaTautanRhkAsync(Db, Skp, Input.RhkAtasanId, Input.SasaranOrganisasiId, ct) is { } tautan)
        {
            return await TampilkanLagiAsync(Tolak(tautan.Pesan, tautan.Status, "Input." + tautan.Isian), ct);
        }

        Sentuh(Skp, Input.Versi);
        Guid disimpan;
        try
        {
            disimpan = SkpAlur.SimpanRhk(Skp, rhkId, Input.Jenis!.Value, Input.Teks, Input.RhkAtasanId, Input.Cascading, Input.PenugasanDari, Input.SasaranOrganisasiId);
        }
        catch (DomainRuleException ex)
        {
            return await TampilkanLagiAsync(RuleBroken(ex), ct);
        }
        if (await SimpanAsync(ct) is { } gagal)
        {
            return await TampilkanLagiAsync(gagal, ct);
        }
        if (rhkId is null)
        {
            PesanSukses = "RHK tersimpan. Langkah berikutnya: tambahkan indikator untuk RHK ini.";
            return Redirect($"/perencanaan/skp/{id}/rhk/{disimpan}/indikator");
        }
        PesanSukses = "Perubahan RHK tersimpan.";
        return Redirect($"/perencanaan/skp/{id}#rhk-{disimpan}");
    }

    public async Task<IActionResult> OnPostHapusAsync(Guid id, Guid rhkId, int versi, CancellationToken ct)
    {
        ModelState.Clear(); // the edit form's fields are not part of this post
        // The RHK goes with its indicators: they are loaded so that their deletion is tracked and audited too.
        if ((await MuatAsync(Db.Skp.Include(s => s.Rhk.Where(r => r.Id == rhkId)).ThenInclude(r => r.Indikator), id, ct) ?? BukanPemilik()) is { } tolak)
        {
            return tolak;
        }
        if (Skp.Rhk.FirstOrDefault(r => r.Id == rhkId) is not { } rhk)
        {
            return NotFound();
        }
        RhkId = rhkId;
        Input = new RhkInput
        {
            Jenis = rhk.Jenis, Teks = rhk.Teks, RhkAtasanId = rhk.RhkAtasanId, Cascading = rhk.Cascading,
            PenugasanDari = rhk.PenugasanDari, SasaranOrganisasiId = rhk.SasaranOrganisasiId, Versi = versi,
        };
        Sentuh(Skp, versi);
        try
        {
            Skp.HapusRhk(rhkId);
        }
        catch (DomainRuleException ex)
        {
            return await TampilkanLagiAsync(RuleBroken(ex), ct);
        }
        if (await SimpanAsync(ct) is { } gagal)
        {
            return await TampilkanLagiAsync(gagal, ct);
        }
        PesanSukses = $"RHK \"{rhk.Teks}\" dihapus.";
        return Redirect($"/perencanaan/skp/{id}#hasil-kerja");
    }

    private IActionResult? BukanPemilik() => Akses.Pemilik ? null : StatusCode(StatusCodes.Status403Forbidden);

    /// <summary>A refused post shows the form again, which needs its pick lists.</summary>
    private async Task<IActionResult> TampilkanLagiAsync(IActionResult hasil, CancellationToken ct)
    {
        await IsiPilihanAsync(ct);
        return hasil;
    }

    private async Task IsiPilihanAsync(CancellationToken ct)
    {
        if (Skp.IsJpt)
        {
            // The goals of the pegawai's own unit and of the whole Pemda for the year.
            DaftarSasaran = await SkpAlur.SasaranPilihan(Db, Skp)
                .OrderBy(s => s.Tingkat).ThenBy(s => s.Teks)
                .Select(s => new SasaranPilihan(s.Id, s.Teks, s.Tingkat)).ToListAsync(ct);
            return;
        }
        Atasan = await RhkAtasan.PilihanAsync(Db, Skp, ct);
        var sekarang = Input.RhkAtasanId;
        if (sekarang is { } sid && Atasan?.Rhk.Any(r => r.Id == sid) != true)
        {
            TautanLain = (await RhkAtasan.InfoAsync(Db, [sid], Skp.PejabatPenilaiId, Skp.Tahun, ct, Skp.PegawaiId)).GetValueOrDefault(sid);
        }
    }
}
