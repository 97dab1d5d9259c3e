using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Infrastructure.Demo;

namespace Kinara.Web.Infrastructure.Sintetis;

/// <summary>
/// One generated Pemda in memory: units, the position tree, pegawai, goals and this year's SKP. Every holder of a post with
/// bawahan rates between 4 and 10 people (<see cref="RentangMinimum"/>–<see cref="RentangMaksimum"/>): the Sekda rates
/// the asisten (or, in a small Pemda, the kepala perangkat daerah directly), a kepala dinas rates the sekretaris and
/// kepala bidang, and so on down to schools, puskesmas and team leaders. The tree is grown from a head count: each holder's
/// share of pegawai is split over 4–10 bawahan, some of them staff (leaves) and some heads of smaller subtrees.
/// Everything comes from the given <see cref="Random"/>, in a fixed order: same seed, same Pemda.
/// </summary>
internal sealed partial class PemdaSintetis(Guid instansiId, int target, int tahun, DateTime sekarang, Random rng, DemoPegawaiFactory orang)
{
    public const int RentangMinimum = 4;
    public const int RentangMaksimum = 10;
    public const int MinimumPegawai = 50;

    private enum Peran { Sekda, Asisten, Kepala, Sekretariat, Bidang, Seksi, Korwil, Sekolah, SekolahTim, Puskesmas, PuskesmasTim, Tim }

    private enum JenisPd { Umum, Pendidikan, Kesehatan, Kepegawaian, Inspektorat }

    /// <summary>A post with one holder and bawahan below it. <paramref name="Cabang"/>: which bidang (school type in Pendidikan).</summary>
    private sealed record Simpul(Jabatan Jabatan, Pegawai Pemegang, UnitOrganisasi Unit, Peran Peran, JenisPd Pd, int Cabang);

    private readonly Dictionary<Guid, UnitOrganisasi> _unit = [];
    private readonly Dictionary<Guid, Jabatan> _jabatan = [];
    private readonly Dictionary<(Guid Atasan, string Nama), Jabatan> _jabatanStaf = [];
    private readonly Dictionary<Guid, int> _nomorDalamUnit = [];
    private readonly Dictionary<string, int> _nomorNama = [];

    public List<UnitOrganisasi> Unit { get; } = [];
    public List<Jabatan> Jabatan { get; } = [];
    /// <summary>In creation order: every atasan comes before their bawahan.</summary>
    public List<Pegawai> Pegawai { get; } = [];
    public List<SasaranOrganisasi> Sasaran { get; } = [];
    public List<TemplateRhk> Pustaka { get; } = DemoPerencanaan.PustakaUntuk(instansiId);
    public List<Skp> Skp { get; } = [];
    /// <summary>Pegawai → their pejabat penilai (the holder of the atasan post); null for the Sekda.</summary>
    public Dictionary<Guid, Guid?> Penilai { get; } = [];
    /// <summary>Pegawai → the SKP in force (the approved revision when there is one).</summary>
    public Dictionary<Guid, Skp> SkpBerlaku { get; } = [];
    /// <summary>Unit → its perangkat daerah (top-level unit).</summary>
    public Dictionary<Guid, Guid> PerangkatDari { get; } = [];
    public List<Pegawai> Admin { get; } = [];
    public List<Pegawai> Auditor { get; } = [];
    /// <summary>Sekda, asisten and kepala perangkat daerah: role Pimpinan.</summary>
    public List<Pegawai> Pimpinan { get; } = [];
    public UnitOrganisasi Pendidikan { get; private set; } = null!;
    public UnitOrganisasi PerangkatBiasa { get; private set; } = null!;

    public void Bangun()
    {
        if (target < MinimumPegawai)
        {
            throw new ArgumentOutOfRangeException(nameof(target), $"Satu Instansi sintetis paling sedikit {MinimumPegawai} pegawai.");
        }
        BangunOrganisasi();
        BangunSasaran();
        BangunSkp();
    }

    // --- Organisation and pegawai ------------------------------------------------------------------------------------

