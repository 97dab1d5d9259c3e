using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;

namespace Kinara.Domain.Tests.Perencanaan;

/// <summary>Mid-year periods, the top of the tree (kepala daerah as penilai), revisions keeping bawahan links, library matching.</summary>
public sealed class PeriodeDanTautanTests
{
    private static readonly DateTime Now = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Penilai = Guid.NewGuid();

    private static PosisiSkp Staf(Guid? penilai = null, string jabatan = "Analis Kepegawaian Ahli Pertama") =>
        new(Guid.NewGuid(), jabatan, JenisJabatan.Fungsional, Guid.NewGuid(), "Bidang Mutasi", penilai ?? Penilai, "Kabid", "198207072008011004");

    private static PosisiSkp Sekda() =>
        new(Guid.NewGuid(), "Sekretaris Daerah", JenisJabatan.Jpt, Guid.NewGuid(), "Sekretariat Daerah", null, "Bupati Sabangau — H. Ahmad", null, PenilaiKepalaDaerah: true);

    private static Skp Disetujui(PosisiSkp posisi, Guid? rhkAtasan = null)
    {
        var skp = Skp.Buat(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Pendekatan.Kuantitatif, posisi, Now);
        var rhk = skp.TambahRhk(JenisRhk.Utama, "Terlaksananya mutasi pegawai", posisi.JenisJabatan == JenisJabatan.Jpt ? null : rhkAtasan ?? Guid.NewGuid(),
            posisi.JenisJabatan == JenisJabatan.Jpt ? null : JenisCascading.TidakLangsung, posisi.JenisJabatan == JenisJabatan.Jpt ? "Bupati" : null);
        skp.TambahIndikator(rhk.Id, posisi.JenisJabatan == JenisJabatan.Jpt ? null : AspekIndikator.Kuantitas,
            posisi.JenisJabatan == JenisJabatan.Jpt ? "Penerima Layanan" : null, "Jumlah SK mutasi", 120, null, null, "dokumen");
        skp.Ajukan(posisi, false, Now);
        if (posisi.PenilaiKepalaDaerah)
        {
            skp.SetujuiAtasNamaKepalaDaerah(Now);
        }
        else
        {
            skp.Setujui(posisi.PejabatPenilaiId!.Value, Now);
        }
        return skp;
    }

