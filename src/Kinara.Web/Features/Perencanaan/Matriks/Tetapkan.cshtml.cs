using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Perencanaan.Shared;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Matriks;

/// <summary>
/// Assigns one of the atasan's RHK (a row of the matriks peran hasil) to one or more pegawai at once, writing an RHK into
/// each one's SKP of the year (a draft SKP is created, as on "Buat SKP", for whoever has none yet):
/// - cascading langsung: the RHK text and indicators are copied; a numeric target is split among the chosen pegawai
///   (equal parts by default, editable per pegawai) or copied whole;
/// - cascading tidak langsung: the atasan writes a new RHK and indicators that contribute to the row.
/// Who: only the owner of the row's SKP, and per pegawai only as their pejabat penilai (from the position tree), or as
/// ketua of a tim kerja of the year the pegawai is in (tidak langsung only, as an RHK tambahan); other pegawai 403, ids
/// of another tenant 404. An SKP that is submitted or approved is refused (the pegawai makes a revision first). Each
/// pegawai's SKP version travels in the form: a change since the form was opened gives 409 and nothing is saved.
/// The written RHK stays the pegawai's to edit.
/// </summary>
[SatuKoneksi]
public sealed class TetapkanModel(KinaraDbContext db, PosisiService posisiService, TimeProvider clock) : KinaraPageModel
{
    public sealed class BarisInput
    {
        public bool Dipilih { get; set; }
        /// <summary>The pegawai's SKP when the form was opened (none: a draft will be created).</summary>
        public Guid? SkpId { get; set; }
        public int Versi { get; set; }
        /// <summary>Per atasan indicator: this pegawai's target as typed (empty = the default share or the whole target).</summary>
        public Dictionary<Guid, string?> Target { get; set; } = [];
    }

    public sealed class IndikatorBaruInput
    {
        [EnumDataType(typeof(AspekIndikator), ErrorMessage = "Aspek indikator tidak dikenal.")]
        public AspekIndikator? Aspek { get; set; }

        [StringLength(2000, ErrorMessage = "Uraian indikator paling panjang 2.000 karakter.")]
        public string? Teks { get; set; }

        [StringLength(50, ErrorMessage = "Target terlalu panjang.")]
        public string? Target { get; set; }

        [StringLength(100, ErrorMessage = "Satuan paling panjang 100 karakter.")]
        public string? Satuan { get; set; }
    }

    public sealed class TetapkanInput
    {
        [Required(ErrorMessage = "Pilih cara cascading: langsung atau tidak langsung.")]
        [EnumDataType(typeof(JenisCascading), ErrorMessage = "Jenis cascading tidak dikenal.")]
        public JenisCascading? Cascading { get; set; }

        [EnumDataType(typeof(JenisRhk), ErrorMessage = "Jenis RHK tidak dikenal.")]
        public JenisRhk? Jenis { get; set; }

        /// <summary>Tidak langsung: the new RHK's text.</summary>
        [StringLength(2000, ErrorMessage = "Uraian RHK paling panjang 2.000 karakter.")]
        public string? Teks { get; set; }

        public List<IndikatorBaruInput> IndikatorBaru { get; set; } = [];

        /// <summary>Langsung, per atasan indicator: true = split the target among the chosen pegawai, false = copy it whole.</summary>
        public Dictionary<Guid, bool> Bagi { get; set; } = [];

        /// <summary>Langsung: the aspek for an atasan indicator that has none (a JPT's indicator has a perspektif instead).</summary>
        public Dictionary<Guid, AspekIndikator?> Aspek { get; set; } = [];

        /// <summary>Per pegawai (column of the matrix).</summary>
        public Dictionary<Guid, BarisInput> Baris { get; set; } = [];
    }

    public const int JumlahIndikatorBaru = 3;

    [BindProperty] public TetapkanInput Input { get; set; } = new();

    public BarisMatriks Rhk { get; private set; } = null!;
    public SkpAtasan SkpAtasan { get; private set; } = null!;
    public int Tahun { get; private set; }
    public List<KolomMatriks> Kolom { get; private set; } = [];
    /// <summary>Pegawai whose current SKP already has an RHK intervening this row.</summary>
    public HashSet<Guid> SudahAda { get; private set; } = [];
    /// <summary>Set when the row's SKP has been replaced by a revision: nothing can be assigned from it.</summary>
    public string? Terkunci { get; private set; }

