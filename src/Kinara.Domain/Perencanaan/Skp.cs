using Kinara.Domain.Organisasi;

namespace Kinara.Domain.Perencanaan;

/// <summary>
/// Who the SKP is with, taken when it is created and refreshed when it is submitted. At the top of the position tree
/// (the Sekda: a JPT with no atasan position) the pejabat penilai is the kepala daerah, who is not a pegawai:
/// <see cref="PenilaiKepalaDaerah"/> is set and <see cref="PejabatPenilaiId"/> stays empty.
/// </summary>
public sealed record PosisiSkp(
    Guid? JabatanId, string JabatanNama, JenisJabatan JenisJabatan, Guid? UnitId, string UnitNama,
    Guid? PejabatPenilaiId, string? PejabatPenilaiNama, string? PejabatPenilaiNip, bool PenilaiKepalaDaerah = false);

/// <summary>
/// Sasaran Kinerja Pegawai for one period (PermenPANRB 6/2022): hasil kerja (RHK + indicators), perilaku kerja
/// (BerAKHLAK + ekspektasi khusus) and lampiran. Workflow Draft → Diajukan → Disetujui, or → Dikembalikan → Draft;
/// an approved SKP changes only through a new revision that is approved again. Illegal moves throw.
/// </summary>
public sealed class Skp : ITenantOwned, IVersioned
{
    private readonly List<RencanaHasilKerja> _rhk = [];
    private readonly List<PerilakuKerja> _perilaku = [];
    private readonly List<LampiranSkp> _lampiran = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid InstansiId { get; set; }
    public Guid PegawaiId { get; private set; }
    public int Tahun { get; private set; }
    public DateOnly PeriodeAwal { get; private set; }
    public DateOnly PeriodeAkhir { get; private set; }
    public Pendekatan Pendekatan { get; private set; }

    public Guid? JabatanId { get; private set; }
    public string JabatanNama { get; private set; } = "";
    public JenisJabatan JenisJabatan { get; private set; }
    public Guid? UnitId { get; private set; }
    public string UnitNama { get; private set; } = "";
    public Guid? PejabatPenilaiId { get; private set; }
    public string? PejabatPenilaiNama { get; private set; }
    public string? PejabatPenilaiNip { get; private set; }
    /// <summary>The penilai is the kepala daerah (top of the tree); the pengelola kinerja records the decision.</summary>
    public bool PenilaiKepalaDaerah { get; private set; }

    public StatusSkp Status { get; private set; } = StatusSkp.Draft;
    /// <summary>1 for the first version; each approved-SKP revision adds one.</summary>
    public int Revisi { get; private set; } = 1;
    public Guid? RevisiDariId { get; private set; }
    public string? AlasanDikembalikan { get; private set; }
    public DateTime DibuatPada { get; private set; }
    public DateTime? DiajukanPada { get; private set; }
    public DateTime? DisetujuiPada { get; private set; }
    public Guid? DisetujuiOlehId { get; private set; }
    public int Versi { get; set; }

    public IReadOnlyList<RencanaHasilKerja> Rhk => _rhk;
    public IReadOnlyList<PerilakuKerja> Perilaku => _perilaku;
    public IReadOnlyList<LampiranSkp> Lampiran => _lampiran;

    public bool IsJpt => JenisJabatan == JenisJabatan.Jpt;
    public bool BisaDiubah => Status is StatusSkp.Draft or StatusSkp.Dikembalikan;

    private Skp() { }

    public static Skp Buat(Guid instansiId, Guid pegawaiId, DateOnly awal, DateOnly akhir, Pendekatan pendekatan, PosisiSkp posisi, DateTime sekarang)
    {
        if (akhir < awal)
        {
            throw new DomainRuleException("Akhir periode SKP tidak boleh sebelum awal periode.");
        }
        if (awal.Year != akhir.Year)
        {
            throw new DomainRuleException("Periode SKP harus berada dalam satu tahun kinerja.");
        }
        var skp = new Skp
        {
            InstansiId = instansiId,
            PegawaiId = pegawaiId,
            Tahun = awal.Year,
            PeriodeAwal = awal,
            PeriodeAkhir = akhir,
            Pendekatan = pendekatan,
            DibuatPada = sekarang,
        };
        skp.SetPosisi(posisi);
        foreach (var nilai in BerAkhlak.Semua)
        {
            skp._perilaku.Add(new PerilakuKerja(skp.Id, nilai.Aspek) { InstansiId = instansiId });
        }
        return skp;
    }

