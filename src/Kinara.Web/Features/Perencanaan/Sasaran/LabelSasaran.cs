using Kinara.Domain.Perencanaan;

namespace Kinara.Web.Features.Perencanaan.Sasaran;

public static class LabelSasaran
{
    public static string Teks(this TingkatSasaran t) => t switch
    {
        TingkatSasaran.TujuanRpjmd => "Tujuan RPJMD",
        TingkatSasaran.SasaranRpjmd => "Sasaran RPJMD",
        TingkatSasaran.SasaranRenstra => "Sasaran Renstra",
        TingkatSasaran.SasaranPk => "Sasaran Perjanjian Kinerja",
        _ => t.ToString(),
    };

    public static string Singkat(this TingkatSasaran t) => t switch
    {
        TingkatSasaran.TujuanRpjmd => "Tujuan",
        TingkatSasaran.SasaranRpjmd => "RPJMD",
        TingkatSasaran.SasaranRenstra => "Renstra",
        TingkatSasaran.SasaranPk => "PK",
        _ => t.ToString(),
    };

    public static string Warna(this TingkatSasaran t) => t switch
    {
        TingkatSasaran.TujuanRpjmd => "text-bg-dark",
        TingkatSasaran.SasaranRpjmd => "text-bg-primary",
        TingkatSasaran.SasaranRenstra => "text-bg-info",
        _ => "text-bg-success",
    };

    /// <summary>RPJMD goals belong to the whole Pemda; Renstra and PK goals to one perangkat daerah.</summary>
    public static bool TingkatPemda(this TingkatSasaran t) => t is TingkatSasaran.TujuanRpjmd or TingkatSasaran.SasaranRpjmd;

    /// <summary>An RPJMD runs five years from the year it is entered under; Renstra and PK goals are yearly.</summary>
    public const int MasaRpjmd = 5;

    public static bool BerlakuPada(TingkatSasaran tingkat, int tahunSasaran, int tahun) =>
        tingkat.TingkatPemda() ? tahunSasaran <= tahun && tahun < tahunSasaran + MasaRpjmd : tahunSasaran == tahun;
}
