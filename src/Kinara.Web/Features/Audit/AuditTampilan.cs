using System.Globalization;
using System.Text.Json;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Audit;

/// <summary>How audit entries are shown: readable before → after lines, labels, WIB times.</summary>
public static class AuditTampilan
{
    public sealed record Baris(string Properti, string? Sebelum, string? Sesudah);

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static DateTime KeWib(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Wib);

    public static DateTime DariWib(DateTime wib) => DateTime.SpecifyKind(wib - Wib, DateTimeKind.Utc);

    public static string Tanggal(DateTime utc) => KeWib(utc).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Jam(DateTime utc) => KeWib(utc).ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " WIB";

    public static string Waktu(DateTime utc) => KeWib(utc).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " WIB";

    /// <summary>Parses the recorder's JSON (<c>{"Prop": [before, after]}</c>); anything else is shown raw, never thrown.</summary>
    public static IReadOnlyList<Baris> Perubahan(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new Baris("(data)", null, json)];
            }
            var result = new List<Baris>();
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 2)
                {
                    result.Add(new Baris(p.Name, Nilai(p.Value[0]), Nilai(p.Value[1])));
                }
                else
                {
                    result.Add(new Baris(p.Name, null, Nilai(p.Value)));
                }
            }
            return result;
        }
        catch (JsonException)
        {
            return [new Baris("(data)", null, json)];
        }
    }

    private static string? Nilai(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => "ya",
        JsonValueKind.False => "tidak",
        _ => e.GetRawText(),
    };

    /// <summary>Columns whose ids are shown with a readable name next to them.</summary>
    private static readonly HashSet<string> KolomId = ["RoleId", "UserId"];

    /// <summary>Columns that tell a reader nothing in the list (the detail page shows them all).</summary>
    private static readonly HashSet<string> Tersembunyi = [nameof(ApplicationUser.ConcurrencyStamp), "Id", "InstansiId"];

    /// <summary>Columns that name the record, shown first so a row of the list says what it is about.</summary>
    private static readonly string[] Utama = ["Nama", nameof(ApplicationUser.NamaTampilan), "Nip", nameof(ApplicationUser.UserName), "Kode"];

    /// <summary>The lines of a change as the list shows them: naming columns first, noise left out.</summary>
    public static IEnumerable<Baris> UntukDaftar(IEnumerable<Baris> perubahan) =>
        perubahan.Where(b => !Tersembunyi.Contains(b.Properti))
            .OrderBy(b => Array.IndexOf(Utama, b.Properti) is var i && i >= 0 ? i : Utama.Length);

    /// <summary>
    /// Readable names for the ids on a page: role ids become role names, account ids (of the own Instansi only)
    /// become "NIP · nama". Looked up in two small queries per page.
    /// </summary>
    public static async Task<Dictionary<string, string>> NamaIdAsync(KinaraDbContext db, Guid instansiId, IEnumerable<(string Entitas, string EntitasId, IReadOnlyList<Baris> Perubahan)> entri, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        foreach (var (entitas, entitasId, perubahan) in entri)
        {
            // Keys of several columns (an account's role: user id, role id) are stored comma-separated.
            foreach (var part in entitasId.Split(','))
            {
                if (Guid.TryParse(part, out var id) && (entitas == nameof(ApplicationUser) || entitas == "IdentityUserRole`1"))
                {
                    ids.Add(id);
                }
            }
            foreach (var b in perubahan.Where(b => KolomId.Contains(b.Properti)))
            {
                foreach (var v in new[] { b.Sebelum, b.Sesudah })
                {
                    if (Guid.TryParse(v, out var g))
                    {
                        ids.Add(g);
                    }
                }
            }
        }
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (ids.Count == 0)
        {
            return result;
        }
        foreach (var r in await db.Roles.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(ct))
        {
            result[r.Id.ToString()] = Peran.Label(r.Name ?? "");
        }
        // Users have no tenant query filter: only the own Instansi's accounts are named.
        foreach (var u in await db.Users.AsNoTracking().Where(u => u.InstansiId == instansiId && ids.Contains(u.Id))
                     .Select(u => new { u.Id, u.UserName, u.NamaTampilan }).ToListAsync(ct))
        {
            result[u.Id.ToString()] = $"{u.UserName} · {u.NamaTampilan}";
        }
        return result;
    }

    /// <summary>"NIP · nama" for an account, "NIP · nama · peran" for an account's role; null when not known.</summary>
    public static string? NamaEntitas(string entitasId, IReadOnlyDictionary<string, string> nama)
    {
        var parts = entitasId.Split(',');
        return parts.All(nama.ContainsKey) ? string.Join(" · ", parts.Select(p => nama[p])) : null;
    }

    /// <summary>Replaces known ids in an id column by their name (the id stays visible on the detail page).</summary>
    public static Baris DenganNama(Baris b, IReadOnlyDictionary<string, string> nama) =>
        KolomId.Contains(b.Properti)
            ? b with { Sebelum = Nama(b.Sebelum, nama), Sesudah = Nama(b.Sesudah, nama) }
            : b;

    private static string? Nama(string? v, IReadOnlyDictionary<string, string> nama) =>
        v is not null && nama.TryGetValue(v, out var n) ? n : v;

    public static string Singkat(string? s, int max = 60) =>
        s is null ? "" : s.Length <= max ? s : s[..(max - 1)] + "…";

    public static string LabelAksi(AuditAksi aksi) => aksi switch
    {
        AuditAksi.Tambah => "Tambah",
        AuditAksi.Ubah => "Ubah",
        AuditAksi.Hapus => "Hapus",
        _ => aksi.ToString(),
    };

    public static string KelasAksi(AuditAksi aksi) => aksi switch
    {
        AuditAksi.Tambah => "text-bg-success",
        AuditAksi.Hapus => "text-bg-danger",
        _ => "text-bg-primary",
    };

    /// <summary>Entity names as recorded (CLR type names) with a friendlier label where the name is technical.</summary>
    public static string LabelEntitas(string entitas) => entitas switch
    {
        nameof(ApplicationUser) => "Akun pengguna",
        "IdentityUserRole`1" => "Peran akun",
        nameof(UnitOrganisasi) => "Unit organisasi",
        nameof(PenugasanPlt) => "Penugasan Plt/Plh",
        _ => entitas,
    };

    /// <summary>
    /// The entity types that can appear in the trail, read from the EF model instead of a DISTINCT over the (large)
    /// audit table: tenant-owned types plus Instansi, accounts and their roles.
    /// </summary>
    public static IReadOnlyList<string> DaftarEntitas(KinaraDbContext db)
    {
        var tidakDiaudit = new HashSet<string> { nameof(AuditEntry), "ImporJob", "ImporGalat" };
        return [.. db.Model.GetEntityTypes()
            .Select(t => t.ClrType)
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t) || t == typeof(Instansi) || t == typeof(ApplicationUser) || t == typeof(IdentityUserRole<Guid>))
            .Select(t => t.Name)
            .Where(n => !tidakDiaudit.Contains(n))
            .Distinct()
            .OrderBy(n => LabelEntitas(n), StringComparer.OrdinalIgnoreCase)];
    }
}
