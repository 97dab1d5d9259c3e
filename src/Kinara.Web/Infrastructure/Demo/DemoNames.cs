using Kinara.Domain.Kepegawaian;

namespace Kinara.Web.Infrastructure.Demo;

/// <summary>A generated name; <see cref="Muslim"/> says whether "H."/"Hj." may precede it.</summary>
public sealed record DemoNama(string Nama, bool Muslim);

/// <summary>
/// Indonesian personal names for the demo data, by naming tradition. Each region mixes the traditions found there
/// (Banjar and Dayak in Kalimantan, Sunda in Banten, Melayu in Jambi, Bugis–Mandar and Toraja in Sulawesi Barat),
/// on top of a national pool, so a list of pegawai looks like a real Pemda's.
/// </summary>
public static class DemoNames
{
    private sealed record Tradisi(string[] Pria, string[] Wanita, string[] BelakangPria, string[] BelakangWanita, bool Muslim,
        string[]? AwalanPria = null, string[]? AwalanWanita = null, double TanpaBelakang = 0.1);

    private static readonly Tradisi Nasional = new(
        ["Agus", "Budi", "Eko", "Joko", "Bambang", "Hendra", "Dedi", "Wahyu", "Teguh", "Slamet", "Sugeng", "Heru", "Arif",
         "Fajar", "Rizky", "Ilham", "Irfan", "Dimas", "Bayu", "Aditya", "Yudi", "Hadi", "Taufik", "Ridwan", "Firman", "Agung",
         "Dwi", "Tri", "Ahmad", "Muhammad", "Rahmat", "Syaiful", "Imam", "Anton", "Hari", "Doni", "Rendy", "Yusuf", "Bagus",
         "Danang", "Galih", "Reza", "Andika", "Nanda"],
        ["Sri", "Siti", "Dewi", "Rina", "Yuli", "Ratna", "Wulan", "Fitri", "Novita", "Rini", "Endang", "Tuti", "Indah", "Dian",
         "Evi", "Eka", "Ani", "Mega", "Intan", "Kartika", "Anisa", "Yanti", "Nurul", "Ayu", "Putri", "Lia", "Desi", "Retno",
         "Rika", "Nia", "Okta", "Septi", "Vina", "Dina", "Ika", "Tika"],
        ["Santoso", "Wibowo", "Saputra", "Setiawan", "Pratama", "Hidayat", "Kurniawan", "Nugroho", "Prasetyo", "Gunawan",
         "Firmansyah", "Hermawan", "Susanto", "Rahman", "Hakim", "Wijaya", "Purnomo", "Sutrisno", "Hartono", "Suryadi",
         "Ramadhan", "Maulana", "Syahputra", "Permana", "Utomo", "Kusuma", "Nugraha", "Sulistyo", "Wicaksono", "Anggoro"],
        ["Wahyuni", "Rahayu", "Lestari", "Handayani", "Susanti", "Wulandari", "Puspitasari", "Pertiwi", "Maharani",
         "Anggraini", "Safitri", "Oktaviani", "Permatasari", "Ningsih", "Hasanah", "Marlina", "Yuliana", "Kusumawati",
         "Rahmawati", "Nurhayati", "Fitriani", "Purnamasari", "Suryani", "Setyowati", "Hartati", "Utami", "Astuti"],
        Muslim: true);

    private static readonly Tradisi Sunda = new(
        ["Asep", "Ujang", "Dadang", "Cecep", "Deden", "Ade", "Iwan", "Usep", "Engkos", "Dede", "Aep", "Ayi", "Yayat", "Odih"],
        ["Euis", "Neneng", "Enung", "Iis", "Lilis", "Imas", "Cucu", "Yeni", "Tati", "Nining", "Elis", "Entin", "Popon", "Rostika"],
        ["Saepudin", "Sopandi", "Suryana", "Mulyana", "Sutisna", "Ruhiyat", "Jaelani", "Supriatna", "Hidayatullah", "Kusnadi",
         "Sobari", "Juhana", "Rusmana", "Wahyudin"],
        ["Rosita", "Komalasari", "Nurjanah", "Sumiati", "Sopiah", "Kurniasih", "Maryati", "Rohaeti", "Nurlela", "Yulianti",
         "Rosmiati", "Mulyani"],
        Muslim: true);

