using Kinara.Domain.Organisasi;

namespace Kinara.Domain.Perencanaan;

/// <summary>Who the SKP is with, taken when it is created and refreshed when it is submitted.</summary>
public sealed record PosisiSkp(
    Guid? JabatanId, string JabatanNama, JenisJabatan JenisJabatan, Guid? UnitId, string UnitNama,
    Guid? PejabatPenilaiId, string? PejabatPenilaiNama, string? PejabatPenilaiNip);

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
        if (PejabatPenilaiId is null)
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
        baru.SetPosisi(new PosisiSkp(JabatanId, JabatanNama, JenisJabatan, UnitId, UnitNama, PejabatPenilaiId, PejabatPenilaiNama, PejabatPenilaiNip));
        foreach (var r in _rhk)
        {
            var salinan = new RencanaHasilKerja(baru.Id)
            {
                InstansiId = InstansiId, Urutan = r.Urutan, Jenis = r.Jenis, Teks = r.Teks, RhkAtasanId = r.RhkAtasanId, Cascading = r.Cascading,
                PenugasanDari = r.PenugasanDari, SasaranOrganisasiId = r.SasaranOrganisasiId,
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
}
