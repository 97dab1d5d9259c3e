using Kinara.Web.Data;
using Microsoft.EntityFrameworkCore;
using PegawaiEntitas = Kinara.Domain.Kepegawaian.Pegawai;

namespace Kinara.Web.Features.Perencanaan.TimPages;

/// <summary>A pegawai as the team pages show them: with jabatan and unit, so namesakes in different units can be told apart.</summary>
public sealed record PegawaiRingkas(Guid Id, string Nip, string Nama, string? Jabatan, string? Unit, bool Aktif);

/// <summary>What <c>_HasilCari</c> renders: search results for picking the ketua (a radio in the form) or adding a member (a button).</summary>
public sealed record HasilCari(string? Q, List<PegawaiRingkas> Hasil, bool PilihKetua, Guid? TimId = null, int Versi = 0, IReadOnlySet<Guid>? SudahAnggota = null)
{
    public bool TerlaluPendek => (Q?.Trim().Length ?? 0) < CariPegawai.PanjangMinimum;
}

/// <summary>Server-side search of the instansi's active pegawai by name or NIP, in every unit: a page never loads them all.</summary>
public static class CariPegawai
{
    public const int PanjangMinimum = 3;
    public const int Batas = 10;

    public static async Task<List<PegawaiRingkas>> CariAsync(KinaraDbContext db, string? q, CancellationToken ct)
    {
        var kata = q?.Trim() ?? "";
        if (kata.Length < PanjangMinimum)
        {
            return [];
        }
        var kecil = kata.ToLower();
        var nip = new string(kata.Where(char.IsDigit).ToArray());
        var dasar = db.Pegawai.AsNoTracking().Where(p => p.Aktif);
        dasar = nip.Length >= PanjangMinimum && nip.Length == kata.Replace(" ", "").Length
            ? dasar.Where(p => p.Nip.StartsWith(nip))
            : dasar.Where(p => p.Nama.ToLower().Contains(kecil));
        var hasil = await Proyeksi(db, dasar.OrderBy(p => p.Nama).Take(Batas)).ToListAsync(ct);
        return hasil.OrderBy(p => p.Nama, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The given pegawai (one query), e.g. a team's members or the chosen ketua.</summary>
    public static async Task<Dictionary<Guid, PegawaiRingkas>> MuatAsync(KinaraDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var daftar = ids.Distinct().ToList();
        if (daftar.Count == 0)
        {
            return [];
        }
        return await Proyeksi(db, db.Pegawai.AsNoTracking().Where(p => daftar.Contains(p.Id))).ToDictionaryAsync(p => p.Id, ct);
    }

    private static IQueryable<PegawaiRingkas> Proyeksi(KinaraDbContext db, IQueryable<PegawaiEntitas> pegawai) =>
        from p in pegawai
        join j in db.Jabatan.AsNoTracking() on p.JabatanId equals (Guid?)j.Id into js
        from j in js.DefaultIfEmpty()
        join u in db.Unit.AsNoTracking() on p.UnitId equals (Guid?)u.Id into us
        from u in us.DefaultIfEmpty()
        select new PegawaiRingkas(p.Id, p.Nip, PegawaiEntitas.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang),
            j != null ? j.Nama : null, u != null ? u.Nama : null, p.Aktif);
}