    // --- Hasil kerja -----------------------------------------------------------------------------------------

    public RencanaHasilKerja TambahRhk(JenisRhk jenis, string teks, Guid? rhkAtasanId = null, JenisCascading? cascading = null,
        string? penugasanDari = null, Guid? sasaranOrganisasiId = null)
    {
        PastikanBisaDiubah();
        var rhk = new RencanaHasilKerja(Id) { InstansiId = InstansiId, Urutan = _rhk.Count == 0 ? 1 : _rhk.Max(r => r.Urutan) + 1 };
        Isi(rhk, jenis, teks, rhkAtasanId, cascading, penugasanDari, sasaranOrganisasiId);
        _rhk.Add(rhk);
        return rhk;
    }

    public void UbahRhk(Guid rhkId, JenisRhk jenis, string teks, Guid? rhkAtasanId, JenisCascading? cascading,
        string? penugasanDari, Guid? sasaranOrganisasiId)
    {
        PastikanBisaDiubah();
        Isi(CariRhk(rhkId), jenis, teks, rhkAtasanId, cascading, penugasanDari, sasaranOrganisasiId);
    }

    public void HapusRhk(Guid rhkId)
    {
        PastikanBisaDiubah();
        _rhk.Remove(CariRhk(rhkId));
    }

    private void Isi(RencanaHasilKerja rhk, JenisRhk jenis, string teks, Guid? rhkAtasanId, JenisCascading? cascading,
        string? penugasanDari, Guid? sasaranOrganisasiId)
    {
        if (string.IsNullOrWhiteSpace(teks))
        {
            throw new DomainRuleException("Uraian Rencana Hasil Kerja wajib diisi.");
        }
        if (IsJpt && rhkAtasanId is not null)
        {
            throw new DomainRuleException("SKP JPT tidak mengintervensi RHK atasan; isi \"penugasan dari\" dan sasaran organisasi.");
        }
        rhk.Jenis = jenis;
        rhk.Teks = teks.Trim();
        rhk.RhkAtasanId = rhkAtasanId;
        rhk.Cascading = rhkAtasanId is null ? null : cascading ?? JenisCascading.TidakLangsung;
        rhk.PenugasanDari = string.IsNullOrWhiteSpace(penugasanDari) ? null : penugasanDari.Trim();
        rhk.SasaranOrganisasiId = sasaranOrganisasiId;
    }

    public IndikatorKinerja TambahIndikator(Guid rhkId, AspekIndikator? aspek, string? perspektif, string teks,
        decimal? target, decimal? targetMaks, string? targetTeks, string? satuan)
    {
        PastikanBisaDiubah();
        var rhk = CariRhk(rhkId);
        var indikator = new IndikatorKinerja(rhk.Id) { InstansiId = InstansiId, Urutan = rhk.Indikator.Count == 0 ? 1 : rhk.Indikator.Max(i => i.Urutan) + 1 };
        Isi(indikator, aspek, perspektif, teks, target, targetMaks, targetTeks, satuan);
        rhk.IndikatorList.Add(indikator);
        return indikator;
    }

    public void UbahIndikator(Guid rhkId, Guid indikatorId, AspekIndikator? aspek, string? perspektif, string teks,
        decimal? target, decimal? targetMaks, string? targetTeks, string? satuan)
    {
        PastikanBisaDiubah();
        Isi(CariIndikator(rhkId, indikatorId), aspek, perspektif, teks, target, targetMaks, targetTeks, satuan);
    }

