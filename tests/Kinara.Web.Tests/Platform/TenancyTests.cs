using Kinara.Domain.Organisasi;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Tests.Infrastructure;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Platform;

/// <summary>The data layer's own guarantees, under every page: tenant filters, the audit chain, versions.</summary>
public sealed class TenancyTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task Queries_acting_for_one_instansi_never_return_another_instansis_rows()
    {
        var alpha = factory.Data.Alpha;
        var units = await factory.WithDbAsync(alpha.Id, db => db.Unit.Select(u => u.InstansiId).Distinct().ToListAsync());
        Assert.Equal([alpha.Id], units);
        var betaUnit = await factory.WithDbAsync(alpha.Id, db => db.Unit.FirstOrDefaultAsync(u => u.Id == factory.Data.Beta.UnitDinasId));
        Assert.Null(betaUnit);
        var betaPegawai = await factory.WithDbAsync(alpha.Id, db => db.Pegawai.CountAsync(p => p.Nip == factory.Data.Beta.Pegawai.Nip));
        Assert.Equal(0, betaPegawai);
    }

    [Fact]
    public async Task A_pooled_context_handed_to_the_next_unit_of_work_forgets_the_previous_instansi()
    {
        // Contexts are pooled (DatabaseSetup): the one alpha used goes back to the pool and is rented again by a later
        // scope. That scope has no tenant (like a request before sign-in), so it must see nothing of alpha's.
        var alpha = factory.Data.Alpha;
        KinaraDbContext dipakai;
        using (var scope = factory.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(alpha.Id);
            dipakai = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
            Assert.True(await dipakai.Pegawai.AnyAsync());
        }
        Assert.Null(dipakai.Tenant.InstansiId); // back in the pool without a tenant
        KinaraDbContext? lagi = null;
        for (var i = 0; i < 5000 && lagi is null; i++) // the pool hands out contexts in turn: find alpha's one again
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
            if (ReferenceEquals(db, dipakai))
            {
                lagi = db;
                Assert.Null(db.Tenant.InstansiId);
                Assert.False(await db.Pegawai.AnyAsync());
                Assert.Empty(await db.Unit.Select(u => u.Id).ToListAsync());
            }
        }
        Assert.NotNull(lagi); // otherwise the test did not exercise a reused context
    }

    [Fact]
    public async Task Writing_a_row_of_another_instansi_is_refused_and_nothing_is_saved()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(factory.Data.Alpha.Id, async db =>
        {
            db.Unit.Add(new UnitOrganisasi { InstansiId = factory.Data.Beta.Id, Kode = "SUSUP", Nama = "Unit susupan", Jenis = JenisUnit.Bidang });
            await db.SaveChangesAsync();
        }));
        Assert.Contains("another Instansi", ex.Message);
        var count = await factory.WithDbAsync(factory.Data.Beta.Id, db => db.Unit.CountAsync(u => u.Kode == "SUSUP"));
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task A_change_is_recorded_in_the_audit_trail_with_before_and_after_values()
    {
        var beta = factory.Data.Beta;
        await factory.WithDbAsync(beta.Id, async db =>
        {
            var unit = await db.Unit.SingleAsync(u => u.Id == beta.UnitBidangId);
            unit.Nama = "Bidang Pembinaan SMP";
            await db.SaveChangesAsync();
        });
        var entry = await factory.WithDbAsync(beta.Id, db => db.Audit
            .Where(a => a.Entitas == nameof(UnitOrganisasi) && a.EntitasId == beta.UnitBidangId.ToString() && a.Aksi == AuditAksi.Ubah)
            .OrderByDescending(a => a.Id).FirstAsync()); // write order: on PostgreSQL the entry may not be sealed yet
        Assert.Contains("\"Nama\":[\"Bidang Pembinaan SD\",\"Bidang Pembinaan SMP\"]", entry.Perubahan);
        Assert.Equal("test", entry.Pelaku);
    }

    [Fact]
    public async Task The_audit_chain_of_seeded_data_verifies_and_a_tampered_entry_is_detected()
    {
        var alpha = factory.Data.Alpha;
        var before = await factory.WithDbAsync(alpha.Id, db => AuditChain.VerifyAsync(db, alpha.Id));
        Assert.True(before.Utuh, before.Alasan);
        Assert.True(before.Diperiksa > 10);

        await factory.WithDbAsync(alpha.Id, db => db.Audit.Where(a => a.InstansiId == alpha.Id && a.Urutan == 3)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Perubahan, "{\"Nama\":[null,\"dipalsukan\"]}")));
        var after = await factory.WithDbAsync(alpha.Id, db => AuditChain.VerifyAsync(db, alpha.Id));
        Assert.False(after.Utuh);
        Assert.Equal(3, after.UrutanRusak);
    }

    [Fact]
    public async Task Saving_a_stale_copy_of_a_record_is_refused_instead_of_overwriting()
    {
        var beta = factory.Data.Beta;
        var stale = await factory.WithDbAsync(beta.Id, db => db.Jabatan.AsNoTracking().SingleAsync(j => j.Id == beta.JabatanStafId));
        await factory.WithDbAsync(beta.Id, async db =>
        {
            var fresh = await db.Jabatan.SingleAsync(j => j.Id == beta.JabatanStafId);
            fresh.KelasJabatan = 6;
            await db.SaveChangesAsync();
        });
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => factory.WithDbAsync(beta.Id, async db =>
        {
            db.Jabatan.Attach(stale);
            stale.Nama = "Nama dari formulir lama";
            db.Entry(stale).Property(j => j.Nama).IsModified = true;
            await db.SaveChangesAsync();
        }));
    }
}
