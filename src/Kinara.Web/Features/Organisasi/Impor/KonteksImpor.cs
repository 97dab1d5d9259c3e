namespace Kinara.Web.Features.Organisasi.Impor;

/// <summary>Counts and pending error rows of one run of a job; the importers fill it, the processor reports it.</summary>
public sealed class KonteksImpor(ImporJob job, PembacaBaris baca, PetaKolom peta, ImporOptions options)
{
    public const string AwalanPeringatan = "Peringatan: ";

    private readonly List<(int Baris, string Kolom, string Alasan)> _galat = [];

    public ImporJob Job { get; } = job;
    public PembacaBaris Baca { get; } = baca;
    public PetaKolom Peta { get; } = peta;
    public ImporOptions Options { get; } = options;

    public int BarisDiproses { get; set; }
    public int Ditambah { get; set; }
    public int Diubah { get; set; }
    public int TidakBerubah { get; set; }
    public int Ditolak { get; set; }

    /// <summary>Error and warning entries stored or waiting to be stored; beyond the cap they are only counted.</summary>
    public int GalatDicatat { get; private set; }
    public int GalatTerlewat { get; private set; }

    /// <summary>Fraction of the work done, for the progress bar: importers that read the file twice scale it themselves.</summary>
    public Func<long> BytesDibaca { get; set; } = () => 0;

    /// <summary>Reports progress to the job row; set by the processor.</summary>
    public Func<CancellationToken, Task> LaporAsync { get; set; } = _ => Task.CompletedTask;

    /// <summary>The column name as written in the file, for error messages; the canonical name when the file lacks it.</summary>
    public string Kolom(string nama)
    {
        var i = Peta.Index(nama);
        return Peta.Posisi[i] >= 0 ? Peta.Judul[Peta.Posisi[i]] : nama;
    }

    /// <summary>The cell of column <paramref name="nama"/> on the current row (null when the file has no such column).</summary>
    public object? Sel(string nama) => Baca.Sel(Peta.Posisi[Peta.Index(nama)]);

    public string? Teks(string nama) => Nilai.Teks(Sel(nama));

    /// <summary>Rejects a row: counted once, each reason stored with its column.</summary>
    public void Tolak(int baris, IEnumerable<(string Kolom, string Alasan)> alasan)
    {
        Ditolak++;
        foreach (var (kolom, a) in alasan)
        {
            Catat(baris, kolom, a);
        }
    }

    public void Tolak(int baris, string kolom, string alasan) => Tolak(baris, [(kolom, alasan)]);

    /// <summary>A warning: the row is imported, but the clerk should look at it.</summary>
    public void Peringatan(int baris, string kolom, string alasan) => Catat(baris, kolom, AwalanPeringatan + alasan);

    private void Catat(int baris, string kolom, string alasan)
    {
        if (GalatDicatat >= Options.MaksGalatDisimpan)
        {
            GalatTerlewat++;
            return;
        }
        GalatDicatat++;
        _galat.Add((baris, Potong(kolom, 100), Potong(alasan, 500)));
    }

    /// <summary>The entries not yet saved, as entities; call <see cref="GalatTersimpan"/> after the save succeeded.</summary>
    public List<ImporGalat> GalatTertunda() =>
        _galat.Select(g => new ImporGalat { InstansiId = Job.InstansiId, ImporJobId = Job.Id, Baris = g.Baris, Kolom = g.Kolom, Alasan = g.Alasan }).ToList();

    public int JumlahGalatTertunda => _galat.Count;

    public void GalatTersimpan() => _galat.Clear();

    private static string Potong(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

/// <summary>A problem that stops the whole job (not one row): its message is shown to the clerk as is.</summary>
public sealed class ImporGagalException(string message) : Exception(message);