    public void HapusIndikator(Guid rhkId, Guid indikatorId)
    {
        PastikanBisaDiubah();
        CariRhk(rhkId).IndikatorList.Remove(CariIndikator(rhkId, indikatorId));
    }

    private void Isi(IndikatorKinerja i, AspekIndikator? aspek, string? perspektif, string teks,
        decimal? target, decimal? targetMaks, string? targetTeks, string? satuan)
    {
        if (string.IsNullOrWhiteSpace(teks))
        {
            throw new DomainRuleException("Uraian indikator wajib diisi.");
        }
        if (target is < 0 || targetMaks is < 0)
        {
            throw new DomainRuleException("Target tidak boleh negatif.");
        }
        if (target is { } t && targetMaks is { } m && m < t)
        {
            throw new DomainRuleException("Batas atas target tidak boleh lebih kecil dari batas bawahnya.");
        }
        i.Aspek = IsJpt ? null : aspek;
        i.Perspektif = IsJpt && !string.IsNullOrWhiteSpace(perspektif) ? perspektif.Trim() : null;
        i.Teks = teks.Trim();
        i.Target = target;
        i.TargetMaks = target is null ? null : targetMaks;
        i.TargetTeks = string.IsNullOrWhiteSpace(targetTeks) ? null : targetTeks.Trim();
        i.Satuan = string.IsNullOrWhiteSpace(satuan) ? null : satuan.Trim();
    }

    // --- Perilaku kerja and lampiran ---------------------------------------------------------------------------

    /// <summary>The pejabat penilai's specific expectation for one BerAKHLAK aspect; allowed until approval.</summary>
    public void SetEkspektasiKhusus(AspekPerilaku aspek, string? teks)
    {
        if (Status is StatusSkp.Disetujui or StatusSkp.Digantikan)
        {
            throw new DomainRuleException("Ekspektasi khusus pimpinan tidak dapat diubah setelah SKP disetujui; buat revisi SKP.");
        }
        _perilaku.Single(p => p.Aspek == aspek).EkspektasiKhusus = string.IsNullOrWhiteSpace(teks) ? null : teks.Trim();
    }

    public void SetLampiran(JenisLampiran jenis, IEnumerable<string> butir)
    {
        PastikanBisaDiubah();
        _lampiran.RemoveAll(l => l.Jenis == jenis);
        var urutan = 0;
        foreach (var teks in butir.Select(b => b.Trim()).Where(b => b.Length > 0))
        {
            _lampiran.Add(new LampiranSkp(Id, jenis, ++urutan, teks) { InstansiId = InstansiId });
        }
    }

    // --- Workflow ------------------------------------------------------------------------------------------------

    /// <summary>Everything that blocks submission, in the user's words; empty when the SKP may be submitted.</summary>
    public IReadOnlyList<string> PeriksaPengajuan()
    {
        var errors = new List<string>();
        if (PejabatPenilaiId is null && !PenilaiKepalaDaerah)
        {
            errors.Add("Pejabat penilai belum dapat ditentukan dari struktur jabatan; hubungi admin kepegawaian.");
        }
        if (_rhk.Count == 0)
        {
            errors.Add("SKP belum memiliki Rencana Hasil Kerja (RHK).");
        }
        else if (!_rhk.Any(r => r.Jenis == JenisRhk.Utama))
        {
            errors.Add("SKP harus memiliki sedikitnya satu RHK utama.");
        }
        foreach (var r in _rhk)
        {
            if (!IsJpt && r.Jenis == JenisRhk.Utama && r.RhkAtasanId is null)
            {
                errors.Add($"RHK utama \"{r.Teks}\" belum mengintervensi RHK pejabat penilai.");
            }
            if (r.Indikator.Count == 0)
            {
                errors.Add($"RHK \"{r.Teks}\" belum memiliki indikator.");
            }
            foreach (var i in r.Indikator)
            {
                if (!IsJpt && i.Aspek is null)
                {
                    errors.Add($"Indikator \"{i.Teks}\" belum memilih aspek (kuantitas, kualitas, waktu atau biaya).");
                }
                if (Pendekatan == Pendekatan.Kuantitatif && i.Target is null)
                {
                    errors.Add($"Indikator \"{i.Teks}\" harus memiliki target berupa angka (pendekatan kuantitatif).");
                }
                if (Pendekatan == Pendekatan.Kualitatif && i.Target is null && i.TargetTeks is null)
                {
                    errors.Add($"Indikator \"{i.Teks}\" belum memiliki target.");
                }
            }
        }
        return errors;
    }

