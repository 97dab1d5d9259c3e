using System.ComponentModel.DataAnnotations;
using Kinara.Domain;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Data;
using Kinara.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TimKerjaEntitas = Kinara.Domain.Perencanaan.TimKerja;

namespace Kinara.Web.Features.Perencanaan.TimPages;

/// <summary>
/// Changes a tim kerja: name, year, ketua (one of the members), active or not; adds members found by name or NIP in any
/// unit, and removes them. Allowed to admins, pimpinan and the team's pembentuk (<see cref="AksesTim"/>: not the ketua
/// alone, since membership widens whom the ketua may assign RHK to); others 403, another tenant's team 404.
/// Every form carries the team's Versi: adding or removing a member also bumps it, so nothing is overwritten silently.
/// </summary>
[SatuKoneksi]
public sealed class UbahModel(KinaraDbContext db) : KinaraPageModel
{
    public sealed class TimInput
    {
        [Display(Name = "Nama tim")]
        [Required(ErrorMessage = "Nama tim kerja wajib diisi.")]
        [StringLength(250, ErrorMessage = "Nama tim paling panjang 250 karakter.")]
        public string? Nama { get; set; }

        [Display(Name = "Tahun")]
        [Required(ErrorMessage = "Tahun wajib dipilih.")]
        [Range(2000, 2100, ErrorMessage = "Tahun tidak valid.")]
        public int? Tahun { get; set; }

        public Guid? KetuaId { get; set; }
        public bool Aktif { get; set; }
        public int Versi { get; set; }
    }

    [BindProperty] public TimInput Input { get; set; } = new();
    /// <summary>Member search without JavaScript: the search form reloads this page with ?q=.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public TimKerjaEntitas? Tim { get; private set; }
    public Dictionary<Guid, PegawaiRingkas> Orang { get; private set; } = [];
    public HasilCari Hasil { get; private set; } = new(null, [], false);

    public IReadOnlyList<int> PilihanTahun => Tim is null ? [] : Enumerable.Range(Tim.Tahun - 1, 3).Append(Input.Tahun ?? Tim.Tahun)
        .Where(t => t is >= 2000 and <= 2100).Distinct().Order().ToList();