    [Fact]
    public void A_new_period_ends_the_approved_skp_the_day_before_and_starts_a_draft_with_the_new_post()
    {
        var skp = Disetujui(Staf());
        var atasanBaru = Guid.NewGuid();
        var baru = skp.MulaiPeriodeBaru(new DateOnly(2026, 7, 1), Staf(atasanBaru, "Analis Kepegawaian Ahli Muda"), Now);

        Assert.Equal(new DateOnly(2026, 6, 30), skp.PeriodeAkhir);
        Assert.Equal(StatusSkp.Disetujui, skp.Status);
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)), (baru.PeriodeAwal, baru.PeriodeAkhir));
        Assert.Equal(StatusSkp.Draft, baru.Status);
        Assert.Equal(skp.PegawaiId, baru.PegawaiId);
        Assert.Equal(atasanBaru, baru.PejabatPenilaiId);
        Assert.Equal("Analis Kepegawaian Ahli Muda", baru.JabatanNama);
        Assert.Empty(baru.Rhk);
        Assert.Equal(7, baru.Perilaku.Count);
    }

    [Theory]
    [InlineData(2026, 1, 1)]   // the first day: nothing would be left of the old period
    [InlineData(2027, 1, 1)]   // after the period
    public void A_new_period_must_start_inside_the_current_one(int y, int m, int d)
    {
        var skp = Disetujui(Staf());
        var ex = Assert.Throws<DomainRuleException>(() => skp.MulaiPeriodeBaru(new DateOnly(y, m, d), Staf(), Now));
        Assert.Contains("Tanggal mulai periode baru", ex.Message);
        Assert.Equal(new DateOnly(2026, 12, 31), skp.PeriodeAkhir);
    }

    [Fact]
    public void A_draft_needs_no_new_period()
    {
        var skp = Skp.Buat(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Pendekatan.Kuantitatif, Staf(), Now);
        var ex = Assert.Throws<DomainRuleException>(() => skp.MulaiPeriodeBaru(new DateOnly(2026, 7, 1), Staf(), Now));
        Assert.Contains("diperbarui saat diajukan", ex.Message);
    }

    [Fact]
    public void The_top_of_the_tree_may_be_submitted_without_a_pegawai_as_penilai_and_is_decided_for_the_kepala_daerah()
    {
        var skp = Skp.Buat(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Pendekatan.Kuantitatif, Sekda(), Now);
        var rhk = skp.TambahRhk(JenisRhk.Utama, "Meningkatnya kualitas tata kelola", penugasanDari: "Bupati");
        skp.TambahIndikator(rhk.Id, null, "Proses Bisnis", "Indeks reformasi birokrasi", 75, null, null, "indeks");
        Assert.Empty(skp.PeriksaPengajuan());
        skp.Ajukan(Sekda(), false, Now);

        // Nobody can approve it as a pegawai: there is no pegawai penilai.
        Assert.Throws<DomainRuleException>(() => skp.Setujui(Guid.NewGuid(), Now));
        skp.KembalikanAtasNamaKepalaDaerah("Tambahkan IKU pertumbuhan ekonomi.");
        Assert.Equal(StatusSkp.Dikembalikan, skp.Status);
        skp.Ajukan(Sekda(), false, Now);
        skp.SetujuiAtasNamaKepalaDaerah(Now);
        Assert.Equal(StatusSkp.Disetujui, skp.Status);
        Assert.Null(skp.DisetujuiOlehId);
    }

    [Fact]
    public void An_skp_with_no_penilai_and_not_at_the_top_cannot_be_submitted_nor_decided_for_the_kepala_daerah()
    {
        var posisi = Staf() with { PejabatPenilaiId = null, PejabatPenilaiNama = null };
        var skp = Skp.Buat(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Pendekatan.Kuantitatif, posisi, Now);
        Assert.Contains(skp.PeriksaPengajuan(), e => e.Contains("Pejabat penilai belum dapat ditentukan"));
        var approved = Disetujui(Staf());
        Assert.Throws<DomainRuleException>(() => approved.KembalikanAtasNamaKepalaDaerah("x"));
    }

    [Fact]
    public void A_revision_remembers_which_rhk_each_copy_came_from()
    {
        var skp = Disetujui(Staf());
        var revisi = skp.BuatRevisi(Now);
        Assert.Equal(skp.Rhk.Select(r => (Guid?)r.Id), revisi.Rhk.Select(r => r.RhkAsalId));
        Assert.DoesNotContain(revisi.Rhk, r => skp.Rhk.Any(o => o.Id == r.Id));
        Assert.Equal(Sekda().PenilaiKepalaDaerah, Disetujui(Sekda()).BuatRevisi(Now).PenilaiKepalaDaerah);
    }

    [Fact]
    public void Bawahan_links_follow_the_atasan_rhk_to_its_copy_in_the_approved_revision()
    {
        var atasan = Disetujui(Staf());
        var revisi = atasan.BuatRevisi(Now);
        var lama = atasan.Rhk[0].Id;
        var bawahan = Disetujui(Staf(atasan.PegawaiId), rhkAtasan: lama);
        var lain = Guid.NewGuid();
        var rhkLain = Skp.Buat(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Pendekatan.Kuantitatif, Staf(), Now)
            .TambahRhk(JenisRhk.Utama, "lain", lain);

        var peta = revisi.Rhk.ToDictionary(r => r.RhkAsalId!.Value, r => r.Id);
        Assert.Equal(1, bawahan.ArahkanUlangRhkAtasan(peta));
        Assert.Equal(revisi.Rhk[0].Id, bawahan.Rhk[0].RhkAtasanId);
        Assert.Equal(StatusSkp.Disetujui, bawahan.Status); // only the link moved
        Assert.Equal(0, bawahan.ArahkanUlangRhkAtasan(peta));
        Assert.Equal(lain, rhkLain.RhkAtasanId);
    }

    [Theory]
    [InlineData("bidan", "Bidan Terampil", true)]
    [InlineData("bidan", "Kepala Sub Bidang Anggaran", false)]
    [InlineData("guru", "Guru Ahli Muda", true)]
    [InlineData("guru", "Pengurus Barang", false)]
    [InlineData("tenaga kesehatan", "Pengelola Data Tenaga Kesehatan", true)]
    [InlineData("perawat, bidan", "Perawat Ahli Pertama", true)]
    public void A_library_template_matches_a_jabatan_by_whole_words(string kunci, string jabatan, bool cocok)
    {
        var t = new TemplateRhk { KataKunciJabatan = kunci, Teks = "x" };
        Assert.Equal(cocok, t.CocokUntuk(jabatan));
    }

    [Fact]
    public void Iku_keep_the_order_they_were_written_in()
    {
        var s = SasaranOrganisasi.Buat(Guid.NewGuid(), 2026, null, TingkatSasaran.TujuanRpjmd, "Meningkatnya kesejahteraan", null);
        var a = s.TambahIku("IPM", 72, "indeks");
        var b = s.TambahIku("Angka kemiskinan", 8, "%");
        s.HapusIku(a.Id);
        var c = s.TambahIku("Pertumbuhan ekonomi", 5, "%");
        Assert.Equal([2, 3], new[] { b.Urutan, c.Urutan });
        Assert.Equal(1, a.Urutan);
    }
}
