using Kinara.Domain.Perencanaan;

namespace Kinara.Web.Features.Perencanaan.Pustaka;

public static class LabelPustaka
{
    public static string Teks(this AspekIndikator a) => a switch
    {
        AspekIndikator.Kuantitas => "Kuantitas",
        AspekIndikator.Kualitas => "Kualitas",
        AspekIndikator.Waktu => "Waktu",
        AspekIndikator.Biaya => "Biaya",
        _ => a.ToString(),
    };

    public static string Teks(this JenisRhk j) => j switch
    {
        JenisRhk.Utama => "RHK utama",
        JenisRhk.Tambahan => "RHK tambahan",
        _ => j.ToString(),
    };
}
