using System.Globalization;
using System.Text;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;

namespace Kinara.Web.Infrastructure.Demo;

/// <summary>A demo account's own pegawai: its NIP (from <see cref="DemoAccounts"/>) fixes birth date, TMT and gender.</summary>
public sealed record DemoOrang(DemoAccount Akun, string Nama, string? GelarDepan, string? GelarBelakang, string Golongan);

/// <summary>
/// Makes believable pegawai for a post: a name of the right gender, gelar fitting the profession, a golongan inside the
/// post's range and consistent with years of service, and an 18-digit NIP that encodes exactly that birth date,
/// TMT CPNS and gender (NI PPPK for PPPK). Every NIP is checked with <see cref="Nip.Parse"/>: no warnings allowed.
/// </summary>
public sealed class DemoPegawaiFactory(Random rng, string wilayah, string domainEmail, HashSet<string> nipTerpakai)
{
    /// <summary>Service years are counted to this year so the same seed gives the same people whatever the date.</summary>
    private const int TahunAcuan = 2025;
    private static readonly DateOnly HariAcuan = new(TahunAcuan + 1, 1, 1);
    private static readonly int[] BulanTmt = [1, 1, 1, 2, 3, 3, 4, 6, 10, 12];
    private static readonly string[] AwalanHp = ["11", "12", "13", "21", "22", "23", "51", "52", "53", "14", "15", "16", "55",
        "56", "57", "58", "17", "18", "19", "59", "77", "78", "81", "82", "83", "95", "96", "97", "98", "31", "38"];

    private readonly HashSet<string> _nama = new(StringComparer.Ordinal);
    private readonly HashSet<string> _email = new(StringComparer.Ordinal);

    public Pegawai Buat(Guid instansiId, Jabatan? jabatan, Guid? unitId, Profesi profesi, (int Rendah, int Tinggi)? rentangGolongan = null)
    {
        var gelar = DemoNames.Ambil(rng, profesi.Gelar);
        var kelamin = rng.NextDouble() < profesi.PeluangWanita ? JenisKelamin.Wanita : JenisKelamin.Pria;
        var nama = NamaUnik(kelamin);
        var bolehPppk = jabatan is null || jabatan.Jenis == JenisJabatan.Pelaksana
                        || (jabatan.Jenis == JenisJabatan.Fungsional && jabatan.Jenjang is "Ahli Pertama" or "Terampil" or "Pemula");
        var pppk = bolehPppk && rng.NextDouble() < profesi.PeluangPppk;
        var (rendah, tinggi) = rentangGolongan ?? RentangGolongan(jabatan);

        string nip;
        DateOnly lahir;
        string golongan;
        if (pppk)
        {
            var tahunAngkat = rng.Next(2021, TahunAcuan);
            lahir = TanggalAcak(tahunAngkat - rng.Next(gelar.Pendidikan == Pendidikan.Sma ? 21 : 24, 41));
            nip = NipUnik(lahir.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + tahunAngkat.ToString(CultureInfo.InvariantCulture) + "21", kelamin, JenisPegawai.Pppk);
            golongan = gelar.Pendidikan switch
            {
                Pendidikan.Sma => "V",
                Pendidikan.D3 => "VII",
                Pendidikan.Dokter => "X",
                _ => "IX",
            };
        }
        else
        {
            var masuk = gelar.Pendidikan switch
            {
                Pendidikan.Sma => 5,
                Pendidikan.D3 => 7,
                Pendidikan.Dokter => 10,
                _ => 9,
            };
            var bawah = Math.Max(rendah, masuk);
            var urutan = rng.Next(bawah, Math.Max(tinggi, bawah) + 1);
            // Regular promotion is every four years; a pegawai still at the entry golongan has served 1–4 years.
            var masaKerja = Math.Clamp((urutan - masuk) * 4 + rng.Next(1, 5), 1, 33);
            var usiaMasuk = gelar.Pendidikan switch
            {
                Pendidikan.Sma => rng.Next(19, 25),
                Pendidikan.D3 => rng.Next(21, 28),
                Pendidikan.Dokter => rng.Next(26, 33),
                _ => rng.Next(23, 31),
            };
            var usiaMaks = jabatan?.Jenis == JenisJabatan.Jpt ? 59 : 57;
            usiaMasuk = Math.Max(19, Math.Min(usiaMasuk, usiaMaks - masaKerja));
            masaKerja = Math.Min(masaKerja, usiaMaks - usiaMasuk);
            var tmt = new DateOnly(TahunAcuan - masaKerja, DemoNames.Ambil(rng, BulanTmt), 1);
            lahir = TanggalAcak(tmt.Year - usiaMasuk);
            nip = NipUnik(lahir.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + tmt.ToString("yyyyMM", CultureInfo.InvariantCulture), kelamin, JenisPegawai.Pns);
            golongan = Golongan.Pns[urutan - 1].Kode;
        }

        var depan = gelar.Depan;
        // "H."/"Hj." (haji) is written before the name by many older Muslim officials, after any academic title.
        if (nama.Muslim && gelar.Pendidikan != Pendidikan.Dokter && depan != "apt." && HariAcuan.Year - lahir.Year >= 42 && rng.NextDouble() < 0.18)
        {
            var haji = kelamin == JenisKelamin.Pria ? "H." : "Hj.";
            depan = depan is null ? haji : $"{depan} {haji}";
        }

        return new Pegawai
        {
            InstansiId = instansiId,
            Nip = nip,
            Nama = nama.Nama,
            GelarDepan = depan,
            GelarBelakang = gelar.Belakang,
            Jenis = pppk ? JenisPegawai.Pppk : JenisPegawai.Pns,
            Golongan = golongan,
            JabatanId = jabatan?.Id,
            UnitId = unitId,
            Email = Email(nama.Nama),
            NomorHp = NomorHp(),
            TanggalLahir = lahir,
        };
    }