    public IEnumerable<AnggotaTim> AnggotaUrut => Tim is null ? [] : Tim.Anggota
        .OrderBy(a => a.Peran).ThenBy(a => Orang.GetValueOrDefault(a.PegawaiId)?.Nama, StringComparer.CurrentCulture);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: false, ct) is { } tolak)
        {
            return tolak;
        }
        IsiDariTim();
        await IsiAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCariAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: false, ct) is { } tolak)
        {
            return tolak;
        }
        return Partial("_HasilCari", await HasilAsync(Q ?? "", ct));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await MuatAsync(id, lacak: true, ct) is { } tolak)
        {
            return tolak;
        }
        var tim = Tim!;
        await IsiAsync(ct);
        if (!ModelState.IsValid)
        {
            return FormInvalid();
        }
        if (Input.KetuaId is not { } ketua)
        {
            return Tolak("Input.KetuaId", "Pilih ketua tim dari daftar anggota.", StatusCodes.Status400BadRequest);
        }
        if (tim.Anggota.All(a => a.PegawaiId != ketua))
        {
            return Tolak("Input.KetuaId", "Ketua harus salah satu anggota tim. Tambahkan pegawai itu sebagai anggota lebih dulu.", StatusCodes.Status422UnprocessableEntity);
        }
        try
        {
            tim.Ubah(Input.Nama!, Input.Tahun!.Value);
            tim.TetapkanKetua(ketua);
            tim.Aktif = Input.Aktif;
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex);
        }
        return await SimpanAsync(tim, Input.Versi, $"Perubahan tim kerja \"{tim.Nama}\" tersimpan.", ct);
    }

    public async Task<IActionResult> OnPostTambahAsync(Guid id, Guid? pegawaiId, int versi, CancellationToken ct)
    {
        ModelState.Clear(); // the main form's fields are not part of this post
        if (await MuatAsync(id, lacak: true, ct) is { } tolak)
        {
            return tolak;
        }
        var tim = Tim!;
        IsiDariTim(versi);
        await IsiAsync(ct);
        if (pegawaiId is not { } pid)
        {
            return Tolak("", "Pilih pegawai yang akan ditambahkan dari hasil pencarian.", StatusCodes.Status400BadRequest);
        }
        var pegawai = (await CariPegawai.MuatAsync(db, [pid], ct)).GetValueOrDefault(pid);
        if (pegawai is null || !pegawai.Aktif)
        {
            return Tolak("", "Pegawai tersebut tidak ditemukan di antara pegawai aktif instansi ini.", StatusCodes.Status422UnprocessableEntity);
        }
        try
        {
            tim.TambahAnggota(pid, PeranTim.Anggota);
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(new DomainRuleException($"{pegawai.Nama}: {ex.Message}"));
        }
        return await SimpanAsync(tim, versi, $"{pegawai.Nama} ditambahkan sebagai anggota tim.", ct);
    }

    public async Task<IActionResult> OnPostKeluarkanAsync(Guid id, Guid? pegawaiId, int versi, CancellationToken ct)
    {
        ModelState.Clear();
        if (await MuatAsync(id, lacak: true, ct) is { } tolak)
        {
            return tolak;
        }
        var tim = Tim!;
        IsiDariTim(versi);
        await IsiAsync(ct);
        if (pegawaiId is not { } pid)
        {
            return Tolak("", "Pilih anggota yang akan dikeluarkan.", StatusCodes.Status400BadRequest);
        }
        var nama = Orang.GetValueOrDefault(pid)?.Nama ?? "Pegawai";
        try
        {
            tim.KeluarkanAnggotaBiasa(pid);
        }
        catch (DomainRuleException ex)
        {
            return RuleBroken(ex);
        }
        return await SimpanAsync(tim, versi, $"{nama} dikeluarkan dari tim.", ct);
    }

    /// <summary>Loads the team (another tenant's: 404) and checks the user may change it (403).</summary>
    private async Task<IActionResult?> MuatAsync(Guid id, bool lacak, CancellationToken ct)
    {
        var query = db.TimKerja.Include(t => t.Anggota).AsQueryable();
        var tim = await (lacak ? query : query.AsNoTracking()).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tim is null)
        {
            return NotFound();
        }
        if (!User.BolehUbah(PegawaiId, tim))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Tim = tim;
        return null;
    }

    private void IsiDariTim(int? versi = null)
    {
        var tim = Tim!;
        Input = new TimInput { Nama = tim.Nama, Tahun = tim.Tahun, KetuaId = tim.KetuaId(), Aktif = tim.Aktif, Versi = versi ?? tim.Versi };
    }

    private async Task IsiAsync(CancellationToken ct)
    {
        var tim = Tim!;
        Orang = await CariPegawai.MuatAsync(db, tim.Anggota.Select(a => a.PegawaiId).Append(tim.PembentukPegawaiId), ct);
        if (Q is not null)
        {
            Hasil = await HasilAsync(Q, ct);
        }
    }

    private async Task<HasilCari> HasilAsync(string q, CancellationToken ct) =>
        new(q, await CariPegawai.CariAsync(db, q, ct), PilihKetua: false, Tim!.Id, Tim.Versi, Tim.Anggota.Select(a => a.PegawaiId).ToHashSet());

    /// <summary>Saves guarded by the version the form was opened with; member rows alone would not touch the team's row.</summary>
    private async Task<IActionResult> SimpanAsync(TimKerjaEntitas tim, int versiFormulir, string pesan, CancellationToken ct)
    {
        var versi = db.Entry(tim).Property(t => t.Versi);
        versi.OriginalValue = versiFormulir;
        versi.IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Show the team as it is now, not with the refused change applied.
            db.ChangeTracker.Clear();
            Tim = await db.TimKerja.AsNoTracking().Include(t => t.Anggota).FirstAsync(t => t.Id == tim.Id, ct);
            await IsiAsync(ct);
            return StaleForm();
        }
        PesanSukses = pesan;
        return Redirect($"/perencanaan/tim/{tim.Id}/ubah#anggota");
    }

    private IActionResult Tolak(string key, string pesan, int status)
    {
        ModelState.AddModelError(key, pesan);
        return FormInvalid(status);
    }
}