    private void BangunOrganisasi()
    {
        var setda = UnitBaru(null, "SETDA", "Sekretariat Daerah", JenisUnit.PerangkatDaerah);
        var sekda = Pos(null, setda, "Sekretaris Daerah", JenisJabatan.Jpt, "Madya", Profesi.Pimpinan, Peran.Sekda, JenisPd.Umum, 0);
        Pimpinan.Add(sekda.Pemegang);

        var jumlahPd = JumlahPerangkat(target);
        // More than ten perangkat daerah would give the Sekda more than ten bawahan: group them under four asisten.
        var asisten = new List<Simpul>();
        if (jumlahPd > RentangMaksimum)
        {
            for (var i = 0; i < 4; i++)
            {
                var u = UnitBaru(setda, $"SETDA-AS{i + 1}", NamaAsisten[i], JenisUnit.Bidang);
                var a = Pos(sekda, u, NamaAsisten[i], JenisJabatan.Jpt, "Pratama", Profesi.Pimpinan, Peran.Asisten, JenisPd.Umum, 0);
                asisten.Add(a);
                Pimpinan.Add(a.Pemegang);
            }
        }
        var anggaran = AnggaranPerangkat(target - 1 - asisten.Count, jumlahPd);
        for (var i = 0; i < jumlahPd; i++)
        {
            var (kode, nama, jenis, _) = DaftarPerangkat[i];
            var pd = UnitBaru(null, kode, nama, JenisUnit.PerangkatDaerah);
            var profesi = jenis switch
            {
                JenisPd.Pendidikan => Profesi.PimpinanPendidikan,
                JenisPd.Kesehatan => Profesi.PimpinanKesehatan,
                _ => Profesi.Pimpinan,
            };
            var kepala = Pos(asisten.Count == 0 ? sekda : asisten[i % asisten.Count], pd, jenis == JenisPd.Inspektorat ? "Inspektur" : $"Kepala {nama}",
                JenisJabatan.Jpt, "Pratama", profesi, Peran.Kepala, jenis, 0);
            Pimpinan.Add(kepala.Pemegang);
            Tumbuh(kepala, anggaran[i] - 1);
        }
        Pendidikan = Unit.First(u => u.Kode == "DISDIK");
        PerangkatBiasa = Unit.FirstOrDefault(u => u.Kode == "DISDUKCAPIL") ?? Unit.First(u => u.Kode == "BKPSDM");
        var staf = Pegawai.Where(p => !_jabatan[p.JabatanId!.Value].IsStruktural).ToList();
        Admin.AddRange(staf.Where(p => PerangkatDari[p.UnitId!.Value] == Unit.First(u => u.Kode == "BKPSDM").Id).Take(3));
        Auditor.AddRange(staf.Where(p => PerangkatDari[p.UnitId!.Value] == Unit.First(u => u.Kode == "INSPEKTORAT").Id).Take(2));
    }

    /// <summary>About one perangkat daerah per 350 pegawai, 4 to 30 of them, never 11–15 (four asisten need 16 or more).</summary>
    private static int JumlahPerangkat(int pegawai)
    {
        var n = Math.Clamp((int)Math.Round(pegawai / 350.0), RentangMinimum, DaftarPerangkat.Length);
        return n is > RentangMaksimum and < 16 ? (n < 13 ? RentangMaksimum : 16) : n;
    }

    /// <summary>Head count per perangkat daerah: Pendidikan about 40%, Kesehatan 15%, the rest shared unevenly.</summary>
    private int[] AnggaranPerangkat(int total, int jumlah)
    {
        var bobot = new double[jumlah];
        bobot[0] = 0.40;
        bobot[1] = 0.15;
        for (var i = 2; i < jumlah; i++)
        {
            bobot[i] = 0.45 / (jumlah - 2) * (0.6 + 0.8 * rng.NextDouble());
        }
        var jumlahBobot = bobot.Sum();
        var hasil = bobot.Select(b => Math.Max(RentangMinimum + 2, (int)(total * b / jumlahBobot))).ToArray();
        hasil[0] += total - hasil.Sum(); // rounding goes to Pendidikan, the largest
        return hasil;
    }

    /// <summary>Gives <paramref name="induk"/> its <paramref name="sisa"/> pegawai: 4–10 direct bawahan, heads of subtrees first.</summary>
    private void Tumbuh(Simpul induk, int sisa)
    {
        var bagian = Bagi(sisa, induk.Peran);
        var nomor = 0;
        foreach (var b in bagian.Where(b => b > 1))
        {
            var anak = Kepala(induk, nomor++, b - 1);
            Tumbuh(anak, b - 1);
        }
        foreach (var _ in bagian.Where(b => b == 1))
        {
            Staf(induk);
        }
    }