    /// <summary>Submits to the pejabat penilai (or first to the pengelola kinerja when the tenant reviews SKP).</summary>
    public void Ajukan(PosisiSkp posisiTerkini, bool reviuPengelola, DateTime sekarang)
    {
        if (!BisaDiubah)
        {
            throw Illegal("diajukan");
        }
        SetPosisi(posisiTerkini);
        var errors = PeriksaPengajuan();
        if (errors.Count > 0)
        {
            throw new DomainRuleException("SKP belum dapat diajukan: " + string.Join(" ", errors));
        }
        Status = reviuPengelola ? StatusSkp.MenungguReviu : StatusSkp.Diajukan;
        DiajukanPada = sekarang;
    }

    /// <summary>The pengelola kinerja has reviewed the SKP: it goes on to the pejabat penilai.</summary>
    public void TeruskanSetelahReviu()
    {
        if (Status != StatusSkp.MenungguReviu)
        {
            throw Illegal("diteruskan ke pejabat penilai");
        }
        Status = StatusSkp.Diajukan;
    }

    public void Setujui(Guid olehPegawaiId, DateTime sekarang)
    {
        if (Status != StatusSkp.Diajukan)
        {
            throw Illegal("disetujui");
        }
        PastikanPenilai(olehPegawaiId);
        Status = StatusSkp.Disetujui;
        DisetujuiPada = sekarang;
        DisetujuiOlehId = olehPegawaiId;
        AlasanDikembalikan = null;
    }

    /// <summary>Returns the SKP to the pegawai with a reason (by the penilai, or by the pengelola during review).</summary>
    public void Kembalikan(Guid olehPegawaiId, string alasan, bool olehPengelola = false)
    {
        if (string.IsNullOrWhiteSpace(alasan))
        {
            throw new DomainRuleException("Alasan pengembalian wajib diisi agar pegawai tahu apa yang harus diperbaiki.");
        }
        if (olehPengelola ? Status != StatusSkp.MenungguReviu : Status != StatusSkp.Diajukan)
        {
            throw Illegal("dikembalikan");
        }
        if (!olehPengelola)
        {
            PastikanPenilai(olehPegawaiId);
        }
        Status = StatusSkp.Dikembalikan;
        AlasanDikembalikan = alasan.Trim();
    }

    /// <summary>Starts a revision of an approved SKP: a new draft with the same content; this one stays in force until it is approved.</summary>
    public Skp BuatRevisi(DateTime sekarang)
    {
        if (Status != StatusSkp.Disetujui)
        {
            throw new DomainRuleException("Hanya SKP yang sudah disetujui yang dapat direvisi.");
        }
        var baru = new Skp
        {
            InstansiId = InstansiId, PegawaiId = PegawaiId, Tahun = Tahun, PeriodeAwal = PeriodeAwal, PeriodeAkhir = PeriodeAkhir,
            Pendekatan = Pendekatan, Revisi = Revisi + 1, RevisiDariId = Id, DibuatPada = sekarang,
        };
        baru.SetPosisi(Posisi);
        foreach (var r in _rhk)
        {
            var salinan = new RencanaHasilKerja(baru.Id)
            {
                InstansiId = InstansiId, Urutan = r.Urutan, Jenis = r.Jenis, Teks = r.Teks, RhkAtasanId = r.RhkAtasanId, Cascading = r.Cascading,
                PenugasanDari = r.PenugasanDari, SasaranOrganisasiId = r.SasaranOrganisasiId, RhkAsalId = r.Id,
            };
            foreach (var i in r.Indikator)
            {
                salinan.IndikatorList.Add(new IndikatorKinerja(salinan.Id)
                {
                    InstansiId = InstansiId, Urutan = i.Urutan, Aspek = i.Aspek, Perspektif = i.Perspektif, Teks = i.Teks, Target = i.Target,
                    TargetMaks = i.TargetMaks, TargetTeks = i.TargetTeks, Satuan = i.Satuan,
                });
            }
            baru._rhk.Add(salinan);
        }
        foreach (var p in _perilaku)
        {
            baru._perilaku.Add(new PerilakuKerja(baru.Id, p.Aspek) { InstansiId = InstansiId, EkspektasiKhusus = p.EkspektasiKhusus });
        }
        foreach (var l in _lampiran)
        {
            baru._lampiran.Add(new LampiranSkp(baru.Id, l.Jenis, l.Urutan, l.Teks) { InstansiId = InstansiId });
        }
        return baru;
    }