    /// <summary>The pegawai of a demo account: everything but the contact details comes from <paramref name="orang"/>.</summary>
    public Pegawai BuatTetap(Guid instansiId, Jabatan jabatan, DemoOrang orang)
    {
        var parsed = Nip.Parse(orang.Akun.Nip, JenisPegawai.Pns, HariAcuan);
        if (!parsed.IsValid || parsed.Warnings.Count > 0)
        {
            throw new InvalidOperationException($"NIP akun demo {orang.Akun.Nip} tidak valid: {parsed.Error}{string.Join("; ", parsed.Warnings)}");
        }
        _nama.Add(orang.Nama);
        return new Pegawai
        {
            InstansiId = instansiId,
            Nip = orang.Akun.Nip,
            Nama = orang.Nama,
            GelarDepan = orang.GelarDepan,
            GelarBelakang = orang.GelarBelakang,
            Jenis = JenisPegawai.Pns,
            Golongan = Golongan.Parse(orang.Golongan).Kode,
            JabatanId = jabatan.Id,
            UnitId = jabatan.UnitId,
            Email = Email(orang.Nama),
            NomorHp = NomorHp(),
            TanggalLahir = parsed.Value.TanggalLahir,
        };
    }

    /// <summary>Golongan range (PNS order 1 = I/a … 17 = IV/e) of a post, from its jenis, jenjang and kelas.</summary>
    public static (int Rendah, int Tinggi) RentangGolongan(Jabatan? jabatan) => jabatan switch
    {
        null => (5, 10),
        { Jenis: JenisJabatan.Jpt, KelasJabatan: >= 15 } => (15, 16),
        { Jenis: JenisJabatan.Jpt } => (14, 16),
        { Jenis: JenisJabatan.Administrator } => (12, 14),
        { Jenis: JenisJabatan.Pengawas } => (11, 13),
        { Jenis: JenisJabatan.Pelaksana, Jenjang: "Teknisi" } => (7, 11),
        { Jenis: JenisJabatan.Pelaksana, Jenjang: "Operator" } => (6, 10),
        { Jenis: JenisJabatan.Pelaksana } => (5, 10),
        { Jenjang: "Ahli Pertama" } => (9, 10),
        { Jenjang: "Ahli Muda" } => (11, 12),
        { Jenjang: "Ahli Madya" } => (13, 15),
        { Jenjang: "Ahli Utama" } => (16, 17),
        { Jenjang: "Pemula" } => (5, 5),
        { Jenjang: "Terampil" } => (6, 8),
        { Jenjang: "Mahir" } => (9, 10),
        { Jenjang: "Penyelia" } => (11, 12),
        _ => (9, 12),
    };

    private DemoNama NamaUnik(JenisKelamin kelamin)
    {
        var nama = DemoNames.Buat(rng, wilayah, kelamin);
        for (var i = 0; i < 20 && !_nama.Add(nama.Nama); i++)
        {
            nama = DemoNames.Buat(rng, wilayah, kelamin);
        }
        return nama;
    }

    /// <summary>Appends gender and the first free nomor urut to a 14-digit prefix, and checks the result.</summary>
    private string NipUnik(string awal, JenisKelamin kelamin, JenisPegawai jenis)
    {
        var kode = kelamin == JenisKelamin.Pria ? "1" : "2";
        for (var urut = rng.Next(1, 4); ; urut++)
        {
            var nip = awal + kode + urut.ToString("000", CultureInfo.InvariantCulture);
            if (!nipTerpakai.Add(nip))
            {
                continue;
            }
            var parsed = Nip.Parse(nip, jenis, HariAcuan);
            if (!parsed.IsValid || parsed.Warnings.Count > 0)
            {
                throw new InvalidOperationException($"Demo NIP {nip} tidak valid: {parsed.Error}{string.Join("; ", parsed.Warnings)}");
            }
            return nip;
        }
    }

    private DateOnly TanggalAcak(int tahun) => new DateOnly(tahun, 1, 1).AddDays(rng.Next(DateTime.IsLeapYear(tahun) ? 366 : 365));

    private string Email(string nama)
    {
        var kata = nama.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(k => k.Length > 2 && k is not ("br." or "Andi" or "Made" or "Wayan" or "Ketut" or "Nyoman" or "Gede" or "Komang" or "Putu" or "Luh"))
            .Select(Huruf).Where(k => k.Length > 0).ToList();
        var dasar = kata.Count switch
        {
            0 => "pegawai",
            1 => kata[0],
            _ => $"{kata[0]}.{kata[^1]}",
        };
        var email = $"{dasar}@{domainEmail}";
        for (var n = 2; !_email.Add(email); n++)
        {
            email = $"{dasar}{n}@{domainEmail}";
        }
        return email;
    }

    private static string Huruf(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z')
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private string NomorHp()
    {
        var sb = new StringBuilder("08").Append(DemoNames.Ambil(rng, AwalanHp));
        var panjang = rng.Next(7, 9);
        sb.Append((char)('1' + rng.Next(9)));
        for (var i = 1; i < panjang; i++)
        {
            sb.Append((char)('0' + rng.Next(10)));
        }
        return sb.ToString();
    }
}
