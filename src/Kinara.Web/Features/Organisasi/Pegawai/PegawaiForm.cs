using System.Text.RegularExpressions;
using Kinara.Domain.Kepegawaian;
using Kinara.Web.Data;
using Kinara.Web.Features.Organisasi.Shared;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Features.Organisasi.PegawaiPages;

/// <summary>What the create and edit pages of a pegawai share: the form, its selects and the rules checked before saving.</summary>
[SatuKoneksi]
public abstract partial class PegawaiFormModel(KinaraDbContext db) : KinaraPageModel
{
    /// <summary>TempData key: NIP plausibility warnings, shown on the detail page after saving.</summary>
    public const string PeringatanNipKey = "PeringatanNip";

    [BindProperty] public PegawaiInput Input { get; set; } = new();

    public List<SelectListItem> UnitOptions { get; private set; } = [];
    public List<SelectListItem> JabatanOptions { get; private set; } = [];

    protected KinaraDbContext Db => db;

    protected async Task IsiPilihanAsync(CancellationToken ct)
    {
        UnitOptions = await Pilihan.UnitAsync(db, ct, termasuk: Input.UnitId, kosong: "— Pilih unit —");
        JabatanOptions = await Pilihan.JabatanAsync(db, ct, termasuk: Input.JabatanId, kosong: "— Belum ada jabatan —");
    }

    private NipParseResult? _nip;
    private string? _golongan;
    private string? _hp;

    /// <summary>
    /// The checks DataAnnotations cannot do (NIP for the jenis, golongan for the jenis, phone number), run before
    /// ModelState is looked at so the clerk sees every mistake of the form in one round (400).
    /// </summary>
    protected void PeriksaBentuk()
    {
        if (Input.Jenis is not { } jenis)
        {
            return;
        }
        if (!string.IsNullOrWhiteSpace(Input.Nip))
        {
            _nip = Domain.Kepegawaian.Nip.Parse(Input.Nip, jenis);
            if (!_nip.IsValid)
            {
                ModelState.AddModelError("Input.Nip", Kalimat(_nip.Error));
            }
        }
        _golongan = BacaGolongan(jenis);
        _hp = BacaNomorHp();
    }

    /// <summary>
    /// After <see cref="PeriksaBentuk"/> passed: checks the rules against stored data (422) and copies the input onto
    /// <paramref name="pegawai"/>; returns the error page or null.
    /// </summary>
    protected async Task<IActionResult?> TerapkanAsync(Domain.Kepegawaian.Pegawai pegawai, CancellationToken ct)
    {
        var jenis = Input.Jenis!.Value;
        var hasil = _nip ?? throw new InvalidOperationException("PeriksaBentuk must run first.");
        var nip = hasil.GetValueOrThrow();
        var golongan = _golongan;
        var hp = _hp;

        // Then the rules against stored data (422).
        if (await PemilikNipAsync(nip.Value, pegawai.Id, ct) is { } pemilik)
        {
            return NipTerdaftar(nip, pemilik);
        }
        var unitId = Input.UnitId;
        if (Input.JabatanId is { } jabatanId && jabatanId != pegawai.JabatanId)
        {
            var jabatan = await db.Jabatan.AsNoTracking().Where(j => j.Id == jabatanId).FirstOrDefaultAsync(ct);
            if (jabatan is null || !jabatan.Aktif)
            {
                ModelState.AddModelError("Input.JabatanId", "Jabatan yang dipilih tidak ditemukan atau sudah nonaktif. Pilih dari daftar.");
                return FormInvalid(StatusCodes.Status422UnprocessableEntity);
            }
            if (jabatan.IsStruktural && pegawai.Aktif && await PemegangLainAsync(jabatanId, pegawai.Id, ct) is { } lain)
            {
                ModelState.AddModelError("Input.JabatanId", $"Jabatan struktural \"{jabatan.Nama}\" sudah dipegang oleh {lain}. Pindahkan atau nonaktifkan pejabat lama lebih dulu; untuk pejabat sementara gunakan Plt/Plh.");
                return FormInvalid(StatusCodes.Status422UnprocessableEntity);
            }
            // A clerk who picks only the jabatan gets the jabatan's unit.
            unitId ??= jabatan.UnitId;
        }
        if (unitId is { } uid && uid != pegawai.UnitId
            && await db.Unit.AsNoTracking().Where(u => u.Id == uid).Select(u => (bool?)u.Aktif).FirstOrDefaultAsync(ct) is not true)
        {
            ModelState.AddModelError("Input.UnitId", "Unit yang dipilih tidak ditemukan atau sudah nonaktif. Pilih dari daftar.");
            return FormInvalid(StatusCodes.Status422UnprocessableEntity);
        }

        pegawai.Nip = nip.Value;
        pegawai.TanggalLahir = nip.TanggalLahir;
        pegawai.Nama = Input.Nama.Trim();
        pegawai.GelarDepan = Kosongkan(Input.GelarDepan);
        pegawai.GelarBelakang = Kosongkan(Input.GelarBelakang);
        pegawai.Jenis = jenis;
        pegawai.Golongan = golongan;
        pegawai.JabatanId = Input.JabatanId;
        pegawai.UnitId = unitId;
        pegawai.Email = Kosongkan(Input.Email);
        pegawai.NomorHp = hp;
        if (hasil.Warnings.Count > 0)
        {
            TempData[PeringatanNipKey] = string.Join("\n", hasil.Warnings.Select(Kalimat));
        }
        return null;
    }

