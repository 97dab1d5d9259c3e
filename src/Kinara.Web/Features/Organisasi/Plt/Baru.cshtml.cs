using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Organisasi;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using static Kinara.Domain.Kepegawaian.Pegawai;

namespace Kinara.Web.Features.Organisasi.Plt;

[SatuKoneksi]
[Authorize(Policy = Kebijakan.KelolaMasterData)]
public sealed class BaruModel(KinaraDbContext db, TimeProvider clock) : KinaraPageModel
{
    public sealed class PltInput
    {
        [Display(Name = "Jabatan")]
        [Required(ErrorMessage = "Jabatan wajib dipilih.")]
        public Guid? JabatanId { get; set; }

        [Display(Name = "NIP pelaksana")]
        [Required(ErrorMessage = "NIP pegawai yang ditunjuk wajib diisi.")]
        [StringLength(40, ErrorMessage = "NIP terdiri dari 18 digit angka.")]
        public string Nip { get; set; } = "";

        [Display(Name = "Jenis penugasan")]
        [Required(ErrorMessage = "Pilih Plt atau Plh.")]
        [EnumDataType(typeof(JenisPenugasan), ErrorMessage = "Jenis penugasan tidak dikenal.")]
        public JenisPenugasan? Jenis { get; set; }

        [Display(Name = "Tanggal mulai")]
        [Required(ErrorMessage = "Tanggal mulai wajib diisi.")]
        public DateOnly? Mulai { get; set; }

        [Display(Name = "Tanggal selesai")]
        public DateOnly? Selesai { get; set; }

        [Display(Name = "Nomor surat")]
        [StringLength(100, ErrorMessage = "Nomor surat paling panjang 100 karakter.")]
        public string? NomorSurat { get; set; }
    }

    [BindProperty] public PltInput Input { get; set; } = new();
    public List<SelectListItem> JabatanOptions { get; private set; } = [];

    public async Task OnGetAsync(Guid? jabatan, CancellationToken ct)
    {
        Input.JabatanId = jabatan;
        Input.Jenis = JenisPenugasan.Plt;
        Input.Mulai = clock.HariIni();
        await IsiPilihanAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await IsiPilihanAsync(ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        var jabatan = await db.Jabatan.AsNoTracking().FirstOrDefaultAsync(j => j.Id == Input.JabatanId, ct);
        if (jabatan is null || !jabatan.Aktif)
        {
            return Tolak("Input.JabatanId", "Jabatan yang dipilih tidak ditemukan atau sudah nonaktif. Pilih dari daftar.");
        }
        if (!jabatan.IsStruktural)
        {
            return Tolak("Input.JabatanId", $"Plt/Plh hanya untuk jabatan struktural (JPT, Administrator, Pengawas); \"{jabatan.Nama}\" adalah jabatan {jabatan.Jenis.Teks()}.");
        }
        var nip = new string(Input.Nip.Where(char.IsAsciiDigit).ToArray());
        var pegawai = await db.Pegawai.AsNoTracking().Where(p => p.Nip == nip)
            .Select(p => new { p.Id, p.GelarDepan, p.Nama, p.GelarBelakang, p.JabatanId, p.Aktif }).FirstOrDefaultAsync(ct);
        if (pegawai is null || !pegawai.Aktif)
        {
            return Tolak("Input.Nip", $"Tidak ada pegawai aktif dengan NIP {Input.Nip.Trim()} di instansi ini. Periksa kembali NIP-nya.");
        }
        if (pegawai.JabatanId == jabatan.Id)
        {
            return Tolak("Input.Nip", $"{NamaDenganGelar(pegawai.GelarDepan, pegawai.Nama, pegawai.GelarBelakang)} adalah pejabat definitif jabatan ini, sehingga tidak perlu ditunjuk sebagai Plt/Plh.");
        }
        var definitif = await db.Pegawai.AsNoTracking().Where(p => p.JabatanId == jabatan.Id && p.Aktif)
            .Select(p => new { p.GelarDepan, p.Nama, p.GelarBelakang }).FirstOrDefaultAsync(ct);
        if (Input.Jenis == JenisPenugasan.Plt && definitif is not null)
        {
            return Tolak("Input.Jenis", $"Jabatan \"{jabatan.Nama}\" masih memiliki pejabat definitif ({NamaDenganGelar(definitif.GelarDepan, definitif.Nama, definitif.GelarBelakang)}). Plt hanya untuk jabatan yang kosong; bila pejabatnya berhalangan sementara, pilih Plh.");
        }

        var penugasan = new PenugasanPlt
        {
            JabatanId = jabatan.Id,
            PegawaiId = pegawai.Id,
            Jenis = Input.Jenis!.Value,
            Mulai = Input.Mulai!.Value,
            Selesai = Input.Selesai,
            NomorSurat = string.IsNullOrWhiteSpace(Input.NomorSurat) ? null : Input.NomorSurat.Trim(),
        };
        try
        {
            penugasan.Validasi();
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex, "Input.Selesai");
        }
        if (await PenugasanBertabrakanAsync(penugasan, ct) is { } lain)
        {
            return Tolak("Input.Mulai", $"Jabatan \"{jabatan.Nama}\" sudah memiliki {lain} pada masa itu. Akhiri penugasan itu lebih dulu atau pilih tanggal lain.");
        }
        db.PenugasanPlt.Add(penugasan);
        await db.SaveChangesAsync(ct);
        PesanSukses = $"{NamaDenganGelar(pegawai.GelarDepan, pegawai.Nama, pegawai.GelarBelakang)} ditunjuk sebagai {penugasan.Jenis} {jabatan.Nama}.";
        return Redirect("/organisasi/plt");
    }

    /// <summary>Another assignment of the same post whose period overlaps this one: one acting officer at a time.</summary>
    private async Task<string?> PenugasanBertabrakanAsync(PenugasanPlt baru, CancellationToken ct)
    {
        var akhir = baru.Selesai ?? DateOnly.MaxValue;
        var lain = await (from t in db.PenugasanPlt.AsNoTracking()
                          where t.JabatanId == baru.JabatanId && t.Mulai <= akhir && (t.Selesai == null || t.Selesai >= baru.Mulai)
                          join p in db.Pegawai.AsNoTracking() on t.PegawaiId equals p.Id
                          select new { t.Jenis, p.GelarDepan, p.Nama, p.GelarBelakang, t.Mulai }).FirstOrDefaultAsync(ct);
        return lain is null ? null : $"{lain.Jenis} {NamaDenganGelar(lain.GelarDepan, lain.Nama, lain.GelarBelakang)} (mulai {lain.Mulai:d MMMM yyyy})";
    }

    private IActionResult Tolak(string field, string pesan)
    {
        ModelState.AddModelError(field, pesan);
        return FormInvalid(StatusCodes.Status422UnprocessableEntity);
    }

    private async Task IsiPilihanAsync(CancellationToken ct) =>
        JabatanOptions = await Pilihan.JabatanAsync(db, ct, termasuk: Input.JabatanId, hanyaStruktural: true, kosong: "— Pilih jabatan struktural —");
}