    /// <summary>
    /// Splits <paramref name="sisa"/> (≥ 4) pegawai over 4–10 direct bawahan: each either one staff member (1) or the head
    /// of a subtree (≥ 5: the head plus at least four bawahan of their own), so every level keeps the span.
    /// </summary>
    private List<int> Bagi(int sisa, Peran peran)
    {
        if (sisa <= RentangMaksimum)
        {
            return Enumerable.Repeat(1, sisa).ToList();
        }
        var k = rng.Next(RentangMinimum, Math.Min(RentangMaksimum, sisa - 4) + 1);
        // At least ceil((5k - sisa) / 4) staff, or the subtrees cannot all have five; at most k - 1, or nothing is left to grow.
        var stafMin = Math.Max(0, (5 * k - sisa + 3) / 4);
        var stafSuka = peran switch
        {
            Peran.Kepala or Peran.Korwil => 1,
            Peran.Sekretariat or Peran.Bidang => 3,
            _ => k - 1,
        };
        var staf = Math.Clamp(rng.Next(0, stafSuka + 1), stafMin, k - 1);
        var cabang = k - staf;
        var bobot = new double[cabang];
        for (var i = 0; i < cabang; i++)
        {
            bobot[i] = 0.5 + rng.NextDouble();
        }
        if (peran == Peran.Kepala)
        {
            bobot[0] = 0.06; // the first subtree under a kepala is the sekretariat: small
        }
        var lebih = sisa - staf - 5 * cabang;
        var jumlahBobot = bobot.Sum();
        var hasil = bobot.Select(w => 5 + (int)(lebih * w / jumlahBobot)).ToList();
        for (var i = cabang - 1; hasil.Sum() < sisa - staf; i = (i + cabang - 1) % cabang)
        {
            hasil[i]++;
        }
        hasil.AddRange(Enumerable.Repeat(1, staf));
        return hasil;
    }