    private string? BacaGolongan(JenisPegawai jenis)
    {
        if (string.IsNullOrWhiteSpace(Input.Golongan))
        {
            return null;
        }
        if (!Domain.Kepegawaian.Golongan.TryParse(Input.Golongan, out var g))
        {
            ModelState.AddModelError("Input.Golongan", $"Golongan \"{Input.Golongan.Trim()}\" tidak dikenal. Pilih dari daftar.");
            return null;
        }
        if (g.IsPppk != jenis.IsPppk())
        {
            ModelState.AddModelError("Input.Golongan", jenis.IsPppk()
                ? $"Golongan {g.Kode} adalah golongan PNS. Untuk {jenis.Teks()} pilih golongan I sampai XVII."
                : $"Golongan {g.Kode} adalah golongan PPPK. Untuk {jenis.Teks()} pilih golongan/ruang I/a sampai IV/e.");
            return null;
        }
        return g.Kode;
    }

    private string? BacaNomorHp()
    {
        if (string.IsNullOrWhiteSpace(Input.NomorHp))
        {
            return null;
        }
        var hp = PemisahHp().Replace(Input.NomorHp, "");
        if (!FormatHp().IsMatch(hp))
        {
            ModelState.AddModelError("Input.NomorHp", "Nomor HP tidak valid. Tulis dengan angka saja, contoh: 081234567890 atau +6281234567890.");
        }
        return hp;
    }

    /// <summary>Saves; a stale Versi or a NIP registered in the meantime (unique index) become form errors, not a 500.</summary>
    protected async Task<IActionResult?> SimpanAsync(Domain.Kepegawaian.Pegawai pegawai, CancellationToken ct)
    {
        var gagal = await SimpanFormulirAsync(db, ct, async () => await PemilikNipAsync(pegawai.Nip, pegawai.Id, ct) is { } pemilik
            ? PesanNipTerdaftar(Domain.Kepegawaian.Nip.Parse(pegawai.Nip, pegawai.Jenis).Value!, pemilik) : null, "Input.Nip");
        if (gagal is not null)
        {
            TempData.Remove(PeringatanNipKey); // the warning belongs to a save that did not happen
        }
        return gagal;
    }

    /// <summary>Name and NIP of another active holder of a structural post, if any.</summary>
    protected async Task<string?> PemegangLainAsync(Guid jabatanId, Guid selain, CancellationToken ct)
    {
        var p = await db.Pegawai.AsNoTracking().Where(x => x.JabatanId == jabatanId && x.Aktif && x.Id != selain)
            .Select(x => new { x.GelarDepan, x.Nama, x.GelarBelakang, x.Nip }).FirstOrDefaultAsync(ct);
        return p is null ? null : $"{Domain.Kepegawaian.Pegawai.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang)} (NIP {p.Nip})";
    }

    private IActionResult NipTerdaftar(Domain.Kepegawaian.Nip nip, string pemilik)
    {
        ModelState.AddModelError("Input.Nip", PesanNipTerdaftar(nip, pemilik));
        return FormInvalid(StatusCodes.Status422UnprocessableEntity);
    }

    private static string PesanNipTerdaftar(Domain.Kepegawaian.Nip nip, string pemilik) => Kalimat($"NIP {nip.Formatted} sudah terdaftar atas nama {pemilik}");

    private async Task<string?> PemilikNipAsync(string nip, Guid selain, CancellationToken ct)
    {
        var p = await db.Pegawai.AsNoTracking().Where(x => x.Nip == nip && x.Id != selain)
            .Select(x => new { x.GelarDepan, x.Nama, x.GelarBelakang }).FirstOrDefaultAsync(ct);
        return p is null ? null : Domain.Kepegawaian.Pegawai.NamaDenganGelar(p.GelarDepan, p.Nama, p.GelarBelakang);
    }

    /// <summary>The domain's messages start in lower case so they can follow a prefix; on a field they start a sentence.</summary>
    private static string Kalimat(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..] + (s.EndsWith('.') ? "" : ".");

    private static string? Kosongkan(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"[\s\-\.\(\)]")]
    private static partial Regex PemisahHp();

    // Indonesian numbers: 0…, 62… or +62…, 9 to 15 digits in all.
    [GeneratedRegex(@"^(\+62|62|0)[1-9][0-9]{7,12}$")]
    private static partial Regex FormatHp();
}
