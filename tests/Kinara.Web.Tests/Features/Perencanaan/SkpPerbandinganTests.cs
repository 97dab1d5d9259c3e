using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Features.Perencanaan.Shared;

namespace Kinara.Web.Tests.Features.Perencanaan;

/// <summary>Pairing RHK and indicators of two SKP versions whose rows all have new ids.</summary>
public sealed class SkpPerbandinganTests
{
    private static readonly PosisiSkp Posisi = new(Guid.NewGuid(), "Staf", JenisJabatan.Pelaksana, null, "", Guid.NewGuid(), "Atasan", "1");

    private static Skp Disetujui()
    {
        var skp = Skp.Buat(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Pendekatan.Kuantitatif, Posisi, DateTime.UtcNow);
        var a = skp.TambahRhk(JenisRhk.Utama, "Laporan keuangan", Guid.NewGuid());
        skp.TambahIndikator(a.Id, AspekIndikator.Kuantitas, null, "Jumlah laporan", 12, null, null, "Laporan");
        var b = skp.TambahRhk(JenisRhk.Utama, "Arsip tertata", Guid.NewGuid());
        skp.TambahIndikator(b.Id, AspekIndikator.Kuantitas, null, "Jumlah berkas", 100, null, null, "Berkas");
        var c = skp.TambahRhk(JenisRhk.Tambahan, "Panitia lomba", null);
        skp.TambahIndikator(c.Id, AspekIndikator.Waktu, null, "Tepat waktu", 1, null, null, "Kegiatan");
        skp.Ajukan(Posisi, false, DateTime.UtcNow);
        skp.Setujui(Posisi.PejabatPenilaiId!.Value, DateTime.UtcNow);
        return skp;
    }

    [Fact]
    public void An_unchanged_revision_has_no_differences()
    {
        var lama = Disetujui();
        var hasil = SkpPerbandingan.Bandingkan(lama, lama.BuatRevisi(DateTime.UtcNow), _ => "", _ => "");
        Assert.All(hasil, r => Assert.Equal(JenisPerubahan.Sama, r.Jenis));
        Assert.Equal(3, hasil.Count);
    }

    [Fact]
    public void Added_removed_and_changed_rows_are_told_apart()
    {
        var lama = Disetujui();
        var baru = lama.BuatRevisi(DateTime.UtcNow);
        var laporan = baru.Rhk.Single(r => r.Teks == "Laporan keuangan");
        baru.UbahIndikator(laporan.Id, laporan.Indikator.Single().Id, AspekIndikator.Kuantitas, null, "Jumlah laporan", 24, null, null, "Laporan");
        baru.HapusRhk(baru.Rhk.Single(r => r.Teks == "Panitia lomba").Id);
        baru.TambahRhk(JenisRhk.Tambahan, "Tim pendataan", null);
        // Re-typed text at the same position is the same RHK, changed.
        var arsip = baru.Rhk.Single(r => r.Teks == "Arsip tertata");
        baru.UbahRhk(arsip.Id, JenisRhk.Utama, "Arsip bidang tertata rapi", arsip.RhkAtasanId, null, null, null);

        var hasil = SkpPerbandingan.Bandingkan(lama, baru, id => id?.ToString() ?? "", _ => "");
        Assert.Equal(JenisPerubahan.Diubah, hasil.Single(r => r.Rhk.Teks == "Laporan keuangan").Jenis);
        var target = hasil.Single(r => r.Rhk.Teks == "Laporan keuangan").Indikator.Single();
        Assert.Equal(new Beda("Target", "12", "24"), Assert.Single(target.Beda));
        Assert.Equal(JenisPerubahan.Dihapus, hasil.Single(r => r.Rhk.Teks == "Panitia lomba").Jenis);
        Assert.Equal(JenisPerubahan.Ditambah, hasil.Single(r => r.Rhk.Teks == "Tim pendataan").Jenis);
        var diketikUlang = hasil.Single(r => r.Baru?.Teks == "Arsip bidang tertata rapi");
        Assert.Equal(JenisPerubahan.Diubah, diketikUlang.Jenis);
        Assert.Equal("Arsip tertata", diketikUlang.Lama!.Teks);
    }
}