    /// <summary>The head of the <paramref name="nomor"/>-th subtree under <paramref name="induk"/>, named by where it sits.</summary>
    private Simpul Kepala(Simpul induk, int nomor, int sisa)
    {
        var unitPd = _unit[PerangkatDari[induk.Unit.Id]];
        var pd = DaftarPerangkat.First(p => p.Kode == unitPd.Kode);
        var namaPd = unitPd.Nama;
        switch (induk.Peran)
        {
            case Peran.Kepala when nomor == 0:
            {
                var u = UnitBaru(induk.Unit, null, $"Sekretariat {namaPd}", JenisUnit.Bidang);
                return Pos(induk, u, $"Sekretaris {namaPd}", JenisJabatan.Administrator, null, Profesi.Pimpinan, Peran.Sekretariat, induk.Pd, 0);
            }
            case Peran.Kepala when induk.Pd == JenisPd.Inspektorat:
            {
                var u = UnitBaru(induk.Unit, null, $"Inspektorat Pembantu Wilayah {Romawi(nomor)}", JenisUnit.Bidang);
                return Pos(induk, u, $"Inspektur Pembantu Wilayah {Romawi(nomor)}", JenisJabatan.Administrator, null, Profesi.Auditor, Peran.Bidang, induk.Pd, nomor);
            }
            case Peran.Kepala:
            {
                var bidang = Berurut(pd.Bidang.Length > 0 ? pd.Bidang : BidangUmum, nomor - 1);
                var u = UnitBaru(induk.Unit, null, $"Bidang {bidang}", JenisUnit.Bidang);
                return Pos(induk, u, $"Kepala Bidang {bidang}", JenisJabatan.Administrator, null, Profesi.Pimpinan, Peran.Bidang, induk.Pd, nomor);
            }
            case Peran.Bidang or Peran.Korwil when induk.Pd == JenisPd.Pendidikan && induk.Cabang is >= 1 and <= 3:
            {
                if (sisa <= 40)
                {
                    var jenjang = induk.Cabang switch { 1 => "SD", 2 => "SMP", _ => "TK" };
                    var u = UnitBaru(induk.Unit, null, $"{jenjang} Negeri {Nomor(jenjang)}", JenisUnit.Upt);
                    return Pos(induk, u, "Kepala Sekolah", JenisJabatan.Fungsional, null, Profesi.KepalaSekolah, Peran.Sekolah, induk.Pd, induk.Cabang);
                }
                if (induk.Peran == Peran.Bidang)
                {
                    var n = Nomor("korwil");
                    var u = UnitBaru(induk.Unit, null, $"Koordinator Wilayah Pendidikan Kecamatan {n}", JenisUnit.Upt);
                    return Pos(induk, u, $"Koordinator Wilayah Pendidikan Kecamatan {n}", JenisJabatan.Pengawas, null, Profesi.PimpinanPendidikan, Peran.Korwil, induk.Pd, induk.Cabang);
                }
                return Pos(induk, induk.Unit, "Pengawas Sekolah Ahli Madya", JenisJabatan.Fungsional, "Ahli Madya", Profesi.PengawasSekolah, Peran.Korwil, induk.Pd, induk.Cabang);
            }
            case Peran.Bidang or Peran.Seksi when induk.Pd == JenisPd.Kesehatan && sisa <= 60:
            {
                var u = UnitBaru(induk.Unit, null, $"Puskesmas {Nomor("puskesmas")}", JenisUnit.Upt);
                return Pos(induk, u, "Kepala Puskesmas", JenisJabatan.Pengawas, null, Profesi.PimpinanKesehatan, Peran.Puskesmas, induk.Pd, 0);
            }
            case Peran.Sekretariat:
            {
                var sub = Berurut(Subbagian, nomor);
                var u = UnitBaru(induk.Unit, null, $"Subbagian {sub}", JenisUnit.Seksi);
                return Pos(induk, u, $"Kepala Subbagian {sub}", JenisJabatan.Pengawas, null, Profesi.Pengawas, Peran.Seksi, induk.Pd, 0);
            }
            case Peran.Bidang:
            {
                var seksi = Berurut(Seksi, nomor);
                var u = UnitBaru(induk.Unit, null, $"Seksi {seksi}", JenisUnit.Seksi);
                return Pos(induk, u, $"Kepala Seksi {seksi}", JenisJabatan.Pengawas, null, Profesi.Pengawas, Peran.Seksi, induk.Pd, 0);
            }
            case Peran.Sekolah or Peran.SekolahTim:
                return Pos(induk, induk.Unit, "Wakil Kepala Sekolah", JenisJabatan.Fungsional, "Ahli Madya", Profesi.GuruSenior, Peran.SekolahTim, induk.Pd, induk.Cabang);
            case Peran.Puskesmas or Peran.PuskesmasTim:
            {
                var (nama, profesi) = KoordinatorPuskesmas[nomor % KoordinatorPuskesmas.Length];
                return Pos(induk, induk.Unit, nama, JenisJabatan.Fungsional, "Ahli Muda", profesi, Peran.PuskesmasTim, induk.Pd, 0);
            }
            default:
            {
                // Below a seksi, since the 2021 simplification of the bureaucracy: a functional official leads a team.
                var (nama, profesi) = induk.Pd switch
                {
                    JenisPd.Inspektorat => ("Auditor Ahli Muda", Profesi.Auditor),
                    JenisPd.Kepegawaian => ("Analis Sumber Daya Manusia Aparatur Ahli Muda", Profesi.Kepegawaian),
                    JenisPd.Kesehatan => ("Administrator Kesehatan Ahli Muda", Profesi.Kesmas),
                    _ => ("Analis Kebijakan Ahli Muda", Profesi.Umum),
                };
                return Pos(induk, induk.Unit, nama, JenisJabatan.Fungsional, "Ahli Muda", profesi, Peran.Tim, induk.Pd, 0);
            }
        }
    }

    /// <summary>One staff member (fungsional or pelaksana) under <paramref name="induk"/>; staff with the same post share one jabatan.</summary>
    private void Staf(Simpul induk)
    {
        var daftar = induk.Peran switch
        {
            Peran.Kepala => induk.Pd switch
            {
                JenisPd.Inspektorat => [new("Auditor Ahli Madya", Profesi.Auditor, 1)],
                JenisPd.Pendidikan => [new("Pengawas Sekolah Ahli Madya", Profesi.PengawasSekolah, 1)],
                JenisPd.Kesehatan => [new("Administrator Kesehatan Ahli Madya", Profesi.Kesmas, 1)],
                JenisPd.Kepegawaian => [new("Analis Sumber Daya Manusia Aparatur Ahli Madya", Profesi.Kepegawaian, 1)],
                _ => StafMadya,
            },
            Peran.Sekolah or Peran.SekolahTim => StafSekolah,
            Peran.Korwil => [new("Pengawas Sekolah Ahli Muda", Profesi.PengawasSekolah, 1)],
            Peran.Puskesmas or Peran.PuskesmasTim => StafPuskesmas,
            _ => induk.Pd switch
            {
                JenisPd.Inspektorat => StafInspektorat,
                JenisPd.Kepegawaian => StafKepegawaian,
                JenisPd.Kesehatan => StafDinkes,
                _ => StafUmum,
            },
        };
        var pilih = Pilih(daftar);
        if (!_jabatanStaf.TryGetValue((induk.Jabatan.Id, pilih.Nama), out var jabatan))
        {
            var pelaksana = !pilih.Nama.Contains("Ahli", StringComparison.Ordinal) && !pilih.Nama.EndsWith("Terampil", StringComparison.Ordinal);
            jabatan = JabatanBaru(induk.Unit, pilih.Nama, pelaksana ? JenisJabatan.Pelaksana : JenisJabatan.Fungsional, JenjangDari(pilih.Nama), induk.Jabatan);
            _jabatanStaf[(induk.Jabatan.Id, pilih.Nama)] = jabatan;
        }
        PegawaiBaru(jabatan, induk.Unit, pilih.Profesi, induk.Pemegang);
    }

