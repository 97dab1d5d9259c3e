using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Organisasi.Struktur;

namespace Kinara.Web.Features.Organisasi;

public sealed record PenilaiInfo(Guid PegawaiId, string Nip, string Nama, string? Jabatan, SumberPenilai Sumber, int LevelDilompati);

public sealed record BawahanInfo(Guid PegawaiId, string Nip, string Nama, string? Jabatan, string? Unit);

/// <summary>
/// Answers "who is the pejabat penilai of X" and "who are the bawahan of X" with the rule of <see cref="PejabatPenilai"/>
/// (holder, else Plt/Plh, else one level up), from the Instansi's <see cref="StrukturSnapshot"/>: no query once the
/// snapshot is warm (the hot pages call this on every view).
/// <para>
/// These answers decide access: the penilai found here is stored on an SKP when it is submitted and is then the one
/// who may approve it (AksesSkp), and having bawahan lets a pegawai form a tim kerja. Answering from memory is right
/// only because the snapshot is evicted when the structure changes: synchronously at commit on the node that wrote
/// (before the admin's response is sent, so the very next request sees the change), and through PostgreSQL NOTIFY on
/// the other nodes, milliseconds later (<see cref="StrukturInterceptor"/>, <see cref="StrukturListener"/>; a lost
/// notification is bounded by Kinara:Struktur:MaksimumUmurDetik). Do not add another cache in front of it.
/// </para>
/// </summary>
public sealed class PosisiService
{
    private readonly KinaraDbContext _db;
    private readonly TimeProvider _clock;
    private readonly StrukturCache? _cache;
    private StrukturSnapshot? _sendiri;

    public PosisiService(KinaraDbContext db, TimeProvider clock, StrukturCache cache)
    {
        (_db, _clock, _cache) = (db, clock, cache);
    }

    /// <summary>Without the shared cache (tools and tests): reads the structure once, on first use, through <paramref name="db"/>.</summary>
    public PosisiService(KinaraDbContext db, TimeProvider clock)
    {
        (_db, _clock) = (db, clock);
    }

    private DateOnly Today => _clock.HariIni();

    /// <summary>Today in WIB, the date the Plt/Plh assignments are read for.</summary>
    public DateOnly HariIni => Today;

    /// <summary>The structure of the current Instansi (null without a tenant, like the tenant-filtered queries it replaces).</summary>
    public async ValueTask<StrukturSnapshot?> StrukturAsync(CancellationToken ct = default)
    {
        if (_db.Tenant.InstansiId is not { } instansiId)
        {
            return null;
        }
        if (_cache is not null)
        {
            return await _cache.GetAsync(instansiId, ct);
        }
        return _sendiri ??= await StrukturSnapshot.BangunAsync(_db, instansiId, Today, ct);
    }

    public async Task<PenilaiInfo?> PejabatPenilaiAsync(Guid pegawaiId, CancellationToken ct = default) =>
        await StrukturAsync(ct) is { } s ? PejabatPenilai(s, pegawaiId, Today) : null;

    /// <summary>The rule applied to a snapshot (for callers that already hold one).</summary>
    public static PenilaiInfo? PejabatPenilai(StrukturSnapshot s, Guid pegawaiId, DateOnly hariIni)
    {
        if (s.CariPegawai(pegawaiId) is not { JabatanId: { } jabatanId })
        {
            return null;
        }
        var found = Domain.Organisasi.PejabatPenilai.Tentukan(pegawaiId, jabatanId,
            s.AtasanDari,
            s.Pemegang,
            id => s.PelaksanaTugas(id, hariIni));
        if (found.PegawaiId is not { } penilaiId || s.CariPegawai(penilaiId) is not { } penilai)
        {
            return null;
        }
        return new PenilaiInfo(penilaiId, penilai.Nip, penilai.NamaLengkap, s.NamaJabatan(found.JabatanId), found.Sumber, found.LevelDilompati);
    }

    /// <summary>
    /// The pegawai this person rates: holders of positions directly under the positions they hold or act for (Plt/Plh),
    /// and, through vacant structural posts without a Plt, the positions under those.
    /// </summary>
    public async Task<List<BawahanInfo>> BawahanAsync(Guid pegawaiId, CancellationToken ct = default) =>
        await StrukturAsync(ct) is { } s ? Bawahan(s, pegawaiId, Today) : [];

    public static List<BawahanInfo> Bawahan(StrukturSnapshot s, Guid pegawaiId, DateOnly hariIni)
    {
        var posts = s.PenugasanPegawai(pegawaiId).Where(t => t.BerlakuPada(hariIni)).Select(t => t.JabatanId).ToList();
        if (s.CariPegawai(pegawaiId)?.JabatanId is { } own)
        {
            posts.Add(own);
        }
        var result = new List<BawahanInfo>();
        var frontier = posts.Distinct().ToList();
        var visited = new HashSet<Guid>(frontier);
        for (var depth = 0; frontier.Count > 0 && depth < 8; depth++)
        {
            var children = frontier.SelectMany(s.JabatanBawahan).Select(id => s.Jabatan[id]).ToList();
            if (children.Count == 0)
            {
                break; // no posts below (most pegawai)
            }
            var holders = children.SelectMany(c => s.Pemegang(c.Id)).Where(id => id != pegawaiId).Select(id => s.Pegawai[id]).ToList();
            var acting = children.SelectMany(c => s.PenugasanJabatan(c.Id)).Where(t => t.BerlakuPada(hariIni)).ToList();
            result.AddRange(holders.Select(h => new BawahanInfo(h.Id, h.Nip, h.NamaLengkap, s.NamaJabatan(h.JabatanId), s.NamaUnit(h.UnitId))));
            // A Plt who sits directly below the vacant post he acts for cannot rate himself: his penilai is one level up, i.e. this person.
            var plts = acting.Where(a => a.PegawaiId != pegawaiId).Select(a => a.PegawaiId).Distinct()
                .Select(s.CariPegawai).OfType<PegawaiStruktur>()
                .Where(p => p.Aktif && s.CariJabatan(p.JabatanId) is { } j
                            && acting.Any(a => a.PegawaiId == p.Id && a.JabatanId == j.AtasanId) && result.All(r => r.PegawaiId != p.Id))
                .ToList();
            result.AddRange(plts.Select(p => new BawahanInfo(p.Id, p.Nip, p.NamaLengkap, s.NamaJabatan(p.JabatanId), s.NamaUnit(p.UnitId))));
            // Vacant structural posts with no Plt/Plh: their bawahan are rated one level up, i.e. by this person.
            var filled = holders.Select(h => h.JabatanId!.Value).Concat(acting.Select(a => a.JabatanId)).ToHashSet();
            frontier = children.Where(c => c.IsStruktural && !filled.Contains(c.Id) && visited.Add(c.Id)).Select(c => c.Id).ToList();
        }
        return result.OrderBy(b => b.Nama).ToList();
    }
}
