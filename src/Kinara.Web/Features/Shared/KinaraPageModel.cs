using Kinara.Domain;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Shared;

/// <summary>Small helpers every page uses: the signed-in user's ids and how a rejected form is answered.</summary>
public abstract class KinaraPageModel : PageModel
{
    public Guid InstansiId => Guid.Parse(User.FindFirst(KlaimKinara.InstansiId)!.Value);

    public Guid? PegawaiId => Guid.TryParse(User.FindFirst(KlaimKinara.PegawaiId)?.Value, out var id) ? id : null;

    /// <summary>Pesan sukses shown once on the next page.</summary>
    [TempData]
    public string? PesanSukses { get; set; }

    protected bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    /// <summary>
    /// Re-renders the form with its errors. Plain form posts get a 4xx status (the input was bad);
    /// htmx requests get 200 so htmx swaps the form fragment in.
    /// </summary>
    protected IActionResult FormInvalid(int status = StatusCodes.Status400BadRequest)
    {
        if (!IsHtmx)
        {
            Response.StatusCode = status;
        }
        return Page();
    }

    protected IActionResult RuleBroken(DomainRuleException ex, string key = "")
    {
        ModelState.AddModelError(key, ex.Message);
        return FormInvalid(StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>Someone else saved the same record after this form was opened: never overwrite silently.</summary>
    protected IActionResult StaleForm()
    {
        ModelState.AddModelError("", "Data ini telah diubah oleh pengguna lain sejak formulir dibuka. Muat ulang halaman untuk melihat perubahan terbaru, lalu ulangi isian Anda.");
        return FormInvalid(StatusCodes.Status409Conflict);
    }

    /// <summary>
    /// The one save of a form handler. Null when saved; otherwise the form re-rendered with why: a stale Versi
    /// (someone saved meanwhile) → 409, a unique key taken meanwhile → 422 with <paramref name="pesanDuplikat"/>'s
    /// message on <paramref name="kunciDuplikat"/>. Any other database failure is not the user's doing and propagates.
    /// </summary>
    protected async Task<IActionResult?> SimpanFormulirAsync(DbContext db, CancellationToken ct,
        Func<Task<string?>>? pesanDuplikat = null, string kunciDuplikat = "Input.Kode")
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleForm();
        }
        catch (DbUpdateException) when (pesanDuplikat is not null)
        {
            if (await pesanDuplikat() is not { } pesan)
            {
                throw;
            }
            ModelState.AddModelError(kunciDuplikat, pesan);
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }
    }
}