    /// <summary>Called on the previous version when its revision is approved.</summary>
    public void Gantikan()
    {
        if (Status != StatusSkp.Disetujui)
        {
            throw Illegal("digantikan");
        }
        Status = StatusSkp.Digantikan;
    }

    /// <summary>
    /// The kepala daerah approved the SKP of the top of the tree (the Sekda). The kepala daerah has no account: the
    /// pengelola kinerja records the signed decision, so the approver is kept empty and the audit trail names the recorder.
    /// </summary>
    public void SetujuiAtasNamaKepalaDaerah(DateTime sekarang)
    {
        PastikanKeputusanKepalaDaerah("disetujui");
        Status = StatusSkp.Disetujui;
        DisetujuiPada = sekarang;
        DisetujuiOlehId = null;
        AlasanDikembalikan = null;
    }

    /// <summary>The kepala daerah sent the top-of-tree SKP back; the pengelola kinerja records it with the reason.</summary>
    public void KembalikanAtasNamaKepalaDaerah(string alasan)
    {
        if (string.IsNullOrWhiteSpace(alasan))
        {
            throw new DomainRuleException("Alasan pengembalian wajib diisi agar pegawai tahu apa yang harus diperbaiki.");
        }
        PastikanKeputusanKepalaDaerah("dikembalikan");
        Status = StatusSkp.Dikembalikan;
        AlasanDikembalikan = alasan.Trim();
    }

    private void PastikanKeputusanKepalaDaerah(string tindakan)
    {
        if (!PenilaiKepalaDaerah)
        {
            throw new DomainRuleException("Keputusan atas nama kepala daerah hanya untuk SKP yang pejabat penilainya kepala daerah.");
        }
        if (Status != StatusSkp.Diajukan)
        {
            throw Illegal(tindakan);
        }
    }

    // --- Periods and links across SKP -------------------------------------------------------------------------

    /// <summary>
    /// A change of jabatan or atasan during the year (DOMAIN.md §2: several SKP periods in a year): this approved SKP
    /// ends the day before <paramref name="mulai"/> and a new draft SKP covers the rest of its period with the new
    /// position. A draft needs no new period: its position is refreshed when it is submitted.
    /// </summary>
    public Skp MulaiPeriodeBaru(DateOnly mulai, PosisiSkp posisiBaru, DateTime sekarang)
    {
        if (Status != StatusSkp.Disetujui)
        {
            throw new DomainRuleException(Status is StatusSkp.Digantikan
                ? "SKP ini sudah digantikan revisi; mulai periode baru dari versi yang berlaku."
                : "Periode baru hanya dimulai dari SKP yang sudah disetujui. SKP yang belum disetujui cukup diubah: jabatan dan pejabat penilai diperbarui saat diajukan.");
        }
        if (mulai <= PeriodeAwal || mulai > PeriodeAkhir)
        {
            throw new DomainRuleException($"Tanggal mulai periode baru harus setelah {PeriodeAwal:dd-MM-yyyy} dan paling lambat {PeriodeAkhir:dd-MM-yyyy}.");
        }
        var akhirLama = PeriodeAkhir;
        PeriodeAkhir = mulai.AddDays(-1);
        return Buat(InstansiId, PegawaiId, mulai, akhirLama, Pendekatan, posisiBaru, sekarang);
    }

