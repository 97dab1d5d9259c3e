using System.Globalization;
using CsvHelper;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Audit;

/// <summary>
/// The audit trail of the own Instansi (the query filter scopes it), newest first, with filters, keyset paging,
/// CSV export and chain verification. Read-only on purpose: the trail is append-only, no page edits or deletes it.
/// </summary>
[SatuKoneksi]
[Authorize(Policy = Kebijakan.BacaAudit)]
public sealed class IndexModel(KinaraDbContext db) : KinaraPageModel
{
    public const int UkuranHalaman = 50;
    private static readonly string[] FormatTanggal = ["yyyy-MM-dd", "dd-MM-yyyy", "dd/MM/yyyy", "d-M-yyyy", "d/M/yyyy"];

    [BindProperty(SupportsGet = true)] public string? Dari { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sampai { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pelaku { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entitas { get; set; }
    [BindProperty(SupportsGet = true)] public AuditAksi? Aksi { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>Keyset cursor: show entries older than this Urutan.</summary>
    [BindProperty(SupportsGet = true)] public long? Sebelum { get; set; }
    /// <summary>Keyset cursor: show entries newer than this Urutan.</summary>
    [BindProperty(SupportsGet = true)] public long? Sesudah { get; set; }

    public sealed record Entri(long Urutan, DateTime Waktu, string Pelaku, string? NamaPelaku, AuditAksi Aksi, string Entitas, string EntitasId, string? NamaEntitas, IReadOnlyList<AuditTampilan.Baris> Perubahan, int JumlahKolom);

    public IReadOnlyList<Entri> Daftar { get; private set; } = [];
    public bool AdaLebihLama { get; private set; }
    public bool AdaLebihBaru { get; private set; }
    public IReadOnlyList<string> DaftarEntitas { get; private set; } = [];
    public AuditVerifikasi? Verifikasi { get; private set; }

    /// <summary>A filter date as the date input expects it (yyyy-MM-dd), or empty.</summary>
    public string NilaiTanggal(string? input) =>
        DateOnly.TryParseExact(input?.Trim(), FormatTanggal, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Filter() is not { } query)
        {
            IsiPilihan();
            return FormInvalid();
        }
        await MuatAsync(query, ct);
        return Page();
    }

    /// <summary>Walks the whole chain of the own Instansi and reports the first broken entry.</summary>
    public async Task<IActionResult> OnPostVerifikasiAsync(CancellationToken ct)
    {
        Verifikasi = await AuditChain.VerifyAsync(db, InstansiId, ct);
        return await OnGetAsync(ct);
    }

    /// <summary>The filtered list as CSV, streamed row by row so a large trail never sits in memory.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (Filter() is not { } query)
        {
            IsiPilihan();
            return FormInvalid();
        }
        await AuditSegel.SegelBilaPerluAsync(db, InstansiId, ct);
        var nama = $"jejak-audit-{AuditTampilan.KeWib(DateTime.UtcNow):yyyyMMdd-HHmm}.csv";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{nama}\"";
        // The BOM lets Excel read the text as UTF-8; Escape stops a value like "=1+1" running as a formula there.
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(Response.Body, options, leaveOpen: true);
        await csv.WriteRecordAsync(["Urutan", "Waktu (WIB)", "Pelaku", "Aksi", "Entitas", "Id entitas", "Perubahan", "Hash"], ct);
        await foreach (var a in query.OrderByDescending(a => a.Urutan).AsAsyncEnumerable().WithCancellation(ct))
        {
            await csv.WriteRecordAsync([
                a.Urutan!.Value.ToString(CultureInfo.InvariantCulture),
                AuditTampilan.KeWib(a.Waktu).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                a.Pelaku,
                AuditTampilan.LabelAksi(a.Aksi),
                a.Entitas,
                a.EntitasId,
                a.Perubahan,
                a.Hash,
            ], ct);
        }
        await csv.FlushAsync(ct);
        return new EmptyResult();
    }

    /// <summary>The filters as a query; null (with ModelState errors) when a date cannot be read.</summary>
    private IQueryable<AuditEntry>? Filter()
    {
        // MuatAsync and the CSV seal waiting entries first; one written a moment later shows up on the next view.
        var query = db.Audit.AsNoTracking().Where(a => a.Urutan != null);
        if (Tanggal(nameof(Dari), Dari) is { } dari)
        {
            var awal = AuditTampilan.DariWib(dari.ToDateTime(TimeOnly.MinValue));
            query = query.Where(a => a.Waktu >= awal);
        }
        if (Tanggal(nameof(Sampai), Sampai) is { } sampai)
        {
            var akhir = AuditTampilan.DariWib(sampai.AddDays(1).ToDateTime(TimeOnly.MinValue));
            query = query.Where(a => a.Waktu < akhir);
        }
        if (!ModelState.IsValid)
        {
            return null;
        }
        if (!string.IsNullOrWhiteSpace(Pelaku))
        {
            var pelaku = Pelaku.Trim();
            query = query.Where(a => a.Pelaku == pelaku);
        }
        if (!string.IsNullOrWhiteSpace(Entitas))
        {
            query = query.Where(a => a.Entitas == Entitas);
        }
        if (Aksi is { } aksi)
        {
            query = query.Where(a => a.Aksi == aksi);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(a => a.EntitasId == q || a.Perubahan.Contains(q));
        }
        return query;
    }

    private DateOnly? Tanggal(string key, string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        if (DateOnly.TryParseExact(input.Trim(), FormatTanggal, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        ModelState.AddModelError(key, $"Tanggal \"{input}\" tidak dapat dibaca. Gunakan format hh-bb-tttt, misalnya 17-08-2026.");
        return null;
    }

    private async Task MuatAsync(IQueryable<AuditEntry> query, CancellationToken ct)
    {
        IsiPilihan();
        await AuditSegel.SegelBilaPerluAsync(db, InstansiId, ct);
        List<AuditEntry> rows;
        if (Sesudah is { } sesudah && Sebelum is null)
        {
            // Going back towards the newest entries: read ascending from the cursor, then flip.
            rows = await query.Where(a => a.Urutan > sesudah).OrderBy(a => a.Urutan).Take(UkuranHalaman + 1).ToListAsync(ct);
            AdaLebihBaru = rows.Count > UkuranHalaman;
            rows = [.. rows.Take(UkuranHalaman).Reverse()];
            AdaLebihLama = true;
        }
        else
        {
            if (Sebelum is { } sebelum)
            {
                query = query.Where(a => a.Urutan < sebelum);
            }
            rows = await query.OrderByDescending(a => a.Urutan).Take(UkuranHalaman + 1).ToListAsync(ct);
            AdaLebihLama = rows.Count > UkuranHalaman;
            rows = [.. rows.Take(UkuranHalaman)];
            AdaLebihBaru = Sebelum is not null;
        }

        var perubahan = rows.Select(r => AuditTampilan.Perubahan(r.Perubahan)).ToList();
        var nama = await AuditTampilan.NamaIdAsync(db, InstansiId, rows.Select((r, i) => (r.Entitas, r.EntitasId, perubahan[i])), ct);
        var pelakuIds = rows.Where(r => r.UserId != null).Select(r => r.UserId!.Value).Distinct().ToList();
        var namaPelaku = await db.Users.AsNoTracking()
            .Where(u => u.InstansiId == InstansiId && pelakuIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.NamaTampilan, ct);
        Daftar = [.. rows.Select((r, i) => new Entri(r.Urutan!.Value, r.Waktu, r.Pelaku,
            r.UserId is { } uid && namaPelaku.TryGetValue(uid, out var n) ? n : null,
            r.Aksi, r.Entitas, r.EntitasId,
            AuditTampilan.NamaEntitas(r.EntitasId, nama),
            [.. AuditTampilan.UntukDaftar(perubahan[i]).Select(b => AuditTampilan.DenganNama(b, nama))],
            perubahan[i].Count))];
    }

    private void IsiPilihan()
    {
        var daftar = AuditTampilan.DaftarEntitas(db).ToList();
        if (!string.IsNullOrEmpty(Entitas) && !daftar.Contains(Entitas))
        {
            daftar.Add(Entitas);
        }
        DaftarEntitas = daftar;
    }

    /// <summary>The current filters as a query string (without the paging cursor), for links.</summary>
    public string QueryFilter(string? tambahan = null)
    {
        var parts = new List<string>();
        void Add(string k, string? v)
        {
            if (!string.IsNullOrWhiteSpace(v))
            {
                parts.Add($"{k}={Uri.EscapeDataString(v)}");
            }
        }
        Add("dari", Dari);
        Add("sampai", Sampai);
        Add("pelaku", Pelaku);
        Add("entitas", Entitas);
        Add("aksi", Aksi?.ToString());
        Add("q", Q);
        if (tambahan is not null)
        {
            parts.Add(tambahan);
        }
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
