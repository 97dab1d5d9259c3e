using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Web.Features.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Features.Organisasi;

public sealed class PosisiServiceTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private Task<T> WithPosisi<T>(Func<PosisiService, Task<T>> f) =>
        factory.WithDbAsync(factory.Data.Alpha.Id, db => f(new PosisiService(db, TimeProvider.System)));

    [Fact]
    public async Task The_pejabat_penilai_is_the_holder_of_the_atasan_position()
    {
        var penilai = await WithPosisi(p => p.PejabatPenilaiAsync(factory.Data.Alpha.Pegawai.PegawaiId));
        Assert.Equal(factory.Data.Alpha.Atasan.PegawaiId, penilai!.PegawaiId);
        Assert.Equal(SumberPenilai.Definitif, penilai.Sumber);
    }

    [Fact]
    public async Task A_vacant_post_is_skipped_and_a_plt_acting_for_it_rates_those_below_but_not_himself()
    {
        var a = factory.Data.Alpha;
        var ids = await factory.WithDbAsync(a.Id, async db =>
        {
            // Kepala Bidang Mutasi (vacant) → Kepala Seksi (held by X, who is also Plt of the Kabid post) → Staf (held by Y);
            // Kepala Bidang Diklat (vacant, no Plt) → Staf Diklat (held by Z).
            var kabid = new Jabatan { Kode = "KABID-MUT", Nama = "Kepala Bidang Mutasi", Jenis = JenisJabatan.Administrator };
            kabid.SetAtasan(a.JabatanKadinId, _ => null);
            var kasi = new Jabatan { Kode = "KASI-MUT", Nama = "Kepala Seksi Mutasi", Jenis = JenisJabatan.Pengawas };
            kasi.SetAtasan(kabid.Id, id => id == kabid.Id ? a.JabatanKadinId : null);
            var staf = new Jabatan { Kode = "STAF-MUT", Nama = "Pengolah Data Mutasi", Jenis = JenisJabatan.Pelaksana };
            staf.SetAtasan(kasi.Id, _ => null);
            var kabid2 = new Jabatan { Kode = "KABID-DIK", Nama = "Kepala Bidang Diklat", Jenis = JenisJabatan.Administrator };
            kabid2.SetAtasan(a.JabatanKadinId, _ => null);
            var staf2 = new Jabatan { Kode = "STAF-DIK", Nama = "Pengolah Data Diklat", Jenis = JenisJabatan.Pelaksana };
            staf2.SetAtasan(kabid2.Id, _ => null);
            var x = new Pegawai { Nip = "198101012006041001", Nama = "Kasi X", JabatanId = kasi.Id };
            var y = new Pegawai { Nip = "199202022019032001", Nama = "Staf Y", JabatanId = staf.Id };
            var z = new Pegawai { Nip = "199303032020011001", Nama = "Staf Z", JabatanId = staf2.Id };
            db.Jabatan.AddRange(kabid, kasi, staf, kabid2, staf2);
            db.Pegawai.AddRange(x, y, z);
            db.PenugasanPlt.Add(new PenugasanPlt { JabatanId = kabid.Id, PegawaiId = x.Id, Jenis = JenisPenugasan.Plt, Mulai = new DateOnly(2020, 1, 1) });
            await db.SaveChangesAsync();
            return (X: x.Id, Y: y.Id, Z: z.Id);
        });

        var penilaiX = await WithPosisi(p => p.PejabatPenilaiAsync(ids.X));
        Assert.Equal(a.Pimpinan.PegawaiId, penilaiX!.PegawaiId);
        Assert.Equal(1, penilaiX.LevelDilompati);

        var penilaiZ = await WithPosisi(p => p.PejabatPenilaiAsync(ids.Z));
        Assert.Equal(a.Pimpinan.PegawaiId, penilaiZ!.PegawaiId);

        var bawahanKadin = await WithPosisi(p => p.BawahanAsync(a.Pimpinan.PegawaiId));
        Assert.Contains(bawahanKadin, b => b.PegawaiId == ids.X);
        Assert.Contains(bawahanKadin, b => b.PegawaiId == ids.Z);
        Assert.DoesNotContain(bawahanKadin, b => b.PegawaiId == ids.Y);

        var bawahanX = await WithPosisi(p => p.BawahanAsync(ids.X));
        Assert.Contains(bawahanX, b => b.PegawaiId == ids.Y);
        Assert.DoesNotContain(bawahanX, b => b.PegawaiId == ids.X);
    }
}
