using Kinara.Domain.Perencanaan;

namespace Kinara.Web.Features.Perencanaan.Monitoring;

/// <summary>How far a pegawai is with this year's SKP, as the monitoring counts it.</summary>
public enum StatusPengisian
{
    BelumAda = 0,
    Draf = 1,
    /// <summary>Submitted, including waiting for the pengelola kinerja's review.</summary>
    Diajukan = 2,
    Dikembalikan = 3,
    Disetujui = 4,
}

public static class LabelPengisian
{
    public static readonly IReadOnlyList<StatusPengisian> Semua = Enum.GetValues<StatusPengisian>();

    public static StatusPengisian Dari(StatusSkp? s) => s switch
    {
        null => StatusPengisian.BelumAda,
        StatusSkp.Draft => StatusPengisian.Draf,
        StatusSkp.MenungguReviu or StatusSkp.Diajukan => StatusPengisian.Diajukan,
        StatusSkp.Dikembalikan => StatusPengisian.Dikembalikan,
        // Digantikan never reaches here (it is filtered out); an approved one is what stays in force.
        _ => StatusPengisian.Disetujui,
    };

    public static string Teks(this StatusPengisian s) => s switch
    {
        StatusPengisian.BelumAda => "Belum ada SKP",
        StatusPengisian.Draf => "Draf",
        StatusPengisian.Diajukan => "Diajukan",
        StatusPengisian.Dikembalikan => "Dikembalikan",
        _ => "Disetujui",
    };

    /// <summary>Query-string value of a status filter.</summary>
    public static string Kode(this StatusPengisian s) => s switch
    {
        StatusPengisian.BelumAda => "belum",
        StatusPengisian.Draf => "draf",
        StatusPengisian.Diajukan => "diajukan",
        StatusPengisian.Dikembalikan => "dikembalikan",
        _ => "disetujui",
    };

    public static StatusPengisian? DariKode(string? kode) => Semua.Cast<StatusPengisian?>().FirstOrDefault(s => s!.Value.Kode() == kode);

    /// <summary>Bootstrap badge class; the same colours as the bars of the monitoring table.</summary>
    public static string Badge(this StatusPengisian s) => s switch
    {
        StatusPengisian.BelumAda => "text-bg-light border",
        StatusPengisian.Draf => "text-bg-secondary",
        StatusPengisian.Diajukan => "text-bg-info",
        StatusPengisian.Dikembalikan => "text-bg-warning",
        _ => "text-bg-success",
    };

    /// <summary>Fill of the status in the SVG bar (presentation attribute, allowed by the CSP where style="" is not).</summary>
    public static string Warna(this StatusPengisian s) => s switch
    {
        StatusPengisian.BelumAda => "#dee2e6",
        StatusPengisian.Draf => "#6c757d",
        StatusPengisian.Diajukan => "#0dcaf0",
        StatusPengisian.Dikembalikan => "#ffc107",
        _ => "#198754",
    };

    /// <summary>The badge text of an SKP status as the cascading tree shows it (keeps "Menunggu reviu" visible).</summary>
    public static string TeksSkp(StatusSkp s) => s == StatusSkp.MenungguReviu ? "Menunggu reviu" : Skp.StatusLabel(s);
}
