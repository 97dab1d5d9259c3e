using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;

namespace Kinara.Domain.Tests.Perencanaan;

public sealed class SkpTests
{
    private static readonly DateTime Now = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Penilai = Guid.NewGuid();
    private static readonly Guid RhkAtasan = Guid.NewGuid();

    private static PosisiSkp Staf(Guid? penilai = null) =>
        new(Guid.NewGuid(), "Analis Kepegawaian Ahli Pertama", JenisJabatan.Fungsional, Guid.NewGuid(), "Bidang Mutasi", penilai ?? Penilai, "Kabid", "198207072008011004");

    private static Skp NewSkp(Pendekatan pendekatan = Pendekatan.Kuantitatif, PosisiSkp? posisi = null) =>
        Skp.Buat(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), pendekatan, posisi ?? Staf(), Now);

    private static Skp ReadySkp()
    {
        var skp = NewSkp();
        var rhk = skp.TambahRhk(JenisRhk.Utama, "Terlaksananya mutasi pegawai tepat waktu", RhkAtasan, JenisCascading.TidakLangsung);
        skp.TambahIndikator(rhk.Id, AspekIndikator.Kuantitas, null, "Jumlah SK mutasi", 120, null, null, "dokumen");
        skp.TambahIndikator(rhk.Id, AspekIndikator.Waktu, null, "Ketepatan waktu", 12, null, null, "bulan");
        return skp;
    }

    [Fact]
    public void A_new_skp_is_a_draft_with_all_seven_berakhlak_aspects()
    {
        var skp = NewSkp();
        Assert.Equal(StatusSkp.Draft, skp.Status);
        Assert.Equal(Enum.GetValues<AspekPerilaku>(), skp.Perilaku.Select(p => p.Aspek));
        Assert.Equal(2026, skp.Tahun);
    }

    [Fact]
    public void A_period_spanning_two_years_is_rejected()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Skp.Buat(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 7, 1), new DateOnly(2027, 6, 30), Pendekatan.Kuantitatif, Staf(), Now));
        Assert.Contains("satu tahun", ex.Message);
    }

    [Fact]
    public void Submitting_an_skp_without_rhk_is_rejected()
    {
        var skp = NewSkp();
        var ex = Assert.Throws<DomainRuleException>(() => skp.Ajukan(Staf(), false, Now));
        Assert.Contains("belum memiliki Rencana Hasil Kerja", ex.Message);
        Assert.Equal(StatusSkp.Draft, skp.Status);
    }

    [Fact]
    public void An_rhk_utama_without_an_intervened_atasan_rhk_blocks_submission_but_may_exist_in_a_draft()
    {
        var skp = NewSkp();
        var rhk = skp.TambahRhk(JenisRhk.Utama, "Tersusunnya peta jabatan");
        skp.TambahIndikator(rhk.Id, AspekIndikator.Kuantitas, null, "Jumlah dokumen", 1, null, null, "dokumen");
        var ex = Assert.Throws<DomainRuleException>(() => skp.Ajukan(Staf(), false, Now));
        Assert.Contains("belum mengintervensi RHK pejabat penilai", ex.Message);
    }

    [Fact]
    public void A_quantitative_indicator_needs_a_numeric_target()
    {
        var skp = NewSkp();
        var rhk = skp.TambahRhk(JenisRhk.Utama, "Layanan", RhkAtasan);
        skp.TambahIndikator(rhk.Id, AspekIndikator.Kualitas, null, "Kepuasan", null, null, "baik", null);
        Assert.Contains(skp.PeriksaPengajuan(), e => e.Contains("target berupa angka"));
    }

    [Fact]
    public void A_qualitative_skp_accepts_a_narrative_target()
    {
        var skp = NewSkp(Pendekatan.Kualitatif);
        var rhk = skp.TambahRhk(JenisRhk.Utama, "Layanan", RhkAtasan);
        skp.TambahIndikator(rhk.Id, AspekIndikator.Kualitas, null, "Kepuasan", null, null, "Layanan tanpa keluhan berulang", null);
        Assert.Empty(skp.PeriksaPengajuan());
    }

    [Fact]
    public void The_full_cycle_submit_return_fix_resubmit_approve()
    {
        var skp = ReadySkp();
        skp.Ajukan(Staf(), false, Now);
        Assert.Equal(StatusSkp.Diajukan, skp.Status);

        skp.Kembalikan(Penilai, "Target jumlah SK terlalu rendah");
        Assert.Equal(StatusSkp.Dikembalikan, skp.Status);
        Assert.Equal("Target jumlah SK terlalu rendah", skp.AlasanDikembalikan);

        var rhk = skp.Rhk[0];
        var ind = rhk.Indikator[0];
        skp.UbahIndikator(rhk.Id, ind.Id, AspekIndikator.Kuantitas, null, ind.Teks, 150, null, null, "dokumen");
        Assert.Equal(StatusSkp.Draft, skp.Status);

        skp.Ajukan(Staf(), false, Now);
        skp.Setujui(Penilai, Now);
        Assert.Equal(StatusSkp.Disetujui, skp.Status);
        Assert.Null(skp.AlasanDikembalikan);
        Assert.Equal(Penilai, skp.DisetujuiOlehId);
    }

    [Fact]
    public void Returning_without_a_reason_is_rejected()
    {
        var skp = ReadySkp();
        skp.Ajukan(Staf(), false, Now);
        Assert.Throws<DomainRuleException>(() => skp.Kembalikan(Penilai, "  "));
        Assert.Equal(StatusSkp.Diajukan, skp.Status);
    }

    [Fact]
    public void Someone_who_is_not_the_pejabat_penilai_cannot_approve()
    {
        var skp = ReadySkp();
        skp.Ajukan(Staf(), false, Now);
        var ex = Assert.Throws<DomainRuleException>(() => skp.Setujui(Guid.NewGuid(), Now));
        Assert.Contains("bukan pejabat penilai", ex.Message);
        Assert.Equal(StatusSkp.Diajukan, skp.Status);
    }

    [Fact]
    public void Approving_a_draft_is_an_illegal_transition()
    {
        var skp = ReadySkp();
        var ex = Assert.Throws<DomainRuleException>(() => skp.Setujui(Penilai, Now));
        Assert.Contains("Draf tidak dapat disetujui", ex.Message);
    }

    [Fact]
    public void An_approved_skp_cannot_be_edited_only_revised()
    {
        var skp = ReadySkp();
        skp.Ajukan(Staf(), false, Now);
        skp.Setujui(Penilai, Now);
        var ex = Assert.Throws<DomainRuleException>(() => skp.TambahRhk(JenisRhk.Tambahan, "Tugas lain"));
        Assert.Contains("Buat revisi", ex.Message);

        var revisi = skp.BuatRevisi(Now);
        Assert.Equal(2, revisi.Revisi);
        Assert.Equal(skp.Id, revisi.RevisiDariId);
        Assert.Equal(StatusSkp.Draft, revisi.Status);
        Assert.Equal(skp.Rhk[0].Indikator.Select(i => i.Teks), revisi.Rhk[0].Indikator.Select(i => i.Teks));
        Assert.NotEqual(skp.Rhk[0].Id, revisi.Rhk[0].Id);

        var tambahan = revisi.TambahRhk(JenisRhk.Tambahan, "Menjadi narasumber bimtek");
        revisi.TambahIndikator(tambahan.Id, AspekIndikator.Kuantitas, null, "Jumlah bimtek", 2, null, null, "kegiatan");
        Assert.Single(skp.Rhk);
        revisi.Ajukan(Staf(), false, Now);
        revisi.Setujui(Penilai, Now);
        skp.Gantikan();
        Assert.Equal(StatusSkp.Digantikan, skp.Status);
    }

    [Fact]
    public void With_pengelola_review_on_a_submitted_skp_waits_for_review_before_the_penilai()
    {
        var skp = ReadySkp();
        skp.Ajukan(Staf(), true, Now);
        Assert.Equal(StatusSkp.MenungguReviu, skp.Status);
        Assert.Throws<DomainRuleException>(() => skp.Setujui(Penilai, Now));
        skp.TeruskanSetelahReviu();
        skp.Setujui(Penilai, Now);
        Assert.Equal(StatusSkp.Disetujui, skp.Status);
    }

    [Fact]
    public void Submission_takes_the_current_pejabat_penilai()
    {
        var skp = ReadySkp();
        var baru = Guid.NewGuid();
        skp.Ajukan(Staf(baru), false, Now);
        Assert.Equal(baru, skp.PejabatPenilaiId);
        Assert.Throws<DomainRuleException>(() => skp.Setujui(Penilai, Now));
        skp.Setujui(baru, Now);
    }

    [Fact]
    public void A_jpt_skp_does_not_intervene_an_atasan_rhk_and_needs_no_aspek()
    {
        var jpt = new PosisiSkp(Guid.NewGuid(), "Kepala Dinas Kesehatan", JenisJabatan.Jpt, Guid.NewGuid(), "Dinas Kesehatan", Penilai, "Sekda", "196904151994031005");
        var skp = NewSkp(posisi: jpt);
        Assert.Throws<DomainRuleException>(() => skp.TambahRhk(JenisRhk.Utama, "Meningkatnya derajat kesehatan", RhkAtasan));
        var rhk = skp.TambahRhk(JenisRhk.Utama, "Meningkatnya derajat kesehatan masyarakat", penugasanDari: "Bupati");
        skp.TambahIndikator(rhk.Id, null, "Penerima Layanan", "Angka kematian ibu per 100.000 KH", 90, null, null, "per 100.000 KH");
        Assert.Empty(skp.PeriksaPengajuan());
    }

    [Fact]
    public void Lampiran_keeps_only_non_empty_items_in_order()
    {
        var skp = NewSkp();
        skp.SetLampiran(JenisLampiran.Konsekuensi, ["Apresiasi bila target tercapai", " ", "Pembinaan bila tidak tercapai"]);
        Assert.Equal([1, 2], skp.Lampiran.Select(l => l.Urutan));
    }

    [Fact]
    public void Berakhlak_has_seven_values_each_with_three_panduan()
    {
        Assert.Equal(7, BerAkhlak.Semua.Count);
        Assert.All(BerAkhlak.Semua, n => Assert.Equal(3, n.PanduanPerilaku.Count));
        Assert.Equal("Berorientasi Pelayanan", BerAkhlak.Dari(AspekPerilaku.BerorientasiPelayanan).Nama);
        Assert.Contains("Tidak menyalahgunakan kewenangan jabatan", BerAkhlak.Dari(AspekPerilaku.Akuntabel).PanduanPerilaku);
    }
}
