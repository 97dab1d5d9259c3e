using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinara.Web.Features;

/// <summary>The friendly error page: never a stack trace; a reference id to quote to the helpdesk.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class GalatModel(ILogger<GalatModel> logger) : PageModel
{
    public int Kode { get; private set; }
    public string Judul { get; private set; } = "";
    public string Pesan { get; private set; } = "";
    public string Referensi { get; private set; } = "";

    public void OnGet(int? kode) => Fill(kode);
    public void OnPost(int? kode) => Fill(kode);

    private void Fill(int? kode)
    {
        var ex = kode is null ? HttpContext.Features.Get<IExceptionHandlerPathFeature>() : null;
        // Without a code and without an exception someone just typed /galat: there is no error to show, so 404, not 500.
        Kode = kode ?? (ex is null ? 404 : 500);
        Referensi = HttpContext.TraceIdentifier;
        if (ex is not null)
        {
            logger.LogError(ex.Error, "Unhandled error on {Path} (ref {Ref})", ex.Path, Referensi);
        }
        else if (kode is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        (Judul, Pesan) = Kode switch
        {
            400 => ("Permintaan tidak valid", "Isian atau alamat yang dikirim tidak dapat diproses. Periksa kembali lalu coba lagi."),
            403 => ("Akses ditolak", "Anda tidak memiliki hak untuk membuka halaman ini."),
            404 => ("Halaman tidak ditemukan", "Halaman atau data yang Anda cari tidak ada, atau bukan milik instansi Anda."),
            405 => ("Metode tidak diizinkan", "Cara membuka halaman ini tidak didukung."),
            413 => ("Berkas terlalu besar", "Berkas yang diunggah melebihi batas ukuran. Pecah berkas menjadi beberapa bagian atau hubungi admin."),
            415 => ("Jenis berkas tidak didukung", "Jenis berkas yang dikirim tidak didukung."),
            429 => ("Terlalu banyak permintaan", "Anda mengirim terlalu banyak permintaan dalam waktu singkat. Tunggu sebentar lalu coba lagi."),
            _ => ("Terjadi kesalahan", "Maaf, terjadi kesalahan pada sistem. Data Anda yang sudah tersimpan tetap aman. Coba lagi sebentar lagi."),
        };
        if (Kode >= 500)
        {
            Response.StatusCode = Kode;
        }
    }
}