    /// <summary>
    /// The atasan's revision was approved: this SKP's RHK that intervened an RHK of the replaced version now point at
    /// its copy in the new version (<paramref name="petaLamaKeBaru"/>: old RHK id → new RHK id). Only the link is kept
    /// current — the content of this SKP, whatever its status, is not changed. Returns how many RHK were re-pointed.
    /// </summary>
    public int ArahkanUlangRhkAtasan(IReadOnlyDictionary<Guid, Guid> petaLamaKeBaru)
    {
        var jumlah = 0;
        foreach (var r in _rhk)
        {
            if (r.RhkAtasanId is { } lama && petaLamaKeBaru.TryGetValue(lama, out var baru))
            {
                r.RhkAtasanId = baru;
                jumlah++;
            }
        }
        return jumlah;
    }

    private PosisiSkp Posisi => new(JabatanId, JabatanNama, JenisJabatan, UnitId, UnitNama, PejabatPenilaiId, PejabatPenilaiNama, PejabatPenilaiNip, PenilaiKepalaDaerah);

    private void SetPosisi(PosisiSkp p)
    {
        JabatanId = p.JabatanId;
        JabatanNama = p.JabatanNama;
        JenisJabatan = p.JenisJabatan;
        UnitId = p.UnitId;
        UnitNama = p.UnitNama;
        PejabatPenilaiId = p.PejabatPenilaiId;
        PejabatPenilaiNama = p.PejabatPenilaiNama;
        PejabatPenilaiNip = p.PejabatPenilaiNip;
        PenilaiKepalaDaerah = p.PenilaiKepalaDaerah;
    }

    private void PastikanBisaDiubah()
    {
        if (!BisaDiubah)
        {
            throw new DomainRuleException(Status is StatusSkp.Disetujui or StatusSkp.Digantikan
                ? "SKP yang sudah disetujui tidak dapat diubah. Buat revisi SKP untuk mengubahnya."
                : "SKP sedang diajukan dan tidak dapat diubah sampai disetujui atau dikembalikan.");
        }
        // Editing a returned SKP makes it a draft again; the reason stays visible until it is approved.
        Status = StatusSkp.Draft;
    }

    private void PastikanPenilai(Guid olehPegawaiId)
    {
        if (PejabatPenilaiId != olehPegawaiId)
        {
            throw new DomainRuleException("Anda bukan pejabat penilai pegawai ini.");
        }
    }

    private RencanaHasilKerja CariRhk(Guid rhkId) =>
        _rhk.FirstOrDefault(r => r.Id == rhkId) ?? throw new DomainRuleException("RHK tidak ditemukan pada SKP ini.");

    private IndikatorKinerja CariIndikator(Guid rhkId, Guid indikatorId) =>
        CariRhk(rhkId).Indikator.FirstOrDefault(i => i.Id == indikatorId) ?? throw new DomainRuleException("Indikator tidak ditemukan pada RHK ini.");

    private DomainRuleException Illegal(string tindakan) =>
        new($"SKP berstatus {StatusLabel(Status)} tidak dapat {tindakan}.");

    public static string StatusLabel(StatusSkp s) => s switch
    {
        StatusSkp.Draft => "Draf",
        StatusSkp.MenungguReviu => "Menunggu reviu pengelola kinerja",
        StatusSkp.Diajukan => "Diajukan",
        StatusSkp.Dikembalikan => "Dikembalikan",
        StatusSkp.Disetujui => "Disetujui",
        StatusSkp.Digantikan => "Digantikan revisi",
        _ => s.ToString(),
    };

