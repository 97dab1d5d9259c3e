using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Perencanaan.Shared;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Api.V1;

/// <summary>What every SKP endpoint does the same way: load with the access check, map to JSON, save with the version guard.</summary>
public static class SkpApi
{
    public const string Alamat = "/api/v1/skp";

    /// <summary>
    /// Loads the whole SKP. Another tenant's id is not found (query filter); someone in the tenant with no business with
    /// the SKP gets 403, as on the pages (<see cref="AksesSkp"/>).
    /// </summary>
    public static async Task<(Skp Skp, AksesSkp Akses, IResult? Tolak)> MuatAsync(HttpContext http, KinaraDbContext db, Guid id, bool lacak, bool periksaLihat = true)
    {
        var query = lacak ? db.Skp.Lengkap() : db.Skp.Lengkap().AsNoTracking();
        var skp = await query.FirstOrDefaultAsync(s => s.Id == id, http.RequestAborted);
        if (skp is null)
        {
            return (null!, new(false, false, false, false), ApiMasalah.TidakAda("SKP tidak ditemukan."));
        }
        var akses = AksesSkp.Dari(http.User, http.User.PegawaiId(), skp);
        return (skp, akses, periksaLihat && !akses.BolehLihat ? ApiMasalah.Ditolak("Anda tidak berhak membuka SKP ini.") : null);
    }

    /// <summary>Saves; a write that raced this one (same version read by both) loses with 412.</summary>
    public static async Task<IResult?> SimpanAsync(KinaraDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiMasalah.VersiBasi();
        }
    }

    /// <summary>The whole SKP as JSON, with the ETag header: the identity of the pegawai, linked atasan RHK, and what the caller may do.</summary>
    public static async Task<IResult> JawabAsync(HttpContext http, KinaraDbContext db, Skp skp, AksesSkp akses, int status = StatusCodes.Status200OK)
    {
        var dto = await LengkapAsync(http, db, skp, akses);
        ApiVersi.Tulis(http, skp.Versi);
        return status == StatusCodes.Status201Created ? Results.Created($"{Alamat}/{skp.Id}", dto) : Results.Ok(dto);
    }

    public static async Task<SkpLengkap> LengkapAsync(HttpContext http, KinaraDbContext db, Skp skp, AksesSkp akses)
    {
        var ct = http.RequestAborted;
        var pegawai = await db.Pegawai.AsNoTracking().Where(p => p.Id == skp.PegawaiId)
            .Select(p => new { p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang }).FirstAsync(ct);
        var atasan = await InfoAtasanAsync(db, skp, skp.Rhk, ct);
        var reviu = await SkpAlur.ReviuPengelolaAsync(db, http.User.InstansiId(), ct);
        string[] Lampiran(JenisLampiran j) => [.. skp.Lampiran.Where(l => l.Jenis == j).OrderBy(l => l.Urutan).Select(l => l.Teks)];
        return new SkpLengkap(
            skp.Id, new PegawaiRingkas(skp.PegawaiId, pegawai.Nip, Domain.Kepegawaian.Pegawai.NamaDenganGelar(pegawai.GelarDepan, pegawai.Nama, pegawai.GelarBelakang)),
            skp.Tahun, skp.PeriodeAwal, skp.PeriodeAkhir, skp.Pendekatan, skp.Status, skp.Status.Teks(),
            new JabatanSkp(skp.JabatanId, skp.JabatanNama, skp.JenisJabatan), new UnitSkp(skp.UnitId, skp.UnitNama),
            new PenilaiSkp(skp.PejabatPenilaiId, skp.PejabatPenilaiNama, skp.PejabatPenilaiNip),
            skp.Revisi, skp.RevisiDariId, skp.AlasanDikembalikan, Utc(skp.DibuatPada), Utc(skp.DiajukanPada), Utc(skp.DisetujuiPada), skp.DisetujuiOlehId,
            [.. skp.Rhk.OrderBy(r => r.Jenis).ThenBy(r => r.Urutan).Select(r => Rhk(r, atasan))],
            [.. BerAkhlak.Semua.Select(n => new PerilakuSkp(n.Aspek, n.Nama, n.PanduanPerilaku,
                skp.Perilaku.FirstOrDefault(p => p.Aspek == n.Aspek)?.EkspektasiKhusus))],
            new LampiranSkpData(Lampiran(JenisLampiran.DukunganSumberDaya), Lampiran(JenisLampiran.SkemaPertanggungjawaban), Lampiran(JenisLampiran.Konsekuensi)),
            akses.BolehUbah(skp) ? skp.PeriksaPengajuan() : [],
            new TindakanSkp(
                Ubah: akses.BolehUbah(skp), Ajukan: akses.BolehUbah(skp), Setujui: akses.BolehPutuskan(skp),
                Kembalikan: akses.BolehPutuskan(skp) || (reviu && akses.BolehReviu(skp)), IsiEkspektasi: akses.BolehIsiEkspektasi(skp),
                Teruskan: reviu && akses.BolehReviu(skp), Revisi: akses.Pemilik && skp.Status == StatusSkp.Disetujui),
            skp.Versi);
    }

    public static Task<Dictionary<Guid, RhkAtasanInfo>> InfoAtasanAsync(KinaraDbContext db, Skp skp, IEnumerable<RencanaHasilKerja> rhk, CancellationToken ct) =>
        RhkAtasan.InfoAsync(db, rhk.Where(r => r.RhkAtasanId is not null).Select(r => r.RhkAtasanId!.Value), skp.PejabatPenilaiId, skp.Tahun, ct);

    public static RhkSkp Rhk(RencanaHasilKerja r, IReadOnlyDictionary<Guid, RhkAtasanInfo> atasan) => new(
        r.Id, r.Urutan, r.Jenis, r.Teks, r.RhkAtasanId,
        r.RhkAtasanId is { } a && atasan.GetValueOrDefault(a) is { } info ? new RhkAtasanRingkas(info.Id, info.Teks, info.Berlaku) : null,
        r.Cascading, r.PenugasanDari, r.SasaranOrganisasiId, [.. r.Indikator.OrderBy(i => i.Urutan).Select(Indikator)]);

    public static IndikatorSkp Indikator(IndikatorKinerja i) =>
        new(i.Id, i.Urutan, i.Aspek, i.Perspektif, i.Teks, i.Target, i.TargetMaks, i.TargetTeks, i.Satuan);

    /// <summary>Timestamps are stored in UTC; the provider may hand them back unspecified, so say so on the wire ("…Z").</summary>
    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? t) => t is { } v ? Utc(v) : null;
}
