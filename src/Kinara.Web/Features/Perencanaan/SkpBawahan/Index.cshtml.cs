using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Perencanaan.SkpBawahan;

/// <summary>
/// The atasan's one screen: every bawahan with the state of their SKP for a year, what needs the atasan first.
/// One query for all bawahan's SKP (no N+1; the bawahan come from the structure snapshot in memory); SKP still addressed to this penilai are included even when the
/// pegawai has since moved out from under them, so nothing waiting for a decision gets lost.
/// </summary>
public sealed class IndexModel(KinaraDbContext db, PosisiService posisi, TimeProvider clock) : KinaraPageModel
{
    public enum Keadaan
    {
        PerluPersetujuan = 0,
        BelumAda = 1,
        Dikembalikan = 2,
        Draf = 3,
        Menunggu = 4,
        Disetujui = 5,
    }

    public sealed record Baris(Guid PegawaiId, string Nama, string Nip, string? Jabatan, Keadaan Keadaan, Guid? SkpId, StatusSkp? Status,
        int Revisi, DateTime? DiajukanPada, bool PenilaiSaya, int SkpLain);

    public int Tahun { get; private set; }
    public IReadOnlyList<int> PilihanTahun { get; private set; } = [];
    public List<Baris> Daftar { get; private set; } = [];
    public Dictionary<Keadaan, int> Jumlah { get; private set; } = [];

    public async Task OnGetAsync(int? tahun, CancellationToken ct)
    {
        var tahunIni = clock.HariIni().Year;
        Tahun = tahun is >= 2000 and <= 2100 ? tahun.Value : tahunIni;
        PilihanTahun = Enumerable.Range(tahunIni - 2, 4).Reverse().ToList();
        if (PegawaiId is not { } saya)
        {
            return;
        }
        // The bawahan and the names come from the structure snapshot in memory: the SKP are the page's one query.
        var struktur = await posisi.StrukturAsync(ct);
        List<BawahanInfo> bawahan = struktur is null ? [] : PosisiService.Bawahan(struktur, saya, clock.HariIni());
        var ids = bawahan.Select(b => b.PegawaiId).ToList();
        var skp = new List<SkpRingkas>();
        await foreach (var s in SkpTahun(db, Tahun, ids, saya).WithCancellation(ct))
        {
            if (struktur?.CariPegawai(s.PegawaiId) is not null) // as the join on pegawai did
            {
                skp.Add(s);
            }
        }
        var perPegawai = skp.ToLookup(s => s.PegawaiId);

        var orang = bawahan.Select(b => (b.PegawaiId, b.Nama, b.Nip, b.Jabatan)).ToList();
        // Pegawai who left this atasan but still have an SKP addressed to them.
        orang.AddRange(skp.Where(s => s.PejabatPenilaiId == saya && !ids.Contains(s.PegawaiId)).DistinctBy(s => s.PegawaiId)
            .Select(s => (s.PegawaiId, struktur!.Pegawai[s.PegawaiId].NamaLengkap, struktur.Pegawai[s.PegawaiId].Nip, (string?)s.JabatanNama)));

        foreach (var (pegawaiId, nama, nip, jabatan) in orang)
        {
            // The SKP that matters most to the atasan: a submitted one first, an approved one last.
            var semua = perPegawai[pegawaiId].OrderBy(s => Urutan(s.Status, s.PejabatPenilaiId == saya)).ThenByDescending(s => s.Revisi).ToList();
            var utama = semua.FirstOrDefault();
            var keadaan = utama is null ? Keadaan.BelumAda : KeadaanDari(utama.Status, utama.PejabatPenilaiId == saya);
            Daftar.Add(new Baris(pegawaiId, nama, nip, jabatan, keadaan, utama?.Id, utama?.Status, utama?.Revisi ?? 0, utama?.DiajukanPada,
                utama?.PejabatPenilaiId == saya, Math.Max(0, semua.Count - 1)));
        }
        Daftar = Daftar.OrderBy(b => b.Keadaan).ThenBy(b => b.DiajukanPada ?? DateTime.MaxValue).ThenBy(b => b.Nama, StringComparer.CurrentCulture).ToList();
        Jumlah = Enum.GetValues<Keadaan>().ToDictionary(k => k, k => Daftar.Count(b => b.Keadaan == k));
    }

    private sealed record SkpRingkas(Guid Id, Guid PegawaiId, StatusSkp Status, int Revisi, DateTime? DiajukanPada, Guid? PejabatPenilaiId,
        string JabatanNama);

    // Compiled (ADR 0008): every view of the atasan's list runs it.
    private static readonly Func<KinaraDbContext, int, List<Guid>, Guid, IAsyncEnumerable<SkpRingkas>> SkpTahun = EF.CompileAsyncQuery(
        (KinaraDbContext db, int tahun, List<Guid> ids, Guid saya) => db.Skp.AsNoTracking()
            .Where(s => s.Tahun == tahun && s.Status != StatusSkp.Digantikan && (ids.Contains(s.PegawaiId) || s.PejabatPenilaiId == saya))
            .Select(s => new SkpRingkas(s.Id, s.PegawaiId, s.Status, s.Revisi, s.DiajukanPada, s.PejabatPenilaiId, s.JabatanNama)));

    private static Keadaan KeadaanDari(StatusSkp status, bool penilaiSaya) => status switch
    {
        StatusSkp.Diajukan => penilaiSaya ? Keadaan.PerluPersetujuan : Keadaan.Menunggu,
        StatusSkp.MenungguReviu => Keadaan.Menunggu,
        StatusSkp.Dikembalikan => Keadaan.Dikembalikan,
        StatusSkp.Disetujui => Keadaan.Disetujui,
        _ => Keadaan.Draf,
    };

    private static int Urutan(StatusSkp status, bool penilaiSaya) => (int)KeadaanDari(status, penilaiSaya);
}