    private RencanaHasilKerja _rhkAtasan = null!;

    public string KembaliUrl => $"/perencanaan/matriks?tahun={Tahun}&skp={SkpAtasan.Id}#rhk-{Rhk.Id}";

    /// <summary>The atasan indicators with a numeric target: the ones a pegawai gets a target input for.</summary>
    public IEnumerable<IndikatorRingkas> IndikatorAngka => Rhk.Indikator.Where(i => i.Target is not null);

    public async Task<IActionResult> OnGetAsync(Guid rhkId, Guid? pegawai, CancellationToken ct)
    {
        if (await MuatAsync(rhkId, ct) is { } tolak)
        {
            return tolak;
        }
        if (pegawai is { } dipilih && Kolom.All(k => k.PegawaiId != dipilih))
        {
            return await BukanKolomAsync(dipilih, ct);
        }
        var kolomDipilih = Kolom.FirstOrDefault(k => k.PegawaiId == pegawai);
        Input.Cascading = kolomDipilih is { Bawahan: false } || Rhk.Indikator.Count == 0 ? JenisCascading.TidakLangsung : JenisCascading.Langsung;
        Input.Jenis = JenisRhk.Utama;
        foreach (var i in Rhk.Indikator)
        {
            Input.Bagi[i.Id] = DibagiSecaraBawaan(i);
        }
        foreach (var k in Kolom)
        {
            Input.Baris[k.PegawaiId] = new BarisInput { Dipilih = k.PegawaiId == pegawai && k.BolehDitetapkan, SkpId = k.Skp?.Id, Versi = k.Skp?.Versi ?? 0 };
        }
        Rapikan();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid rhkId, CancellationToken ct)
    {
        if (await MuatAsync(rhkId, ct) is { } tolak)
        {
            return tolak;
        }
        // A chosen pegawai who is not a column of this atasan: 404 when not in this tenant, else 403.
        foreach (var (id, _) in Input.Baris.Where(b => b.Value.Dipilih))
        {
            if (Kolom.All(k => k.PegawaiId != id))
            {
                return await BukanKolomAsync(id, ct);
            }
        }
        Rapikan();
        if (Terkunci is not null)
        {
            return Tolak("", Terkunci, StatusCodes.Status422UnprocessableEntity);
        }
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        var dipilih = Kolom.Where(k => Input.Baris[k.PegawaiId].Dipilih).ToList();
        if (dipilih.Count == 0)
        {
            return Tolak("", "Pilih sedikitnya satu pegawai yang akan diberi RHK ini.", StatusCodes.Status400BadRequest);
        }
        var langsung = Input.Cascading == JenisCascading.Langsung;
        if (langsung && dipilih.FirstOrDefault(k => !k.BolehLangsung) is { } anggotaTim)
        {
            return Tolak("", $"Cascading langsung hanya dapat ditetapkan kepada bawahan yang Anda nilai. {anggotaTim.Nama} adalah anggota tim kerja " +
                "di luar garis atasan Anda: pilih cascading tidak langsung untuknya.", StatusCodes.Status403Forbidden);
        }
        foreach (var k in dipilih)
        {
            var form = Input.Baris[k.PegawaiId];
            if (form.SkpId != k.Skp?.Id || (k.Skp is not null && form.Versi != k.Skp.Versi))
            {
                return StaleForm();
            }
            if (!k.BolehDitetapkan)
            {
                return Tolak("", $"{k.Nama}: {k.AlasanTerkunci()} RHK tidak ditambahkan kepada siapa pun.", StatusCodes.Status422UnprocessableEntity);
            }
        }

        // What each pegawai gets, checked before anything is changed.
        var bagian = new Dictionary<Guid, Dictionary<Guid, decimal>>();
        var indikatorBaru = new List<(AspekIndikator? Aspek, string Teks, decimal? Target, string? TargetTeks, string? Satuan)>();
        if (langsung)
        {
            if (Rhk.Indikator.Count == 0)
            {
                return Tolak("", $"RHK \"{Rhk.Teks}\" belum memiliki indikator untuk disalin. Tambahkan indikatornya pada SKP Anda lebih dulu, atau pilih cascading tidak langsung.",
                    StatusCodes.Status422UnprocessableEntity);
            }
            foreach (var k in dipilih)
            {
                bagian[k.PegawaiId] = [];
            }
            foreach (var i in IndikatorAngka)
            {
                foreach (var k in dipilih)
                {
                    if (!Angka.TryBaca(Input.Baris[k.PegawaiId].Target.GetValueOrDefault(i.Id), out _))
                    {
                        return Tolak($"Input.Baris[{k.PegawaiId}].Target[{i.Id}]",
                            $"Target \"{i.Teks}\" untuk {k.Nama} bukan angka. Tulis angka saja, misalnya 25 atau 12,5.", StatusCodes.Status400BadRequest);
                    }
                }
                foreach (var (pegawaiId, nilai) in Pembagian(i, dipilih, salinTanpaBagi: false))
                {
                    bagian[pegawaiId][i.Id] = nilai;
                }
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(Input.Teks))
            {
                return Tolak("Input.Teks", "Uraian RHK wajib diisi untuk cascading tidak langsung.", StatusCodes.Status400BadRequest);
            }
            for (var n = 0; n < Input.IndikatorBaru.Count; n++)
            {
                var i = Input.IndikatorBaru[n];
                var kosong = string.IsNullOrWhiteSpace(i.Teks);
                if (kosong && string.IsNullOrWhiteSpace(i.Target) && string.IsNullOrWhiteSpace(i.Satuan))
                {
                    continue; // an unused row
                }
                if (kosong)
                {
                    return Tolak($"Input.IndikatorBaru[{n}].Teks", $"Indikator ke-{n + 1}: uraian indikator wajib diisi, atau kosongkan baris itu.", StatusCodes.Status400BadRequest);
                }
                if (i.Aspek is null)
                {
                    return Tolak($"Input.IndikatorBaru[{n}].Aspek", $"Indikator ke-{n + 1}: pilih aspeknya (kuantitas, kualitas, waktu atau biaya).", StatusCodes.Status400BadRequest);
                }
                decimal? target = null;
                string? targetTeks = null;
                if (SkpAtasan.Pendekatan == Pendekatan.Kualitatif && !Angka.TryBaca(i.Target, out _))
                {
                    targetTeks = i.Target; // a narrative target
                }
                else if (!Angka.TryBaca(i.Target, out target))
                {
                    return Tolak($"Input.IndikatorBaru[{n}].Target", $"Indikator ke-{n + 1}: target bukan angka. Tulis angka saja, misalnya 12 atau 12,5.", StatusCodes.Status400BadRequest);
                }
                indikatorBaru.Add((i.Aspek, i.Teks!, target, targetTeks, i.Satuan));
            }
        }

        // The pegawai's SKP, tracked, guarded by the versions the form was opened with.
        var skpIds = dipilih.Where(k => k.Skp is not null).Select(k => k.Skp!.Id).ToList();
        var skpDimuat = await db.Skp.Include(s => s.Rhk).ThenInclude(r => r.Indikator).AsSplitQuery()
            .Where(s => skpIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var dibuat = new List<string>();
        var sekarang = clock.GetUtcNow().UtcDateTime;
        foreach (var k in dipilih)
        {
            Skp skp;
            if (k.Skp is { } ada)
            {
                if (!skpDimuat.TryGetValue(ada.Id, out var dimuat))
                {
                    return StaleForm(); // deleted meanwhile
                }
                skp = dimuat;
                var versi = db.Entry(skp).Property(s => s.Versi);
                versi.OriginalValue = Input.Baris[k.PegawaiId].Versi;
                versi.IsModified = true;
            }
            else
            {
                var posisi = await SkpPosisi.BangunAsync(posisiService, k.PegawaiId, ct);
                if (posisi is null)
                {
                    return Tolak("", $"{k.Nama} belum memiliki jabatan pada data kepegawaian, sehingga SKP-nya belum dapat dibuat. Hubungi admin kepegawaian.",
                        StatusCodes.Status422UnprocessableEntity);
                }
                try
                {
                    skp = Skp.Buat(InstansiId, k.PegawaiId, new DateOnly(Tahun, 1, 1), new DateOnly(Tahun, 12, 31), SkpAtasan.Pendekatan, posisi, sekarang);
                }
                catch (DomainRuleException ex)
                {
                    return RuleBroken(new DomainRuleException($"{k.Nama}: {ex.Message}"));
                }
                db.Skp.Add(skp);
                dibuat.Add(k.Nama);
            }
            // A team member outside the line works on the ketua's RHK beside their own main work: an RHK tambahan.
            var jenis = k.Bawahan ? Input.Jenis ?? JenisRhk.Utama : JenisRhk.Tambahan;
            try
            {
                if (langsung)
                {
                    var aspek = Input.Aspek.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!.Value);
                    skp.TurunkanLangsung(_rhkAtasan, jenis, bagian[k.PegawaiId], aspek);
                }
                else
                {
                    var rhk = skp.TambahRhk(jenis, Input.Teks!, Rhk.Id, JenisCascading.TidakLangsung);
                    foreach (var i in indikatorBaru)
                    {
                        skp.TambahIndikator(rhk.Id, i.Aspek, null, i.Teks, i.Target, null, i.TargetTeks, i.Satuan);
                    }
                }
            }
            catch (DomainRuleException ex)
            {
                return RuleBroken(new DomainRuleException($"{k.Nama}: {ex.Message} RHK tidak ditambahkan kepada siapa pun."));
            }
        }
        if (await SimpanFormulirAsync(db, ct) is { } gagal)
        {
            return gagal;
        }
        // Names end in academic titles ("S.Psi."): kept inside parentheses so no sentence ends in "..".
        PesanSukses = $"RHK \"{(langsung ? Rhk.Teks : Input.Teks!.Trim())}\" ditetapkan kepada {dipilih.Count} pegawai ({string.Join("; ", dipilih.Select(k => k.Nama))}). "
            + "Pegawai masih dapat menyesuaikannya sebelum mengajukan SKP."
            + (dibuat.Count > 0 ? $" SKP draf tahun {Tahun} dibuat untuk {dibuat.Count} pegawai yang belum memilikinya ({string.Join("; ", dibuat)})." : "");
        return Redirect(KembaliUrl);
    }

