using Kinara.Domain.Perencanaan;

namespace Kinara.Web.Features.Perencanaan.Kaskade;

public sealed record IkuRingkas(string Teks, decimal? Target, string? Satuan);

public sealed record SasaranBaris(Guid Id, TingkatSasaran Tingkat, Guid? IndukId, Guid? UnitId, string Teks, IReadOnlyList<IkuRingkas> Iku);

/// <summary>An SKP as the tree needs it to place RHK; owner names and jabatan are read later, only for what is rendered.</summary>
public sealed record SkpBaris(Guid Id, Guid PegawaiId, StatusSkp Status, Guid? RevisiDariId);

/// <summary>The shape of an RHK without its text: a big perangkat daerah has tens of thousands, and only a few hundred are shown.</summary>
public sealed record RhkBaris(Guid Id, Guid SkpId, int Urutan, JenisRhk Jenis, Guid? RhkAtasanId, JenisCascading? Cascading, Guid? SasaranId);

/// <summary>A node of the cascading tree: an organisational goal, or an RHK with its owner and SKP status.</summary>
public sealed class SimpulKaskade
{
    public Guid Id { get; init; }
    /// <summary>For an RHK, like the owner's name and jabatan, filled in only for the nodes that are rendered (<see cref="PohonKaskade.Dirender"/>).</summary>
    public string Teks { get; set; } = "";
    public List<SimpulKaskade> Anak { get; } = [];
    /// <summary>RHK anywhere below this node.</summary>
    public int JumlahRhk { get; set; }

    // Goal nodes
    public TingkatSasaran? Tingkat { get; init; }
    public IReadOnlyList<IkuRingkas> Iku { get; init; } = [];

    // RHK nodes
    public bool IsRhk => Tingkat is null;
    public JenisRhk Jenis { get; init; }
    public Guid PegawaiId { get; init; }
    public string Pemilik { get; set; } = "";
    public string Nip { get; set; } = "";
    public string Jabatan { get; set; } = "";
    public StatusSkp Status { get; init; }
    public string? PenugasanDari { get; set; }
    public JenisCascading? Cascading { get; init; }
    internal int Urutan { get; init; }
}

/// <summary>
/// Builds the cascading tree in memory from flat rows (a handful of set-based queries, no per-node query):
/// goals → JPT RHK (through <see cref="RencanaHasilKerja.SasaranOrganisasiId"/>) → RHK of bawahan intervening them
/// (<see cref="RencanaHasilKerja.RhkAtasanId"/>) → down to every pegawai's RHK.
/// </summary>
public static class PohonKaskade
{
    public sealed record Hasil(
        List<SimpulKaskade> Akar,
        /// <summary>RHK whose goal or atasan RHK is not in this view (not linked yet, or the link points elsewhere).</summary>
        List<SimpulKaskade> BelumTerhubung,
        IReadOnlyDictionary<Guid, SimpulKaskade> Rhk,
        int JumlahSkp);