    private Simpul Pos(Simpul? induk, UnitOrganisasi unit, string nama, JenisJabatan jenis, string? jenjang, Profesi profesi, Peran peran, JenisPd pd, int cabang)
    {
        var jabatan = JabatanBaru(unit, nama, jenis, jenjang, induk?.Jabatan);
        return new Simpul(jabatan, PegawaiBaru(jabatan, unit, profesi, induk?.Pemegang), unit, peran, pd, cabang);
    }

    private Jabatan JabatanBaru(UnitOrganisasi unit, string nama, JenisJabatan jenis, string? jenjang, Jabatan? atasan)
    {
        var nomor = _nomorDalamUnit[unit.Id] = _nomorDalamUnit.GetValueOrDefault(unit.Id) + 1;
        var j = new Jabatan { InstansiId = instansiId, Kode = $"{unit.Kode}.{nomor:00}", Nama = nama, Jenis = jenis, Jenjang = jenjang, UnitId = unit.Id, Versi = 1 };
        j.SetAtasan(atasan?.Id, id => _jabatan[id].AtasanJabatanId);
        _jabatan[j.Id] = j;
        Jabatan.Add(j);
        return j;
    }

    private Pegawai PegawaiBaru(Jabatan jabatan, UnitOrganisasi unit, Profesi profesi, Pegawai? atasan)
    {
        var p = orang.Buat(instansiId, jabatan, unit.Id, profesi);
        p.Versi = 1;
        Pegawai.Add(p);
        Penilai[p.Id] = atasan?.Id;
        return p;
    }

    private UnitOrganisasi UnitBaru(UnitOrganisasi? induk, string? kode, string nama, JenisUnit jenis)
    {
        if (kode is null)
        {
            var n = _nomorDalamUnit[induk!.Id] = _nomorDalamUnit.GetValueOrDefault(induk.Id) + 1;
            kode = $"{induk.Kode}-{n}";
        }
        var u = new UnitOrganisasi { InstansiId = instansiId, Kode = kode, Nama = nama, Jenis = jenis, Versi = 1 };
        u.SetInduk(induk?.Id, id => _unit[id].IndukId);
        _unit[u.Id] = u;
        Unit.Add(u);
        PerangkatDari[u.Id] = induk is null ? u.Id : PerangkatDari[induk.Id];
        return u;
    }

    private int Nomor(string jenis) => _nomorNama[jenis] = _nomorNama.GetValueOrDefault(jenis) + 1;

    private static string Berurut(string[] daftar, int i) => i < daftar.Length ? daftar[i] : $"{daftar[i % daftar.Length]} {i / daftar.Length + 1}";

    private static string Romawi(int n) => n switch
    {
        <= 0 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        < 4 => new string('I', n),
        4 => "IV",
        < 9 => "V" + new string('I', n - 5),
        9 => "IX",
        _ => "X" + Romawi(n - 10),
    };

    private static string? JenjangDari(string nama) =>
        new[] { "Ahli Pertama", "Ahli Muda", "Ahli Madya", "Terampil", "Mahir", "Penyelia" }.FirstOrDefault(j => nama.EndsWith(j, StringComparison.Ordinal))
        ?? (nama.StartsWith("Operator", StringComparison.Ordinal) ? "Operator" : null);

    private sealed record Pilihan(string Nama, Profesi Profesi, double Bobot);

    private Pilihan Pilih(Pilihan[] daftar)
    {
        var n = rng.NextDouble() * daftar.Sum(d => d.Bobot);
        foreach (var d in daftar)
        {
            if ((n -= d.Bobot) < 0)
            {
                return d;
            }
        }
        return daftar[^1];
    }
}
