using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Features.Organisasi;

/// <summary>
/// PosisiService answers from the in-memory snapshot exactly what the query-per-step version answered
/// (<see cref="PosisiReferensi"/>), for every pegawai of a random tree full of awkward cases: vacant posts, two holders
/// of one structural post, inactive posts and pegawai, Plt and Plh that ended, start later or are held by an inactive
/// pegawai, a Plt sitting directly below the post he acts for, pegawai without a jabatan.
/// </summary>
public sealed class PosisiSetaraTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task The_snapshot_gives_the_same_penilai_and_bawahan_as_the_query_per_step_version_for_every_pegawai()
    {
        var beta = factory.Data.Beta;
        var rng = new Random(20261122);
        var hariIni = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        await factory.WithDbAsync(beta.Id, async db =>
        {
            var jabatan = new List<Jabatan>();
            var pegawai = new List<Pegawai>();
            var nomor = 0;
            Pegawai Orang(Guid? jabatanId)
            {
                nomor++;
                var p = new Pegawai
                {
                    Nip = $"19850101{2000000000 + nomor * 7919}"[..18], Nama = $"Orang {nomor:000}", Jenis = JenisPegawai.Pns, JabatanId = jabatanId,
                    UnitId = rng.Next(4) == 0 ? null : rng.Next(2) == 0 ? beta.UnitDinasId : beta.UnitBidangId,
                    GelarDepan = rng.Next(5) == 0 ? "Dr." : null, GelarBelakang = rng.Next(3) == 0 ? "S.T." : null, Aktif = rng.Next(12) != 0,
                };
                pegawai.Add(p);
                return p;
            }
            Jabatan Pos(Guid atasan, JenisJabatan jenis, int n)
            {
                var j = new Jabatan { Kode = $"ACAK-{jabatan.Count:000}", Nama = $"{jenis} {n}", Jenis = jenis, UnitId = beta.UnitBidangId, Aktif = rng.Next(15) != 0 };
                j.SetAtasan(atasan, _ => null);
                jabatan.Add(j);
                return j;
            }
            // Kepala Dinas → 8 kabid → 2-4 kasi → 1-3 pelaksana/fungsional posts each (shared by 1-3 pegawai); some fungsional under the kabid.
            for (var a = 0; a < 8; a++)
            {
                var kabid = Pos(beta.JabatanKadinId, JenisJabatan.Administrator, a);
                for (var h = rng.Next(3) == 0 ? 0 : rng.Next(1, 3); h > 0; h--) { Orang(kabid.Id); }
                for (var b = rng.Next(2, 5); b > 0; b--)
                {
                    var kasi = Pos(kabid.Id, JenisJabatan.Pengawas, b);
                    for (var h = rng.Next(3) == 0 ? 0 : 1; h > 0; h--) { Orang(kasi.Id); }
                    for (var s = rng.Next(1, 4); s > 0; s--)
                    {
                        var staf = Pos(kasi.Id, rng.Next(2) == 0 ? JenisJabatan.Pelaksana : JenisJabatan.Fungsional, s);
                        for (var h = rng.Next(1, 4); h > 0; h--) { Orang(staf.Id); }
                    }
                }
                var jf = Pos(kabid.Id, JenisJabatan.Fungsional, 9);
                Orang(jf.Id);
            }
            for (var i = 0; i < 5; i++) { Orang(null); }
            db.Jabatan.AddRange(jabatan);
            db.Pegawai.AddRange(pegawai);
            // Plt/Plh on about half of the structural posts, from anyone (often from the post right below), any dates.
            foreach (var j in jabatan.Where(j => j.IsStruktural && rng.Next(2) == 0))
            {
                var bawahSatu = pegawai.Where(p => jabatan.Any(x => x.Id == p.JabatanId && x.AtasanJabatanId == j.Id)).ToList();
                var siapa = bawahSatu.Count > 0 && rng.Next(2) == 0 ? bawahSatu[rng.Next(bawahSatu.Count)] : pegawai[rng.Next(pegawai.Count)];
                var mulai = hariIni.AddDays(rng.Next(-400, 30));
                DateOnly? selesai = rng.Next(3) switch { 0 => null, 1 => hariIni.AddDays(rng.Next(-30, 200)), _ => mulai.AddDays(rng.Next(0, 60)) };
                db.PenugasanPlt.Add(new PenugasanPlt
                {
                    JabatanId = j.Id, PegawaiId = siapa.Id, Jenis = rng.Next(3) == 0 ? JenisPenugasan.Plh : JenisPenugasan.Plt,
                    Mulai = mulai, Selesai = selesai < mulai ? mulai : selesai,
                });
            }
            await db.SaveChangesAsync();
        });

        var semua = await factory.WithDbAsync(beta.Id, db => db.Pegawai.AsNoTracking().Select(p => p.Id).ToListAsync());
        Assert.True(semua.Count > 80, $"{semua.Count} pegawai");
        await factory.WithDbAsync(beta.Id, async db =>
        {
            var lama = new PosisiReferensi(db, TimeProvider.System);
            var baru = factory.Services.CreateScope().ServiceProvider; // the DI one, backed by the shared cache
            var tenant = baru.GetRequiredService<Kinara.Web.Infrastructure.Tenancy.TenantContext>();
            tenant.Set(beta.Id);
            var posisi = baru.GetRequiredService<PosisiService>();
            int dinilai = 0, menilai = 0, lewatPlt = 0, dilompati = 0;
            foreach (var id in semua)
            {
                var penilai = await posisi.PejabatPenilaiAsync(id);
                Assert.Equal(await lama.PejabatPenilaiAsync(id), penilai);
                var bawahan = await posisi.BawahanAsync(id);
                Assert.Equal(await lama.BawahanAsync(id), bawahan);
                dinilai += penilai is null ? 0 : 1;
                lewatPlt += penilai?.Sumber is SumberPenilai.Plt or SumberPenilai.Plh ? 1 : 0;
                dilompati += penilai?.LevelDilompati > 0 ? 1 : 0;
                menilai += bawahan.Count > 0 ? 1 : 0;
            }
            // The tree really exercised the rule: most pegawai have a penilai, many rate someone, some via a Plt or a skipped level.
            Assert.True(dinilai > semua.Count / 2 && menilai > 10 && lewatPlt > 0 && dilompati > 0,
                $"{dinilai} dinilai, {menilai} menilai, {lewatPlt} lewat Plt/Plh, {dilompati} melompati jabatan kosong");
        });
    }
}
