using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using static Kinara.Domain.Perencanaan.AspekIndikator;

namespace Kinara.Web.Infrastructure.Demo;

/// <summary>
/// Planning data of a demo Pemda: a short RPJMD chain (2 tujuan, 4 sasaran) with Renstra and Perjanjian Kinerja goals of six
/// perangkat daerah, the indicator library, and, in Sabangau only, this year's SKP so the cascading tree and the monitoring
/// have something to show: the Sekda and kepala dinas with RHK carrying the PK goals, kepala bidang intervening them, staff
/// below with a realistic mix of statuses. The demo pegawai account is left without an SKP (the browser journey makes one);
/// the demo atasan account has an approved SKP whose RHK the pegawai can intervene. Deterministic: one seed per region.
/// </summary>
public static partial class DemoPerencanaan
{
    /// <summary>A perangkat daerah's goals: Renstra and PK with IKU, and the kepala dinas's RHK (one per PK IKU).</summary>
    private sealed record TujuanPd(string Kode, int SasaranRpjmd, string Renstra, Iku[] IkuRenstra, string Pk, (Iku Iku, string RhkJpt, string Perspektif)[] IkuPk);

    private sealed record Iku(string Teks, decimal Target, string Satuan);

    private static readonly TujuanPd[] PerangkatDaerah =
    [
        new("DISDIK", 0, "Meningkatnya akses dan mutu layanan pendidikan dasar",
            [new("Angka partisipasi murni SMP/sederajat", 82, "%")],
            "Meningkatnya mutu pembelajaran pada satuan pendidikan dasar",
            [(new("Persentase satuan pendidikan dasar dengan capaian literasi berkategori baik", 60, "%"), "Meningkatnya mutu pembelajaran dan capaian literasi-numerasi satuan pendidikan dasar", "Penerima Layanan"),
             (new("Persentase guru yang memiliki sertifikat pendidik", 75, "%"), "Meningkatnya kualifikasi dan kompetensi pendidik", "Penguatan Internal")]),
        new("DINKES", 1, "Meningkatnya akses dan mutu pelayanan kesehatan",
            [new("Persentase puskesmas terakreditasi paripurna", 50, "%")],
            "Meningkatnya mutu pelayanan kesehatan dasar di puskesmas",
            [(new("Cakupan imunisasi dasar lengkap", 95, "%"), "Meningkatnya cakupan pelayanan kesehatan ibu dan anak", "Penerima Layanan"),
             (new("Persentase pengaduan layanan kesehatan yang ditanggapi paling lama 1×24 jam", 100, "%"), "Meningkatnya kecepatan dan mutu pelayanan kesehatan dasar", "Proses Bisnis")]),
        new("DISDUKCAPIL", 2, "Meningkatnya kualitas pelayanan administrasi kependudukan",
            [new("Indeks Kepuasan Masyarakat layanan administrasi kependudukan", 88, "nilai")],
            "Meningkatnya kecepatan dan cakupan layanan dokumen kependudukan",
            [(new("Persentase dokumen kependudukan yang terbit paling lama 1 hari kerja", 95, "%"), "Meningkatnya kecepatan pelayanan dokumen kependudukan", "Penerima Layanan"),
             (new("Cakupan kepemilikan akta kelahiran penduduk usia 0–18 tahun", 97, "%"), "Meningkatnya cakupan kepemilikan dokumen kependudukan", "Proses Bisnis")]),
        new("DLH", 3, "Meningkatnya kualitas lingkungan hidup",
            [new("Indeks Kualitas Lingkungan Hidup", 70, "indeks")],
            "Meningkatnya pengelolaan sampah dan pengendalian pencemaran lingkungan",
            [(new("Persentase timbulan sampah yang terkelola", 75, "%"), "Meningkatnya timbulan sampah yang terkelola", "Penerima Layanan"),
             (new("Persentase pengaduan lingkungan yang ditindaklanjuti", 100, "%"), "Tertanganinya pengaduan dan pencemaran lingkungan", "Proses Bisnis")]),
        new("DISHUB", 2, "Meningkatnya keselamatan dan keandalan transportasi",
            [new("Jumlah kecelakaan lalu lintas dengan korban meninggal per 100.000 penduduk (paling tinggi)", 3, "kejadian")],
            "Meningkatnya keselamatan lalu lintas dan keandalan angkutan umum",
            [(new("Jumlah titik rawan kecelakaan yang ditangani", 6, "titik"), "Meningkatnya keselamatan lalu lintas jalan", "Penerima Layanan"),
             (new("Persentase kendaraan wajib uji yang lulus uji berkala", 85, "%"), "Meningkatnya kelaikan kendaraan dan ketepatan jadwal angkutan umum", "Proses Bisnis")]),
        new("BKPSDM", 2, "Meningkatnya profesionalitas ASN",
            [new("Indeks Profesionalitas ASN", 75, "nilai")],
            "Meningkatnya kualitas pengelolaan kinerja dan kompetensi ASN",
            [(new("Persentase ASN yang SKP-nya disetujui tepat waktu", 95, "%"), "Meningkatnya kualitas pengelolaan kinerja ASN", "Proses Bisnis"),
             (new("Persentase ASN yang memenuhi 20 JP pengembangan kompetensi", 80, "%"), "Meningkatnya kompetensi ASN", "Penguatan Internal")]),
    ];