    private static readonly Tradisi Melayu = new(
        ["Zulkifli", "Syafril", "Hendri", "Yulizar", "Erwin", "Afrizal", "Nasrul", "Deswandi", "Fauzan", "Ridho", "Zainal",
         "Amrizal", "Syahrial", "Jufri", "Edi", "Romi"],
        ["Yusnidar", "Nurmala", "Desmawati", "Yenni", "Sulastri", "Rosdiana", "Fitriyani", "Elfira", "Nurbaiti", "Zuraida",
         "Yusmaniar", "Rosnani", "Mardiah", "Erlina"],
        ["Syamsuddin", "Amri", "Yusra", "Rizal", "Effendi", "Azhar", "Fikri", "Husin", "Zulkarnain", "Harun", "Ismail", "Yunus"],
        ["Yusuf", "Hanum", "Syafitri", "Amelia", "Zahara", "Azizah", "Rahmah", "Hayati"],
        Muslim: true, TanpaBelakang: 0.25);

    private static readonly Tradisi Batak = new(
        ["Parlindungan", "Hotman", "Tigor", "Jonner", "Sahat", "Daniel", "Samuel", "Rudolf", "Hasiholan", "Marihot", "Togar",
         "Bonar", "Rikson", "Jansen"],
        ["Rosmawati", "Tiurma", "Rumondang", "Lasmaria", "Rotua", "Dame", "Lamria", "Rosdiana", "Tiamsa", "Nurmaida", "Sondang"],
        ["Siregar", "Nasution", "Harahap", "Simanjuntak", "Sitompul", "Lubis", "Pakpahan", "Manurung", "Sinaga", "Situmorang",
         "Hutapea", "Simatupang", "Panjaitan", "Tampubolon", "Hutagalung", "Sihombing"],
        ["Siregar", "Nasution", "Harahap", "Simanjuntak", "Sitompul", "Lubis", "Pakpahan", "Manurung", "Sinaga", "Situmorang",
         "Hutapea", "Simatupang", "Panjaitan", "Tampubolon", "Hutagalung", "Sihombing"],
        Muslim: false, TanpaBelakang: 0);

    private static readonly Tradisi Bugis = new(
        ["Muhammad Arsyad", "Baso", "Syahrir", "Amiruddin", "Ansar", "Rusli", "Hamzah", "Irwan", "Mustari", "Darwis",
         "Syamsuddin", "Jufri", "Nasrun", "Kamaruddin", "Sudirman", "Arifin", "Ilham", "Rahmat"],
        ["Nurhaedah", "Sitti Rahmah", "Hasnawati", "Nurbaya", "Darmawati", "Hasmiati", "Irmawati", "Suriani", "Nurlina",
         "Jumriani", "Sitti Hajar", "Hasriani", "Nurhayati", "Musdalifah", "Sumarni"],
        ["Hamid", "Arsyad", "Rasyid", "Malik", "Latif", "Bakri", "Ramli", "Taufiq", "Saleh", "Djafar", "Mansyur", "Tahir",
         "Pawelloi", "Patta"],
        ["Hamid", "Arsyad", "Rasyid", "Malik", "Latif", "Bakri", "Ramli", "Saleh", "Djafar", "Mansyur", "Tahir"],
        Muslim: true, AwalanPria: ["Andi"], AwalanWanita: ["Andi"], TanpaBelakang: 0.35);

    private static readonly Tradisi Banjar = new(
        ["Muhammad Noor", "Ahmad Fauzi", "Rusmadi", "Gusti Rizali", "Syahrani", "Hairil", "Rahmadi", "Akhmad Rifani",
         "Masrani", "Fahrurrazi", "Abdul Hadi", "Norhadi", "Samsul Rizal", "Rizali", "Anang"],
        ["Norhayati", "Siti Rahmah", "Rusdiana", "Noorlatifah", "Masitah", "Hairiah", "Fatimah", "Mardiana", "Nor Aina",
         "Rabiatul Adawiyah", "Norlaila", "Mahmudah", "Syarifah", "Rusmini", "Galuh Permata"],
        ["Noor", "Rahman", "Fadillah", "Ansari", "Hamdani", "Saberan", "Juhri", "Arsyad", "Baseri", "Rahmatullah"],
        ["Noor", "Hamdani", "Fitriani", "Ansari", "Arsyad"],
        Muslim: true, TanpaBelakang: 0.45);

    private static readonly Tradisi Dayak = new(
        ["Yulius", "Kristian", "Agustinus", "Ferdinand", "Hendrikus", "Yohanes", "Rully", "Nyelong", "Simon", "Berto",
         "Ardianto", "Yosua", "Natalis"],
        ["Deliana", "Rosalina", "Yunita", "Elisabet", "Rumiati", "Lusiana", "Herlina", "Natalia", "Kristina", "Merry", "Wiwin"],
        ["Narang", "Naparin", "Dinata", "Lambung", "Sahay", "Ngabe", "Gawei", "Bungai", "Tingang", "Djaya", "Toendan"],
        ["Narang", "Naparin", "Dinata", "Lambung", "Sahay", "Bungai", "Tingang", "Djaya"],
        Muslim: false, TanpaBelakang: 0.05);

