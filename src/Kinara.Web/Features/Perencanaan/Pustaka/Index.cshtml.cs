using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Sasaran;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Pustaka;

/// <summary>
/// The indicator library: RHK templates with their indicators, grouped by kelompok jabatan. Every signed-in pegawai
/// reads it (and sees which templates fit their own jabatan); the admin kepegawaian maintains it.
/// </summary>
[SatuKoneksi]
public sealed class IndexModel(KinaraDbContext db) : KinaraPageModel
{
    public sealed record Grup(string Kelompok, List<TemplateRhk> Template);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kelompok { get; set; }
    /// <summary>Only templates whose keywords match the signed-in pegawai's jabatan.</summary>
    [BindProperty(SupportsGet = true)] public bool Cocok { get; set; }
    /// <summary>"aktif" (default), "nonaktif" or "semua"; only the admin sees deactivated templates.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public List<Grup> Daftar { get; private set; } = [];
    public List<string> SemuaKelompok { get; private set; } = [];
    public string? JabatanSaya { get; private set; }
    public bool Kelola { get; private set; }
    public int Jumlah { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Kelola = User.BolehKelolaPustaka();
        if (PegawaiId is { } pid)
        {
            JabatanSaya = await (from p in db.Pegawai.AsNoTracking()
                                 join j in db.Jabatan.AsNoTracking() on p.JabatanId equals j.Id
                                 where p.Id == pid
                                 select j.Nama).FirstOrDefaultAsync(ct);
        }
        SemuaKelompok = await db.TemplateRhk.AsNoTracking().Where(t => t.Aktif).Select(t => t.Kelompok).Distinct().OrderBy(k => k).ToListAsync(ct);

        var query = db.TemplateRhk.AsNoTracking();
        query = (Kelola ? Status : null) switch
        {
            "semua" => query,
            "nonaktif" => query.Where(t => !t.Aktif),
            _ => query.Where(t => t.Aktif),
        };
        if (!string.IsNullOrWhiteSpace(Kelompok))
        {
            query = query.Where(t => t.Kelompok == Kelompok);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(t => t.Teks.ToLower().Contains(q) || t.Kelompok.ToLower().Contains(q) || t.KataKunciJabatan.ToLower().Contains(q));
        }
        // A library holds tens of templates per instansi, not thousands: the keyword match runs in memory.
        var templates = await query.ToListAsync(ct);
        if (Cocok && JabatanSaya is { } jabatan)
        {
            templates = templates.Where(t => t.CocokUntuk(jabatan)).ToList();
        }
        Jumlah = templates.Count;
        Daftar = templates
            .GroupBy(t => t.Kelompok)
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new Grup(g.Key, g.OrderBy(t => t.Jenis).ThenBy(t => t.Teks, StringComparer.CurrentCulture).ToList()))
            .ToList();
    }
}