    private sealed record Tujuan(string Teks, Iku Iku, (string Teks, Iku[] Iku)[] Sasaran);

    private static Tujuan[] Rpjmd(string wilayah) =>
    [
        new($"Meningkatnya kualitas sumber daya manusia {wilayah} yang sehat, cerdas dan berdaya saing", new("Indeks Pembangunan Manusia", 72.5m, "indeks"),
        [
            ("Meningkatnya mutu dan pemerataan pendidikan", [new("Rata-rata lama sekolah", 8.9m, "tahun"), new("Harapan lama sekolah", 13.1m, "tahun")]),
            ("Meningkatnya derajat kesehatan masyarakat", [new("Angka harapan hidup", 70.8m, "tahun"), new("Prevalensi stunting balita (paling tinggi)", 14, "%")]),
        ]),
        new("Terwujudnya tata kelola pemerintahan yang bersih dan melayani serta lingkungan yang berkelanjutan", new("Indeks Reformasi Birokrasi", 70, "nilai"),
        [
            ("Meningkatnya kualitas pelayanan publik dan profesionalitas ASN", [new("Indeks Kepuasan Masyarakat", 85, "nilai"), new("Indeks Profesionalitas ASN", 75, "nilai")]),
            ("Meningkatnya kualitas lingkungan hidup", [new("Indeks Kualitas Lingkungan Hidup", 70, "indeks")]),
        ]),
    ];