    private static readonly Tradisi Bali = new(
        ["Sudarsana", "Suarjana", "Artawan", "Wirawan", "Sukerta", "Astawa", "Mertayasa", "Adnyana", "Sudiarta", "Suwitra",
         "Darmayasa", "Wiguna", "Parwata", "Sutama", "Budiarsa", "Kartika Yasa", "Suardana", "Mahendra"],
        ["Sriani", "Ariani", "Suartini", "Wahyuni", "Sukmawati", "Widiastuti", "Sudarmini", "Ayu Lestari", "Arsini",
         "Sri Utami", "Purnamawati", "Yuliantari", "Astiti", "Sudiani", "Dewi Kusuma"],
        [], [], Muslim: false,
        AwalanPria: ["I Made", "I Wayan", "I Ketut", "I Nyoman", "I Gede", "I Komang"],
        AwalanWanita: ["Ni Made", "Ni Wayan", "Ni Luh", "Ni Ketut", "Ni Putu", "Ni Komang"], TanpaBelakang: 1);

    private static readonly Tradisi Timur = new(
        ["Yohanis", "Markus", "Petrus", "Stefanus", "Fransiskus", "Yakobus", "Alfred", "Herman", "Obed", "Yeremias", "Paulus",
         "Frans"],
        ["Maria", "Theresia", "Yohana", "Agustina", "Margaretha", "Selvi", "Yuliana", "Novita", "Meilan", "Debora", "Ribka"],
        ["Pakiding", "Rante", "Sampe", "Tandi", "Pongsapan", "Rumengan", "Tumbelaka", "Wowor", "Kalalo", "Manafe",
         "Nenobais", "Fanggidae", "Palinggi", "Sumule"],
        ["Pakiding", "Rante", "Sampe", "Tandi", "Pongsapan", "Rumengan", "Wowor", "Kalalo", "Manafe", "Fanggidae", "Sumule"],
        Muslim: false, TanpaBelakang: 0);

    private static readonly Dictionary<string, (Tradisi Tradisi, int Bobot)[]> Wilayah = new(StringComparer.Ordinal)
    {
        ["sabangau"] = [(Nasional, 35), (Banjar, 22), (Dayak, 22), (Bali, 5), (Batak, 5), (Timur, 4), (Bugis, 4), (Sunda, 3)],
        ["jambi"] = [(Nasional, 40), (Melayu, 32), (Batak, 10), (Sunda, 6), (Bugis, 4), (Timur, 3), (Bali, 5)],
        ["serang"] = [(Sunda, 52), (Nasional, 38), (Batak, 4), (Melayu, 4), (Timur, 2)],
        ["mamuju"] = [(Bugis, 45), (Nasional, 24), (Timur, 15), (Bali, 10), (Sunda, 3), (Batak, 3)],
        ["samarinda"] = [(Banjar, 30), (Nasional, 30), (Bugis, 20), (Dayak, 10), (Batak, 5), (Timur, 5)],
    };

    /// <summary>A plausible name of the given gender for a pegawai of the given region (Instansi kode).</summary>
    public static DemoNama Buat(Random rng, string wilayah, JenisKelamin kelamin)
    {
        var pilihan = Wilayah.TryGetValue(wilayah, out var w) ? w : Wilayah["sabangau"];
        var t = Pilih(rng, pilihan);
        var pria = kelamin == JenisKelamin.Pria;
        var depan = Ambil(rng, pria ? t.Pria : t.Wanita);
        var awalan = pria ? t.AwalanPria : t.AwalanWanita;
        if (awalan is not null && (t == Bali || rng.NextDouble() < 0.3))
        {
            depan = $"{Ambil(rng, awalan)} {depan}";
        }
        var belakang = pria ? t.BelakangPria : t.BelakangWanita;
        if (belakang.Length > 0 && rng.NextDouble() >= t.TanpaBelakang)
        {
            var b = Ambil(rng, belakang);
            if (!depan.EndsWith(b, StringComparison.Ordinal))
            {
                // Batak women often write "br." (boru) before the marga.
                depan = t == Batak && !pria && rng.NextDouble() < 0.3 ? $"{depan} br. {b}" : $"{depan} {b}";
            }
        }
        return new DemoNama(depan, t.Muslim);
    }

    private static Tradisi Pilih(Random rng, (Tradisi Tradisi, int Bobot)[] pilihan)
    {
        var n = rng.Next(pilihan.Sum(p => p.Bobot));
        foreach (var (tradisi, bobot) in pilihan)
        {
            if (n < bobot)
            {
                return tradisi;
            }
            n -= bobot;
        }
        return pilihan[^1].Tradisi;
    }

    internal static T Ambil<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
