namespace Kinara.Web.Features.Perencanaan.Dokumen;

/// <summary>Services of the SKP documents (PDF, print view, workbook, verification page).</summary>
public static class DokumenRegistration
{
    public static IServiceCollection AddDokumen(this IServiceCollection services)
    {
        services.AddOptions<DokumenOptions>().BindConfiguration(DokumenOptions.Section);
        services.AddSingleton<HurufDokumen>();
        services.AddSingleton<PdfSkp>();
        services.AddSingleton<TokenVerifikasi>();
        return services;
    }
}