    /// <summary>Seeds one Pemda; called by <see cref="DemoSeeder"/> after its units, jabatan and pegawai are saved.</summary>
    public static async Task SeedAsync(KinaraDbContext db, Instansi instansi, string wilayah, DemoOrganisasi org, IReadOnlyList<Pegawai> pegawai,
        TimeProvider clock, CancellationToken ct)
    {
        var tahun = clock.GetUtcNow().UtcDateTime.AddHours(7).Year; // the year in WIB
        var unitPerKode = org.Unit.ToDictionary(u => u.Kode);
        var sasaranPk = new Dictionary<string, SasaranOrganisasi>();
        var sasaranRpjmd = new List<SasaranOrganisasi>();
        foreach (var t in Rpjmd(wilayah))
        {
            // The RPJMD runs five years from the year after the regional election: it started last year.
            var tujuan = SasaranOrganisasi.Buat(instansi.Id, tahun - 1, null, TingkatSasaran.TujuanRpjmd, t.Teks, null);
            tujuan.TambahIku(t.Iku.Teks, t.Iku.Target, t.Iku.Satuan);
            db.SasaranOrganisasi.Add(tujuan);
            foreach (var (teks, iku) in t.Sasaran)
            {
                var s = SasaranOrganisasi.Buat(instansi.Id, tahun - 1, null, TingkatSasaran.SasaranRpjmd, teks, tujuan);
                foreach (var i in iku)
                {
                    s.TambahIku(i.Teks, i.Target, i.Satuan);
                }
                db.SasaranOrganisasi.Add(s);
                sasaranRpjmd.Add(s);
            }
        }
        foreach (var pd in PerangkatDaerah)
        {
            var unit = unitPerKode[pd.Kode];
            var renstra = SasaranOrganisasi.Buat(instansi.Id, tahun, unit.Id, TingkatSasaran.SasaranRenstra, pd.Renstra, sasaranRpjmd[pd.SasaranRpjmd]);
            foreach (var i in pd.IkuRenstra)
            {
                renstra.TambahIku(i.Teks, i.Target, i.Satuan);
            }
            var pk = SasaranOrganisasi.Buat(instansi.Id, tahun, unit.Id, TingkatSasaran.SasaranPk, pd.Pk, renstra);
            foreach (var (i, _, _) in pd.IkuPk)
            {
                pk.TambahIku(i.Teks, i.Target, i.Satuan);
            }
            db.SasaranOrganisasi.AddRange(renstra, pk);
            sasaranPk[pd.Kode] = pk;
        }
        var pustaka = BuatPustaka(instansi.Id);
        db.TemplateRhk.AddRange(pustaka);

        if (instansi.Kode == DemoAccounts.InstansiKode)
        {
            var plt = db.PenugasanPlt.Local.Where(p => p.InstansiId == instansi.Id).ToList();
            var skp = new SkpDemo(instansi, wilayah, org, pegawai, plt, sasaranRpjmd, sasaranPk, pustaka, tahun, clock.GetUtcNow().UtcDateTime).Bangun();
            db.Skp.AddRange(skp);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Builds this year's SKP of one Pemda top-down through the position tree, so every atasan's RHK exist before their bawahan's.</summary>
    private sealed class SkpDemo(Instansi instansi, string wilayah, DemoOrganisasi org, IReadOnlyList<Pegawai> pegawai, List<PenugasanPlt> plt,
        List<SasaranOrganisasi> sasaranRpjmd, Dictionary<string, SasaranOrganisasi> sasaranPk, List<TemplateRhk> pustaka, int tahun, DateTime sekarang)
    {
        /// <summary>
        /// Share of the posts below kepala bidang that get an SKP at all, per perangkat daerah. Kepala dinas and kepala bidang
        /// always do. Kept small enough that the SKP rows (each with 7 perilaku rows, all audited) add about a second to the seed.
        /// </summary>
        private static readonly Dictionary<string, double> Cakupan = new()
        {
            ["SETDA"] = 1, ["BKPSDM"] = 1, ["DISDUKCAPIL"] = 0.8, ["DISDIK"] = 0.45, ["DINKES"] = 0.45, ["DLH"] = 0.25, ["DISHUB"] = 0.25,
        };

        private readonly Random _rng = new(instansi.Kode.Aggregate(17, (h, c) => h * 31 + c));
        private readonly Dictionary<Guid, Skp> _skpPegawai = [];

        public List<Skp> Bangun()
        {
            var jabatan = org.Jabatan.ToDictionary(j => j.Id);
            var unit = org.Unit.ToDictionary(u => u.Id);
            var pemegang = pegawai.Where(p => p.Aktif && p.JabatanId is not null).ToLookup(p => p.JabatanId!.Value);
            var pltAktif = plt.ToDictionary(p => p.JabatanId, p => (p.PegawaiId, p.Jenis));
            var byId = pegawai.ToDictionary(p => p.Id);

            int Kedalaman(Guid jabatanId)
            {
                var d = 0;
                for (var a = jabatan[jabatanId].AtasanJabatanId; a is { } x && d < 32; a = jabatan[x].AtasanJabatanId)
                {
                    d++;
                }
                return d;
            }

            string Perangkat(Guid? unitId)
            {
                var u = unitId is { } id ? unit[id] : null;
                for (var d = 0; u?.IndukId is { } induk && d < 32; d++)
                {
                    u = unit[induk];
                }
                return u?.Kode ?? "";
            }

            var urutan = pegawai.Where(p => p.Aktif && p.JabatanId is not null && Cakupan.ContainsKey(Perangkat(p.UnitId)))
                .OrderBy(p => Kedalaman(p.JabatanId!.Value)).ThenBy(p => p.Nip, StringComparer.Ordinal).ToList();
            foreach (var p in urutan)
            {
                var j = jabatan[p.JabatanId!.Value];
                var kodePd = Perangkat(p.UnitId);
                // In the Sekretariat Daerah only the Sekda gets an SKP: the assistants' bureaus are not in this demo chain.
                if (p.Nip == DemoAccounts.Pegawai.Nip || (kodePd == "SETDA" && j.AtasanJabatanId is not null)
                    || (j.Jenis is not (JenisJabatan.Jpt or JenisJabatan.Administrator) && _rng.NextDouble() >= Cakupan[kodePd]))
                {
                    continue;
                }
                var penilai = PejabatPenilai.Tentukan(p.Id, j.Id, id => jabatan[id].AtasanJabatanId,
                    id => pemegang[id].OrderBy(x => x.Nip, StringComparer.Ordinal).Select(x => x.Id),
                    id => pltAktif.TryGetValue(id, out var v) ? v : null);
                var penilaiOrang = penilai.PegawaiId is { } pid ? byId[pid] : null;
                var u = unit[p.UnitId!.Value];
                var posisi = new PosisiSkp(j.Id, j.Nama, j.Jenis, u.Id, u.Nama, penilaiOrang?.Id, penilaiOrang?.NamaLengkap, penilaiOrang?.Nip);
                var atasanSkp = penilaiOrang is not null ? _skpPegawai.GetValueOrDefault(penilaiOrang.Id) : null;

                var status = TentukanStatus(p, j, atasanSkp);
                if (status is null)
                {
                    continue;
                }
                var skp = Skp.Buat(instansi.Id, p.Id, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), Pendekatan.Kuantitatif, posisi, sekarang);
                if (j.Jenis == JenisJabatan.Jpt)
                {
                    IsiJpt(skp, kodePd);
                }
                else
                {
                    IsiNonJpt(skp, j, u, kodePd, atasanSkp, status.Value);
                }
                Jalankan(skp, status.Value, posisi);
                _skpPegawai[p.Id] = skp;
            }
            return [.. _skpPegawai.Values];
        }

        /// <summary>Null: no SKP yet. Leaders have theirs approved; staff are spread over every stage of the workflow.</summary>
        private StatusSkp? TentukanStatus(Pegawai p, Jabatan j, Skp? atasanSkp)
        {
            if (p.Nip == DemoAccounts.Atasan.Nip)
            {
                return StatusSkp.Disetujui;
            }
            if (j.Jenis == JenisJabatan.Jpt)
            {
                // The Sekda's penilai is the kepala daerah, who is not a pegawai here: that SKP stays a draft.
                return atasanSkp is null ? StatusSkp.Draft : StatusSkp.Disetujui;
            }
            if (atasanSkp is null || atasanSkp.Rhk.Count == 0)
            {
                // The atasan has no RHK yet: a draft may exist, but it cannot be submitted (DOMAIN.md §9.3).
                return _rng.NextDouble() < 0.5 ? null : StatusSkp.Draft;
            }
            var r = _rng.NextDouble();
            if (j.IsStruktural || j.Nama.StartsWith("Kepala", StringComparison.Ordinal))
            {
                return r < 0.8 ? StatusSkp.Disetujui : StatusSkp.Diajukan;
            }
            return r switch
            {
                < 0.15 => null,
                < 0.33 => StatusSkp.Draft,
                < 0.48 => StatusSkp.Diajukan,
                < 0.53 => StatusSkp.Dikembalikan,
                _ => StatusSkp.Disetujui,
            };
        }

        private void IsiJpt(Skp skp, string kodePd)
        {
            var dari = (instansi.Jenis == JenisPemda.Kota ? "Wali Kota " : "Bupati ") + wilayah;
            if (PerangkatDaerah.FirstOrDefault(x => x.Kode == kodePd) is { } pd)
            {
                var pk = sasaranPk[kodePd];
                foreach (var (iku, teks, perspektif) in pd.IkuPk)
                {
                    var rhk = skp.TambahRhk(JenisRhk.Utama, teks, penugasanDari: dari, sasaranOrganisasiId: pk.Id);
                    skp.TambahIndikator(rhk.Id, null, perspektif, iku.Teks, iku.Target, null, null, iku.Satuan);
                }
                return;
            }
            // The Sekda carries the RPJMD goals of public service and of the Pemda's people.
            var layanan = skp.TambahRhk(JenisRhk.Utama, "Meningkatnya kualitas pelayanan publik dan profesionalitas ASN", penugasanDari: dari,
                sasaranOrganisasiId: sasaranRpjmd[2].Id);
            skp.TambahIndikator(layanan.Id, null, "Penerima Layanan", "Indeks Kepuasan Masyarakat", 85, null, null, "nilai");
            var sdm = skp.TambahRhk(JenisRhk.Utama, "Terkoordinasinya pembangunan pendidikan dan kesehatan daerah", penugasanDari: dari,
                sasaranOrganisasiId: sasaranRpjmd[0].Id);
            skp.TambahIndikator(sdm.Id, null, "Proses Bisnis", "Indeks Pembangunan Manusia", 72.5m, null, null, "indeks");
        }

        private void IsiNonJpt(Skp skp, Jabatan j, UnitOrganisasi u, string kodePd, Skp? atasanSkp, StatusSkp status)
        {
            var rhkAtasan = atasanSkp?.Rhk.Where(r => r.Jenis == JenisRhk.Utama).ToList() ?? [];
            var nomor = 0;
            Guid? Intervensi() => rhkAtasan.Count == 0 ? null : rhkAtasan[nomor++ % rhkAtasan.Count].Id;

            // "Operator Layanan Operasional" works in Dukcapil, DLH and Dishub alike: take the templates of this dinas's field.
            var bidangPd = kodePd switch
            {
                "DISDIK" => Guru, "DINKES" => Nakes, "DISDUKCAPIL" => Dukcapil, "DLH" => Lh, "DISHUB" => Hub, _ => null,
            };
            var cocok = pustaka.Where(t => t.CocokUntuk(j.Nama) && (t.Kelompok == bidangPd || t.Kelompok is Pelaksana or Analis)).ToList();
            if (j.IsStruktural && cocok.Count == 0)
            {
                foreach (var (teks, indikator) in RhkStruktural(u))
                {
                    var rhk = skp.TambahRhk(JenisRhk.Utama, teks, Intervensi(), JenisCascading.TidakLangsung);
                    foreach (var i in indikator)
                    {
                        skp.TambahIndikator(rhk.Id, i.Aspek, null, i.Teks, i.Target, null, null, i.Satuan);
                    }
                }
            }
            else
            {
                if (cocok.Count == 0)
                {
                    cocok = pustaka.Where(t => t.Kelompok == (j.Jenis == JenisJabatan.Pelaksana ? Pelaksana : Analis)).Take(1).ToList();
                }
                var utama = cocok.Where(t => t.Jenis == JenisRhk.Utama).OrderBy(_ => _rng.Next()).Take(2).ToList();
                foreach (var t in utama)
                {
                    t.TerapkanKe(skp, Intervensi(), JenisCascading.TidakLangsung);
                }
                if (cocok.FirstOrDefault(t => t.Jenis == JenisRhk.Tambahan) is { } tambahan && _rng.NextDouble() < 0.4)
                {
                    tambahan.TerapkanKe(skp, null, null);
                }
            }
            if (status == StatusSkp.Disetujui)
            {
                skp.SetLampiran(JenisLampiran.DukunganSumberDaya, ["Sarana kerja (komputer, jaringan internet) dari kantor"]);
                skp.SetLampiran(JenisLampiran.SkemaPertanggungjawaban, ["Laporan capaian kinerja triwulanan disertai bukti dukung"]);
                skp.SetLampiran(JenisLampiran.Konsekuensi, ["Target tercapai: apresiasi dari pejabat penilai", "Target tidak tercapai: pembinaan dan rencana perbaikan kinerja"]);
            }
        }

        /// <summary>Kepala bidang, seksi and sekretaris: RHK named after what their unit is for.</summary>
        private static IEnumerable<(string Teks, TemplateIndikator[] Indikator)> RhkStruktural(UnitOrganisasi u)
        {
            if (RhkKhusus.FirstOrDefault(k => u.Nama.Contains(k.Kata, StringComparison.Ordinal)) is { Kata: not null } khusus)
            {
                return khusus.Rhk;
            }
            var urusan = u.Nama;
            foreach (var awalan in new[] { "Bidang ", "Seksi ", "Subbagian ", "Bagian " })
            {
                urusan = urusan.StartsWith(awalan, StringComparison.Ordinal) ? urusan[awalan.Length..] : urusan;
            }
            urusan = char.ToLowerInvariant(urusan[0]) + urusan[1..];
            return
            [
                ($"Terlaksananya program dan kegiatan {urusan} sesuai target Perjanjian Kinerja",
                [
                    I(Kuantitas, $"Persentase kegiatan {urusan} yang terlaksana", 100, "%"),
                    I(Kualitas, "Persentase indikator kinerja unit yang mencapai target", 90, "%"),
                    I(Waktu, "Ketepatan waktu laporan kinerja triwulanan", 4, "laporan"),
                ]),
                ($"Terkelolanya anggaran dan pelaporan {urusan}",
                [
                    I(Kuantitas, "Persentase realisasi anggaran unit", 95, "%"),
                    I(Waktu, "Ketepatan waktu laporan realisasi anggaran bulanan", 12, "bulan"),
                ]),
            ];
        }

        private static readonly (string Kata, (string, TemplateIndikator[])[] Rhk)[] RhkKhusus =
        [
            ("Penilaian Kinerja",
            [
                ($"Meningkatnya kualitas pengelolaan kinerja ASN Pemerintah Daerah",
                [
                    I(Kuantitas, "Persentase ASN yang SKP-nya disetujui paling lambat akhir Januari", 95, "%"),
                    I(Kualitas, "Persentase penilaian kinerja tahunan yang ditetapkan sesuai kurva distribusi", 100, "%"),
                    I(Waktu, "Rekapitulasi predikat kinerja tahunan ditetapkan paling lambat Januari", 1, "dokumen"),
                ]),
                ("Meningkatnya kompetensi ASN melalui pengembangan kompetensi paling sedikit 20 JP",
                [
                    I(Kualitas, "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi", 80, "%"),
                    I(Kuantitas, "Jumlah pelatihan dan pembelajaran yang difasilitasi", 12, "kegiatan"),
                ]),
            ]),
            ("Sekolah Dasar",
            [
                ("Meningkatnya mutu pembelajaran di sekolah dasar",
                [
                    I(Kualitas, "Persentase SD dengan capaian literasi berkategori baik", 60, "%"),
                    I(Kuantitas, "Jumlah SD yang mendapat pendampingan pembelajaran", 40, "sekolah"),
                ]),
            ]),
            ("Sekolah Menengah Pertama",
            [
                ("Meningkatnya mutu pembelajaran di sekolah menengah pertama",
                [
                    I(Kualitas, "Persentase SMP dengan capaian numerasi berkategori baik", 55, "%"),
                    I(Kuantitas, "Jumlah SMP yang mendapat pendampingan pembelajaran", 15, "sekolah"),
                ]),
            ]),
            ("Guru dan Tenaga Kependidikan",
            [
                ("Meningkatnya kompetensi dan kesejahteraan pendidik dan tenaga kependidikan",
                [
                    I(Kuantitas, "Jumlah guru yang mengikuti pelatihan peningkatan kompetensi", 300, "orang"),
                    I(Waktu, "Ketepatan waktu penyaluran tunjangan profesi guru per triwulan", 4, "triwulan"),
                ]),
            ]),
            ("Kesehatan Masyarakat",
            [
                ("Meningkatnya status kesehatan keluarga dan gizi masyarakat",
                [
                    I(Kualitas, "Persentase balita yang ditimbang di posyandu", 85, "%"),
                    I(Kualitas, "Persentase ibu hamil kurang energi kronis yang mendapat makanan tambahan", 100, "%"),
                ]),
            ]),
            ("Pencegahan dan Pengendalian Penyakit",
            [
                ("Meningkatnya cakupan imunisasi dan pengendalian penyakit menular",
                [
                    I(Kualitas, "Cakupan imunisasi dasar lengkap", 95, "%"),
                    I(Waktu, "Persentase kejadian luar biasa yang ditanggulangi paling lama 1×24 jam", 100, "%"),
                ]),
            ]),
            ("Pendaftaran Penduduk",
            [
                ("Meningkatnya kecepatan layanan pendaftaran penduduk",
                [
                    I(Waktu, "Waktu penerbitan KTP-el dan KK", 1, "hari kerja"),
                    I(Kuantitas, "Jumlah dokumen pendaftaran penduduk yang diterbitkan", 25000, "dokumen"),
                ]),
            ]),
            ("Pencatatan Sipil",
            [
                ("Meningkatnya cakupan kepemilikan akta pencatatan sipil",
                [
                    I(Kualitas, "Cakupan kepemilikan akta kelahiran anak", 97, "%"),
                    I(Kuantitas, "Jumlah akta pencatatan sipil yang diterbitkan", 9000, "akta"),
                ]),
            ]),
            ("Pengelolaan Sampah",
            [
                ("Meningkatnya sampah yang tertangani dan terolah",
                [
                    I(Kualitas, "Persentase sampah yang tertangani", 75, "%"),
                    I(Kuantitas, "Jumlah bank sampah aktif", 40, "unit"),
                ]),
            ]),
            ("Lalu Lintas",
            [
                ("Meningkatnya keselamatan dan kelancaran lalu lintas",
                [
                    I(Kuantitas, "Jumlah titik rawan kecelakaan yang ditangani", 6, "titik"),
                    I(Kualitas, "Persentase simpang bersinyal yang berfungsi baik", 95, "%"),
                ]),
            ]),
            ("Angkutan",
            [
                ("Meningkatnya keandalan angkutan umum",
                [
                    I(Kualitas, "Persentase keberangkatan angkutan umum yang tepat jadwal", 90, "%"),
                    I(Kuantitas, "Jumlah trayek angkutan yang dievaluasi", 12, "trayek"),
                ]),
            ]),
        ];

        /// <summary>Moves the SKP through the workflow with the domain's own methods, as the pegawai and penilai would.</summary>
        private void Jalankan(Skp skp, StatusSkp status, PosisiSkp posisi)
        {
            if (status == StatusSkp.Draft)
            {
                return;
            }
            skp.Ajukan(posisi, instansi.ReviuPengelolaKinerja, sekarang);
            if (skp.Status == StatusSkp.MenungguReviu && status != StatusSkp.Diajukan)
            {
                skp.TeruskanSetelahReviu();
            }
            var penilai = posisi.PejabatPenilaiId!.Value;
            if (status == StatusSkp.Disetujui)
            {
                if (_rng.NextDouble() < 0.3)
                {
                    skp.SetEkspektasiKhusus(AspekPerilaku.BerorientasiPelayanan, "Menanggapi setiap keluhan masyarakat paling lama 1×24 jam dengan ramah dan tuntas.");
                }
                skp.Setujui(penilai, sekarang);
            }
            else if (status == StatusSkp.Dikembalikan)
            {
                skp.Kembalikan(penilai, "Target kuantitas belum sesuai beban kerja; sesuaikan dengan data tahun lalu dan ajukan kembali.");
            }
        }
    }
}