    /// <summary>Loads the row, its SKP and the columns; null when the user may use the form.</summary>
    private async Task<IActionResult?> MuatAsync(Guid rhkId, CancellationToken ct)
    {
        var rhk = await db.Rhk.AsNoTracking().Include(r => r.Indikator).FirstOrDefaultAsync(r => r.Id == rhkId, ct);
        if (rhk is null)
        {
            return NotFound();
        }
        var skp = await db.Skp.AsNoTracking().Where(s => s.Id == rhk.SkpId)
            .Select(s => new { s.PegawaiId, s.Tahun, Info = new SkpAtasan(s.Id, s.Status, s.Revisi, s.PeriodeAwal, s.PeriodeAkhir, s.Pendekatan, s.JenisJabatan, s.RevisiDariId) })
            .FirstAsync(ct);
        if (PegawaiId is not { } saya || skp.PegawaiId != saya)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        _rhkAtasan = rhk;
        Rhk = new BarisMatriks(rhk.Id, rhk.Urutan, rhk.Jenis, rhk.Teks, rhk.Indikator.OrderBy(i => i.Urutan)
            .Select(i => new IndikatorRingkas(i.Id, i.Aspek, i.Perspektif, i.Teks, i.Target, i.TargetMaks, i.TargetTeks, i.Satuan)).ToList());
        SkpAtasan = skp.Info;
        Tahun = skp.Tahun;
        if (skp.Info.Status == StatusSkp.Digantikan)
        {
            Terkunci = "RHK ini berasal dari versi SKP Anda yang sudah digantikan revisi. Buka matriks peran hasil untuk memakai versi terbaru.";
        }
        // Those who can still take an RHK first: with forty bawahan, most approved SKP would otherwise push them out of sight.
        Kolom = (await MatriksPeranHasil.KolomAsync(db, posisiService, saya, Tahun, skp.Info.PeriodeAwal, skp.Info.PeriodeAkhir, ct))
            .OrderByDescending(k => k.BolehDitetapkan).ToList();
        var skpIds = Kolom.Where(k => k.Skp is not null).Select(k => k.Skp!.Id).ToList();
        var sudah = skpIds.Count == 0 ? [] : await db.Rhk.AsNoTracking()
            .Where(r => r.RhkAtasanId == rhkId && skpIds.Contains(r.SkpId)).Select(r => r.SkpId).ToListAsync(ct);
        SudahAda = Kolom.Where(k => k.Skp is not null && sudah.Contains(k.Skp.Id)).Select(k => k.PegawaiId).ToHashSet();
        return null;
    }

