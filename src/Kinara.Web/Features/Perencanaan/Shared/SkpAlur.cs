using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.Shared;

/// <summary>
/// A refusal of an SKP action in the user's words: the message, the HTTP status that says why (400 input, 403, 422 rule)
/// and the input field it is about (null: the whole form). Pages add it to ModelState, the API turns it into a ProblemDetails.
/// </summary>
public sealed record PenolakanSkp(string Pesan, int Status = StatusCodes.Status422UnprocessableEntity, string? Isian = null);

/// <summary>What submitting an SKP found: the problems to list (empty when it went through) and the refreshed position.</summary>
public sealed record HasilPengajuan(IReadOnlyList<string> Masalah, PosisiSkp? Posisi, string? PenilaiSebelumnya)
{
    public bool Berhasil => Masalah.Count == 0;
}

/// <summary>
/// The SKP rules that need the database or the position tree and therefore do not fit on the <see cref="Skp"/> aggregate:
/// the period check of a new SKP, the cascading link check, the submission with today's position, the approval that
/// retires the previous version, who returns an SKP. The Razor pages and the JSON API (Features/Api) both call these,
/// so the two ways in cannot drift apart.
/// </summary>
public static class SkpAlur
{
    /// <summary>Whether the tenant has the pengelola kinerja review SKP before the penilai (PP 30/2019).</summary>
    public static Task<bool> ReviuPengelolaAsync(KinaraDbContext db, Guid instansiId, CancellationToken ct) =>
        db.Instansi.AsNoTracking().Where(i => i.Id == instansiId).Select(i => i.ReviuPengelolaKinerja).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Makes this save an update of the SKP row guarded by the version the client saw. Needed on every change: adding an
    /// RHK or indicator only inserts child rows and would otherwise never touch the SKP's Versi, so two people editing
    /// different RHK would not notice each other. The audit recorder bumps Versi once.
    /// </summary>
    public static void Sentuh(KinaraDbContext db, Skp skp, int versi)
    {
        var entry = db.Entry(skp).Property(s => s.Versi);
        entry.OriginalValue = versi;
        entry.IsModified = true;
    }

    /// <summary>
    /// Creates (does not save) a new SKP of <paramref name="pegawaiId"/>: the whole year or the given dates within it, never
    /// overlapping another SKP of the pegawai (a change of post mid-year gives a second SKP that starts later).
    /// </summary>
    public static async Task<(Skp? Skp, PenolakanSkp? Tolak)> BuatAsync(KinaraDbContext db, PosisiSkp? posisi, Guid instansiId, Guid pegawaiId,
        int tahun, bool satuTahunPenuh, DateOnly? periodeAwal, DateOnly? periodeAkhir, Pendekatan pendekatan, DateTime sekarang, CancellationToken ct)
    {
        if (posisi is null)
        {
            return (null, new("Jabatan Anda belum ditetapkan, sehingga SKP belum dapat dibuat. Hubungi admin kepegawaian."));
        }
        DateOnly awal, akhir;
        if (satuTahunPenuh)
        {
            (awal, akhir) = (new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31));
        }
        else if (periodeAwal is not { } a || periodeAkhir is not { } b)
        {
            return (null, new("Isi tanggal awal dan akhir periode, atau pilih \"Satu tahun penuh\".", StatusCodes.Status400BadRequest, "PeriodeAwal"));
        }
        else if (a.Year != tahun || b.Year != tahun)
        {
            return (null, new($"Tanggal awal dan akhir periode harus berada di tahun {tahun}.", Isian: "PeriodeAwal"));
        }
        else
        {
            (awal, akhir) = (a, b);
        }

