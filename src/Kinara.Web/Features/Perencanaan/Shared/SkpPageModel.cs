using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Shared;

/// <summary>
/// Base of the pages that open one SKP: loads the aggregate (foreign tenant → 404 through the query filter),
/// decides what the user may do with it, and carries the concurrency check every SKP form needs. Its handlers run on one
/// database connection (<see cref="SatuKoneksiAttribute"/>): each of these pages reads the SKP and then more.
/// </summary>
[SatuKoneksi]
public abstract class SkpPageModel(KinaraDbContext db) : KinaraPageModel
{
    protected KinaraDbContext Db => db;

    public Skp Skp { get; private set; } = null!;
    public AksesSkp Akses { get; private set; } = new(false, false, false, false);

    /// <summary>Loads the whole SKP; returns the refusal to send (404 / 403) or null when the user may open it.</summary>
    protected Task<IActionResult?> MuatAsync(Guid id, bool lacak, CancellationToken ct) =>
        MuatAsync(lacak ? Db.Skp.Lengkap() : Db.Skp.Lengkap().AsNoTracking(), id, ct);

    /// <summary>
    /// Loads the SKP through <paramref name="query"/>, which includes only what the page needs (an RHK form does not need the
    /// perilaku and lampiran); same refusals as above. The children left out stay empty on <see cref="Skp"/>, so such a
    /// page must not read them, and a tracked partial load only ever changes what it loaded.
    /// </summary>
    protected async Task<IActionResult?> MuatAsync(IQueryable<Skp> query, Guid id, CancellationToken ct) =>
        await PeriksaAsync(query.FirstOrDefaultAsync(s => s.Id == id, ct));

    /// <summary>As <see cref="MuatAsync(IQueryable{Skp}, Guid, CancellationToken)"/>, for a page that loads the SKP its own way (a compiled query).</summary>
    protected async Task<IActionResult?> PeriksaAsync(Task<Skp?> muat)
    {
        var skp = await muat;
        if (skp is null)
        {
            return NotFound();
        }
        Skp = skp;
        Akses = AksesSkp.Dari(User, PegawaiId, skp);
        return Akses.BolehLihat ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// Makes this save an update of the SKP row guarded by the version the form was opened with. Needed on every
    /// change: adding an RHK or indicator only inserts child rows and would otherwise never touch the SKP's Versi,
    /// so two people editing different RHK would not notice each other. The audit recorder bumps Versi once.
    /// </summary>
    protected void Sentuh(Skp skp, int versiFormulir) => SkpAlur.Sentuh(Db, skp, versiFormulir);

    /// <summary>
    /// Saves the SKP: null when saved, else the form answered 409 because someone changed the SKP since it was opened
    /// (<see cref="KinaraPageModel.SimpanFormulirAsync"/>). New child rows carry their Guid key from the domain and
    /// are configured ValueGeneratedNever, so EF inserts them.
    /// </summary>
    protected Task<IActionResult?> SimpanAsync(CancellationToken ct) => SimpanFormulirAsync(Db, ct);

    /// <summary>A refusal shown as a message on the page, with the status that says why (403, 409, 422).</summary>
    protected IActionResult Tolak(string pesan, int status, string key = "")
    {
        ModelState.AddModelError(key, pesan);
        return FormInvalid(status);
    }
}

public static class SkpQuery
{
    /// <summary>The whole aggregate: RHK with indicators, perilaku, lampiran (split to avoid a cartesian product).</summary>
    public static IQueryable<Skp> Lengkap(this IQueryable<Skp> skp) =>
        skp.Include(s => s.Rhk).ThenInclude(r => r.Indikator).Include(s => s.Perilaku).Include(s => s.Lampiran).AsSplitQuery();
}