    public static Hasil Bangun(IReadOnlyList<SasaranBaris> sasaran, IReadOnlyList<SkpBaris> skp, IReadOnlyList<RhkBaris> rhk)
    {
        var tampil = SkpTampil(skp);
        var alias = AliasRevisi(skp, tampil, rhk);

        var rhkSimpul = new Dictionary<Guid, SimpulKaskade>();
        foreach (var r in rhk)
        {
            if (tampil.TryGetValue(r.SkpId, out var s))
            {
                rhkSimpul[r.Id] = new SimpulKaskade
                {
                    Id = r.Id, Jenis = r.Jenis, PegawaiId = s.PegawaiId, Status = s.Status, Cascading = r.Cascading, Urutan = r.Urutan,
                };
            }
        }
        var sasaranSimpul = sasaran.ToDictionary(s => s.Id, s => new SimpulKaskade { Id = s.Id, Teks = s.Teks, Tingkat = s.Tingkat, Iku = s.Iku });

        var belum = new List<SimpulKaskade>();
        foreach (var r in rhk.Where(r => rhkSimpul.ContainsKey(r.Id)))
        {
            var node = rhkSimpul[r.Id];
            if (r.RhkAtasanId is { } atasan && rhkSimpul.TryGetValue(alias.GetValueOrDefault(atasan, atasan), out var parent) && parent != node)
            {
                parent.Anak.Add(node);
            }
            else if (r.SasaranId is { } sid && sasaranSimpul.TryGetValue(sid, out var goal))
            {
                goal.Anak.Add(node);
            }
            else
            {
                belum.Add(node);
            }
        }

        var akar = new List<SimpulKaskade>();
        foreach (var s in sasaran)
        {
            var node = sasaranSimpul[s.Id];
            if (s.IndukId is { } induk && sasaranSimpul.TryGetValue(induk, out var parent))
            {
                parent.Anak.Add(node);
            }
            else
            {
                akar.Add(node);
            }
        }

        var dikunjungi = new HashSet<Guid>();
        foreach (var n in akar.Concat(belum))
        {
            Rapikan(n, dikunjungi);
        }
        // Goals that lead to no RHK and hold no goal of this perangkat daerah are another unit's business: leave them out.
        akar = akar.Where(Relevan).ToList();
        return new Hasil(Urut(akar), Urut(belum), rhkSimpul, tampil.Count);

        bool Relevan(SimpulKaskade n)
        {
            n.Anak.RemoveAll(c => !c.IsRhk && !Relevan(c));
            return n.IsRhk || n.Anak.Count > 0 || n.Tingkat > TingkatSasaran.SasaranRpjmd;
        }
    }

    /// <summary>
    /// Which nodes show their children in one response: breadth first from <paramref name="akar"/> while the number of
    /// rendered nodes stays within <paramref name="anggaran"/>. Goals always open (there are few); the rest of a big
    /// perangkat daerah loads branch by branch.
    /// </summary>
    public static HashSet<Guid> PilihTerbuka(IEnumerable<SimpulKaskade> akar, int anggaran)
    {
        var terbuka = new HashSet<Guid>();
        var antrian = new Queue<SimpulKaskade>(akar);
        var dirender = antrian.Count;
        while (antrian.TryDequeue(out var n))
        {
            if (n.Anak.Count == 0 || (n.IsRhk && dirender + n.Anak.Count > anggaran) || !terbuka.Add(n.Id))
            {
                continue;
            }
            dirender += n.Anak.Count;
            foreach (var c in n.Anak)
            {
                antrian.Enqueue(c);
            }
        }
        return terbuka;
    }

    /// <summary>The nodes one response renders: the roots, and the children of every node in <paramref name="terbuka"/>.</summary>
    public static IEnumerable<SimpulKaskade> Dirender(IEnumerable<SimpulKaskade> akar, IReadOnlySet<Guid> terbuka)
    {
        var antrian = new Queue<SimpulKaskade>(akar);
        while (antrian.TryDequeue(out var n))
        {
            yield return n;
            if (terbuka.Contains(n.Id))
            {
                foreach (var c in n.Anak)
                {
                    antrian.Enqueue(c);
                }
            }
        }
    }

    /// <summary>
    /// The SKP shown per pegawai: never one replaced by a revision (Digantikan), and not a revision still in progress while
    /// the approved version it revises is in force (bawahan intervene the RHK of the version in force).
    /// </summary>
    private static Dictionary<Guid, SkpBaris> SkpTampil(IReadOnlyList<SkpBaris> skp)
    {
        var byId = skp.ToDictionary(s => s.Id);
        return skp.Where(s => s.Status != StatusSkp.Digantikan
                              && !(s.RevisiDariId is { } dari && byId.TryGetValue(dari, out var asal) && asal.Status == StatusSkp.Disetujui))
            .ToDictionary(s => s.Id);
    }