    // --- Matriks peran hasil (cascading from the atasan's matrix) ------------------------------------------------
    // Kept together at the end of the class: added for the matriks peran hasil (issue 3, item 4).

    /// <summary>
    /// Direct cascading (DOMAIN.md §1.6): adds an RHK that copies the text and indicators of <paramref name="rhkAtasan"/>
    /// and intervenes it. <paramref name="bagianTarget"/> gives, per atasan indicator id, this pegawai's part of a numeric
    /// target (a split); indicators not in it keep the atasan's target (a copy). A range (TargetMaks) is split in the same
    /// proportion. <paramref name="aspek"/> fills the aspek where the atasan's indicator has none (a JPT's perspektif).
    /// </summary>
    public RencanaHasilKerja TurunkanLangsung(RencanaHasilKerja rhkAtasan, JenisRhk jenis,
        IReadOnlyDictionary<Guid, decimal>? bagianTarget = null, IReadOnlyDictionary<Guid, AspekIndikator>? aspek = null)
    {
        ArgumentNullException.ThrowIfNull(rhkAtasan);
        if (rhkAtasan.SkpId == Id)
        {
            throw new DomainRuleException("RHK tidak dapat diturunkan ke SKP yang sama.");
        }
        if (rhkAtasan.Indikator.Count == 0)
        {
            throw new DomainRuleException($"RHK atasan \"{rhkAtasan.Teks}\" belum memiliki indikator untuk disalin. " +
                "Tambahkan indikatornya lebih dulu, atau pilih cascading tidak langsung.");
        }
        bagianTarget ??= new Dictionary<Guid, decimal>();
        foreach (var id in bagianTarget.Keys)
        {
            var sumber = rhkAtasan.Indikator.FirstOrDefault(i => i.Id == id)
                ?? throw new DomainRuleException("Indikator yang dibagi tidak ada pada RHK atasan.");
            if (sumber.Target is null)
            {
                throw new DomainRuleException($"Indikator \"{sumber.Teks}\" tidak memiliki target berupa angka, sehingga tidak dapat dibagi.");
            }
        }
        var rhk = TambahRhk(jenis, rhkAtasan.Teks, rhkAtasan.Id, JenisCascading.Langsung);
        foreach (var i in rhkAtasan.Indikator.OrderBy(i => i.Urutan))
        {
            var (target, targetMaks) = (i.Target, i.TargetMaks);
            if (bagianTarget.TryGetValue(i.Id, out var bagian))
            {
                targetMaks = targetMaks is { } m && target is > 0 ? Math.Round(m * bagian / target.Value, 2) : null;
                target = bagian;
            }
            var a = i.Aspek ?? (aspek is not null && aspek.TryGetValue(i.Id, out var dipilih) ? dipilih : null);
            TambahIndikator(rhk.Id, a, null, i.Teks, target, targetMaks, i.TargetTeks, i.Satuan);
        }
        return rhk;
    }

    /// <summary>
    /// Splits a target into <paramref name="jumlah"/> equal parts whose sum is exactly the whole: whole numbers stay whole
    /// (100 over 3 = 34, 33, 33), others in hundredths (or the target's own precision if finer); the first parts take the remainder.
    /// </summary>
    public static IReadOnlyList<decimal> BagiRata(decimal target, int jumlah)
    {
        if (jumlah < 1)
        {
            throw new DomainRuleException("Pilih sedikitnya satu pegawai untuk membagi target.");
        }
        if (target < 0)
        {
            throw new DomainRuleException("Target tidak boleh negatif.");
        }
        // Whole numbers split in whole units; otherwise in hundredths, or finer when the target itself is finer.
        var satuan = target == decimal.Truncate(target) ? 1m : 1m / (decimal)Math.Pow(10, Math.Max(2, (int)target.Scale));
        var dasar = decimal.Floor(target / jumlah / satuan) * satuan;
        var sisa = (int)Math.Round((target - dasar * jumlah) / satuan);
        return Enumerable.Range(0, jumlah).Select(k => k < sisa ? dasar + satuan : dasar).ToList();
    }
}