    /// <summary>A pegawai id that is not one of the user's columns: unknown in this tenant → 404, someone else's bawahan → 403.</summary>
    private async Task<IActionResult> BukanKolomAsync(Guid pegawaiId, CancellationToken ct) =>
        await db.Pegawai.AsNoTracking().AnyAsync(p => p.Id == pegawaiId, ct) ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();

    /// <summary>Gives every column and indicator a form entry (kept from the post where there is one) and the spare indicator rows.</summary>
    private void Rapikan()
    {
        foreach (var k in Kolom)
        {
            if (!Input.Baris.ContainsKey(k.PegawaiId))
            {
                Input.Baris[k.PegawaiId] = new BarisInput { SkpId = k.Skp?.Id, Versi = k.Skp?.Versi ?? 0 };
            }
        }
        foreach (var i in Rhk.Indikator)
        {
            Input.Bagi.TryAdd(i.Id, DibagiSecaraBawaan(i));
        }
        while (Input.IndikatorBaru.Count < JumlahIndikatorBaru)
        {
            Input.IndikatorBaru.Add(new IndikatorBaruInput());
        }
    }

    /// <summary>Amounts (kuantitas, biaya) are split by default; percentages, quality and time targets are copied whole.</summary>
    private static bool DibagiSecaraBawaan(IndikatorRingkas i) =>
        i.Target is not null && i.Aspek is not (AspekIndikator.Kualitas or AspekIndikator.Waktu)
        && !(i.Satuan is { } s && (s.Contains('%') || s.Contains("persen", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The default target of each chosen pegawai for one indicator, as the placeholder shows it.</summary>
    public Dictionary<Guid, decimal> Bawaan(IndikatorRingkas i) =>
        Pembagian(i, Kolom.Where(k => Input.Baris.GetValueOrDefault(k.PegawaiId)?.Dipilih == true).ToList(), salinTanpaBagi: true);

    /// <summary>
    /// Each chosen pegawai's target for one indicator: what was typed, else, when the indicator is split, an equal share of
    /// what the typed targets leave of the atasan's target (100 with one pegawai set to 40 leaves 30 and 30 for two others).
    /// Without a split an empty field copies the whole target: included only when <paramref name="salinTanpaBagi"/> (for
    /// display; the domain copies it anyway).
    /// </summary>
    private Dictionary<Guid, decimal> Pembagian(IndikatorRingkas i, List<KolomMatriks> dipilih, bool salinTanpaBagi)
    {
        var hasil = new Dictionary<Guid, decimal>();
        if (i.Target is not { } target || dipilih.Count == 0)
        {
            return hasil;
        }
        var kosong = new List<Guid>();
        foreach (var k in dipilih)
        {
            if (Angka.TryBaca(Input.Baris.GetValueOrDefault(k.PegawaiId)?.Target.GetValueOrDefault(i.Id), out var nilai) && nilai is { } n)
            {
                hasil[k.PegawaiId] = n;
            }
            else
            {
                kosong.Add(k.PegawaiId);
            }
        }
        if (kosong.Count == 0)
        {
            return hasil;
        }
        if (Input.Bagi.GetValueOrDefault(i.Id))
        {
            var sisa = Math.Max(0, target - hasil.Values.Sum());
            var rata = Skp.BagiRata(sisa, kosong.Count);
            for (var n = 0; n < kosong.Count; n++)
            {
                hasil[kosong[n]] = rata[n];
            }
        }
        else if (salinTanpaBagi)
        {
            foreach (var id in kosong)
            {
                hasil[id] = target;
            }
        }
        return hasil;
    }

    private IActionResult Tolak(string key, string pesan, int status)
    {
        ModelState.AddModelError(key, pesan);
        return FormInvalid(status);
    }
}