    /// <summary>
    /// A bawahan may have linked to an RHK of a version that was later replaced, or of a revision in progress. Such links
    /// are redirected to the RHK at the same position (Urutan) in the shown version of the same SKP family.
    /// </summary>
    private static Dictionary<Guid, Guid> AliasRevisi(IReadOnlyList<SkpBaris> skp, Dictionary<Guid, SkpBaris> tampil, IReadOnlyList<RhkBaris> rhk)
    {
        var byId = skp.ToDictionary(s => s.Id);
        Guid Akar(SkpBaris s)
        {
            var seen = new HashSet<Guid>();
            while (s.RevisiDariId is { } dari && byId.TryGetValue(dari, out var asal) && seen.Add(asal.Id))
            {
                s = asal;
            }
            return s.Id;
        }
        var direvisi = skp.Where(s => s.RevisiDariId is not null).Select(s => s.RevisiDariId!.Value).ToHashSet();
        var keluarga = skp.Where(s => s.RevisiDariId is not null || direvisi.Contains(s.Id)).GroupBy(Akar).ToList();
        var alias = new Dictionary<Guid, Guid>();
        if (keluarga.Count == 0)
        {
            return alias;
        }
        var rhkPerSkp = rhk.ToLookup(r => r.SkpId);
        foreach (var anggota in keluarga)
        {
            if (anggota.SingleOrDefault(s => tampil.ContainsKey(s.Id)) is not { } shown)
            {
                continue;
            }
            var posisi = rhkPerSkp[shown.Id].ToDictionary(r => r.Urutan, r => r.Id);
            foreach (var lain in anggota.Where(s => s.Id != shown.Id))
            {
                foreach (var r in rhkPerSkp[lain.Id])
                {
                    if (posisi.TryGetValue(r.Urutan, out var ganti))
                    {
                        alias[r.Id] = ganti;
                    }
                }
            }
        }
        return alias;
    }

    /// <summary>Counts RHK below every node; a stored cycle (RHK intervening each other) is cut, never followed forever.</summary>
    private static int Rapikan(SimpulKaskade n, HashSet<Guid> dikunjungi)
    {
        if (!dikunjungi.Add(n.Id))
        {
            return 0;
        }
        n.Anak.RemoveAll(c => dikunjungi.Contains(c.Id));
        var jumlah = 0;
        foreach (var c in n.Anak)
        {
            jumlah += (c.IsRhk ? 1 : 0) + Rapikan(c, dikunjungi);
        }
        n.JumlahRhk = jumlah;
        n.Anak.Sort(Banding);
        return jumlah;
    }

    private static List<SimpulKaskade> Urut(List<SimpulKaskade> nodes)
    {
        nodes.Sort(Banding);
        return nodes;
    }

    /// <summary>
    /// Goals first by level and text, then RHK per owner in the SKP's own order. Owner names are not known yet for the
    /// whole tree, so this order is by pegawai id; <see cref="UrutkanUntukTampil"/> puts what is rendered in name order.
    /// </summary>
    private static int Banding(SimpulKaskade a, SimpulKaskade b) =>
        (a.IsRhk, b.IsRhk) switch
        {
            (false, true) => -1,
            (true, false) => 1,
            (false, false) => a.Tingkat != b.Tingkat
                ? a.Tingkat!.Value.CompareTo(b.Tingkat!.Value)
                : string.CompareOrdinal(a.Teks, b.Teks),
            _ => a.PegawaiId != b.PegawaiId ? a.PegawaiId.CompareTo(b.PegawaiId) : a.Urutan.CompareTo(b.Urutan),
        };

    /// <summary>Once the rendered nodes have their owners, sorts their sibling lists by jabatan and name (ordinal: cheap and stable).</summary>
    public static void UrutkanUntukTampil(List<SimpulKaskade> akar, IReadOnlySet<Guid> terbuka)
    {
        akar.Sort(BandingTampil);
        foreach (var n in Dirender(akar, terbuka).Where(n => terbuka.Contains(n.Id)))
        {
            n.Anak.Sort(BandingTampil);
        }
    }

    private static int BandingTampil(SimpulKaskade a, SimpulKaskade b)
    {
        if (!a.IsRhk || !b.IsRhk)
        {
            return Banding(a, b);
        }
        var c = string.CompareOrdinal(a.Jabatan, b.Jabatan);
        c = c != 0 ? c : string.CompareOrdinal(a.Pemilik, b.Pemilik);
        return c != 0 ? c : Banding(a, b);
    }
}