        var bentrok = await db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == pegawaiId && s.Status != StatusSkp.Digantikan && s.PeriodeAwal <= akhir && s.PeriodeAkhir >= awal)
            .OrderBy(s => s.PeriodeAwal).Select(s => new { s.PeriodeAwal, s.PeriodeAkhir, s.Status }).FirstOrDefaultAsync(ct);
        if (bentrok is not null)
        {
            return (null, new($"Anda sudah memiliki SKP untuk periode {SkpLabel.Periode(bentrok.PeriodeAwal, bentrok.PeriodeAkhir)} " +
                $"(status: {bentrok.Status.Teks()}). Satu periode hanya boleh memiliki satu SKP: buka SKP tersebut dari daftar SKP saya, " +
                "atau pilih periode yang tidak bertumpuk."));
        }
        try
        {
            return (Skp.Buat(instansiId, pegawaiId, awal, akhir, pendekatan, posisi, sekarang), null);
        }
        catch (DomainRuleException ex)
        {
            return (null, new(ex.Message, Isian: "PeriodeAwal"));
        }
    }

    /// <summary>
    /// The links an RHK names must exist for this SKP: a non-JPT RHK may only intervene an RHK of its pejabat penilai's
    /// current SKP for the year; a JPT RHK may only carry a sasaran organisasi of its own unit (or the whole Pemda) and year.
    /// </summary>
    public static async Task<PenolakanSkp?> PeriksaTautanRhkAsync(KinaraDbContext db, Skp skp, Guid? rhkAtasanId, Guid? sasaranOrganisasiId, CancellationToken ct)
    {
        if (!skp.IsJpt && rhkAtasanId is { } atasanId
            && (await RhkAtasan.InfoAsync(db, [atasanId], skp.PejabatPenilaiId, skp.Tahun, ct, skp.PegawaiId)).GetValueOrDefault(atasanId)?.Berlaku != true)
        {
            return new("RHK atasan yang dipilih tidak ada (lagi) pada SKP pejabat penilai Anda. Pilih dari daftar.", Isian: "RhkAtasanId");
        }
        if (skp.IsJpt && sasaranOrganisasiId is { } sid && !await SasaranPilihan(db, skp).AnyAsync(s => s.Id == sid, ct))
        {
            return new("Sasaran organisasi yang dipilih tidak ditemukan untuk unit dan tahun SKP ini. Pilih dari daftar.", Isian: "SasaranOrganisasiId");
        }
        return null;
    }

    /// <summary>The sasaran organisasi a JPT RHK may carry: those of the SKP's own unit and of the whole Pemda, for its year.</summary>
    public static IQueryable<SasaranOrganisasi> SasaranPilihan(KinaraDbContext db, Skp skp) =>
        db.SasaranOrganisasi.AsNoTracking().Where(s => s.Tahun == skp.Tahun && (s.UnitId == null || s.UnitId == skp.UnitId));

    /// <summary>Adds (<paramref name="rhkId"/> null) or changes an RHK; a JPT RHK never keeps an atasan link. Throws <see cref="DomainRuleException"/>.</summary>
    public static Guid SimpanRhk(Skp skp, Guid? rhkId, JenisRhk jenis, string teks, Guid? rhkAtasanId, JenisCascading? cascading,
        string? penugasanDari, Guid? sasaranOrganisasiId)
    {
        var atasan = skp.IsJpt ? null : rhkAtasanId;
        var jenisCascading = atasan is null ? null : cascading;
        if (rhkId is { } ada)
        {
            skp.UbahRhk(ada, jenis, teks, atasan, jenisCascading, penugasanDari, sasaranOrganisasiId);
            return ada;
        }
        return skp.TambahRhk(jenis, teks, atasan, jenisCascading, penugasanDari, sasaranOrganisasiId).Id;
    }

    /// <summary>Input checks of an indicator that depend on the SKP: aspek for non-JPT, a known perspektif for JPT.</summary>
    public static IReadOnlyList<PenolakanSkp> PeriksaIndikator(Skp skp, AspekIndikator? aspek, string? perspektif)
    {
        var hasil = new List<PenolakanSkp>();
        if (!skp.IsJpt && aspek is null)
        {
            hasil.Add(new("Pilih aspek indikator: kuantitas, kualitas, waktu atau biaya.", StatusCodes.Status400BadRequest, "Aspek"));
        }
        if (skp.IsJpt && !string.IsNullOrWhiteSpace(perspektif) && !SkpLabel.Perspektif.Contains(perspektif.Trim()))
        {
            hasil.Add(new("Perspektif tidak dikenal. Pilih dari daftar.", StatusCodes.Status400BadRequest, "Perspektif"));
        }
        return hasil;
    }

    /// <summary>The target an indicator needs under the SKP's pendekatan: a number (kuantitatif), or a number or narrative (kualitatif).</summary>
    public static PenolakanSkp? PeriksaTarget(Skp skp, decimal? target, string? targetTeks) =>
        target is not null ? null
        : skp.Pendekatan == Pendekatan.Kuantitatif
            ? new("Target harus berupa angka (pendekatan kuantitatif), misalnya 12.", StatusCodes.Status400BadRequest, "Target")
        : string.IsNullOrWhiteSpace(targetTeks)
            ? new("Isi target: berupa uraian keberhasilan atau angka.", StatusCodes.Status400BadRequest, "TargetTeks")
        : null;

    /// <summary>
    /// Submits the SKP (the caller checked it is editable): the position (jabatan, unit, penilai) is taken again from today's
    /// tree and every cascading link must still point at an RHK of that penilai's current SKP. On an untracked copy this is
    /// a dry run that shows exactly what submitting will say. All problems are listed, not only the first.
    /// </summary>
    public static async Task<HasilPengajuan> AjukanAsync(KinaraDbContext db, PosisiService posisiService, Skp skp, bool reviuPengelola,
        DateTime sekarang, CancellationToken ct)
    {
        var posisi = await SkpPosisi.BangunAsync(posisiService, skp.PegawaiId, ct);
        if (posisi is null)
        {
            return new(["Jabatan Anda belum ditetapkan pada data kepegawaian; hubungi admin kepegawaian."], null, null);
        }
        var penilaiSebelumnya = posisi.PejabatPenilaiId != skp.PejabatPenilaiId && skp.PejabatPenilaiNama is not null ? skp.PejabatPenilaiNama : null;
        var masalah = new List<string>();
        var tautan = skp.Rhk.Where(r => r.RhkAtasanId is not null).ToList();
        var info = await RhkAtasan.InfoAsync(db, tautan.Select(r => r.RhkAtasanId!.Value), posisi.PejabatPenilaiId, skp.Tahun, ct, skp.PegawaiId);
        foreach (var r in tautan.Where(r => info.GetValueOrDefault(r.RhkAtasanId!.Value)?.Berlaku != true))
        {
            masalah.Add($"RHK \"{r.Teks}\" mengintervensi RHK atasan yang tidak ada (lagi) pada SKP pejabat penilai Anda saat ini; pilih ulang RHK atasannya.");
        }
        try
        {
            skp.Ajukan(posisi, reviuPengelola, sekarang);
        }
        catch (DomainRuleException)
        {
            // The position is already refreshed; list every problem rather than the one joined message.
            masalah.InsertRange(0, skp.PeriksaPengajuan());
        }
        return new(masalah, posisi, penilaiSebelumnya);
    }

    /// <summary>
    /// The pejabat penilai approves a submitted SKP; what follows an approval is <see cref="PersetujuanSkp"/> (same save).
    /// Refused with 403 for anyone but the SKP's penilai and 422 for any other status. Returns the retired version, if any.
    /// </summary>
    public static async Task<(Skp? Sebelumnya, PenolakanSkp? Tolak)> SetujuiAsync(KinaraDbContext db, Skp skp, Guid olehPegawaiId, DateTime sekarang, CancellationToken ct)
    {
        try
        {
            skp.Setujui(olehPegawaiId, sekarang);
            return (await PersetujuanSkp.SetelahDisetujuiAsync(db, skp, ct), null);
        }
        catch (DomainRuleException ex)
        {
            return (null, new(ex.Message, skp.PejabatPenilaiId == olehPegawaiId ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status403Forbidden));
        }
    }

    /// <summary>
    /// Who returns this SKP: its pejabat penilai (status Diajukan) or, where the tenant reviews SKP first, the pengelola
    /// kinerja (status Menunggu reviu). <c>Boleh</c> says whether the user may return it in its current state.
    /// </summary>
    public static async Task<(bool OlehPengelola, bool Boleh)> PeranPengembalianAsync(KinaraDbContext db, Guid instansiId, AksesSkp akses, Skp skp, CancellationToken ct)
    {
        var olehPengelola = await ReviuPengelolaAsync(db, instansiId, ct) && akses.BolehReviu(skp);
        return (olehPengelola, olehPengelola || akses.BolehPutuskan(skp));
    }

    /// <summary>An approved SKP has at most one revision in progress: a second one is refused (two clicks, two tabs).</summary>
    public static async Task<PenolakanSkp?> PeriksaRevisiBerjalanAsync(KinaraDbContext db, Skp skp, CancellationToken ct)
    {
        var berjalan = await db.Skp.AsNoTracking()
            .Where(s => s.PegawaiId == skp.PegawaiId && s.PeriodeAwal == skp.PeriodeAwal && s.PeriodeAkhir == skp.PeriodeAkhir
                        && s.Revisi > skp.Revisi && s.Status != StatusSkp.Digantikan)
            .Select(s => new { s.Id, s.Revisi }).FirstOrDefaultAsync(ct);
        return berjalan is null ? null : new($"Revisi ke-{berjalan.Revisi} SKP ini sudah dibuat dan belum disetujui. Lanjutkan revisi itu.");
    }
}
