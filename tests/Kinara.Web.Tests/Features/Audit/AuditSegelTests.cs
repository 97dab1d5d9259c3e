using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kinara.Web.Tests.Features.Audit;

/// <summary>
/// Sealing the audit chain (ADR 0006): saves never queue on the chain's lock, entries end up sealed in order, and
/// nothing forks the chain — not two sealers at once, not a node that died between its commit and its seal.
/// Its own database: these tests write entries behind the app's back.
/// </summary>
public sealed class AuditSegelTests(AuditSegelTests.Factory factory) : IClassFixture<AuditSegelTests.Factory>
{
    /// <summary>The background sealer polls every 200 ms, as a node does after a crash of another one.</summary>
    public sealed class Factory : KinaraFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Kinara:Audit:SegelDetik"] = "0.2" };
    }

    private static readonly TimeSpan Batas = TimeSpan.FromSeconds(15);

    private Task<long> TerakhirAsync(Guid instansiId) =>
        factory.WithDbAsync(instansiId, async db => await db.Audit.MaxAsync(a => a.Urutan) ?? 0);

    /// <summary>The chain's head once everything written so far (by other tests of the class too) is sealed.</summary>
    private Task<long> TerakhirTersegelAsync(Guid instansiId) => factory.AuditTerakhirAsync(instansiId);

    private Task<int> MenungguAsync(Guid instansiId) =>
        factory.WithDbAsync(instansiId, db => db.Audit.CountAsync(a => a.Urutan == null));

    private async Task TungguTersegelAsync(Guid instansiId)
    {
        var sampai = DateTime.UtcNow + Batas;
        while (await MenungguAsync(instansiId) > 0)
        {
            Assert.True(DateTime.UtcNow < sampai, "The background sealer did not seal the waiting entries in time.");
            await Task.Delay(100);
        }
    }

    private Task UbahNamaUnitAsync(Guid instansiId, Guid unitId, string nama) =>
        factory.WithDbAsync(instansiId, async db =>
        {
            var unit = await db.Unit.SingleAsync(u => u.Id == unitId);
            unit.Nama = nama;
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task A_save_never_waits_for_the_chain_lock_and_its_entry_is_sealed_in_order_once_the_lock_is_free()
    {
        var alpha = factory.Data.Alpha;
        var sebelum = await TerakhirTersegelAsync(alpha.Id);
        if (factory.Provider != "Postgres")
        {
            // SQLite: one writer at a time, so the save chains its entry itself, in the same transaction.
            await UbahNamaUnitAsync(alpha.Id, alpha.UnitDinasId, "Dinas Contoh (SQLite)");
            Assert.Equal(0, await MenungguAsync(alpha.Id));
            Assert.Equal(sebelum + 1, await TerakhirAsync(alpha.Id));
            return;
        }

        // Another sealer (another node) holds the chain's lock for this Instansi ...
        var cs = await factory.WithDbAsync(alpha.Id, db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var lain = new NpgsqlConnection(cs);
        await lain.OpenAsync();
        await using var tx = await lain.BeginTransactionAsync();
        await using (var kunci = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AuditSegel.Kunci(alpha.Id)})", lain, tx))
        {
            await kunci.ExecuteNonQueryAsync();
        }

        // ... and the save still completes at once (it used to wait for that lock until the other side committed).
        var simpan = UbahNamaUnitAsync(alpha.Id, alpha.UnitDinasId, "Dinas Contoh (saat rantai terkunci)");
        Assert.Same(simpan, await Task.WhenAny(simpan, Task.Delay(Batas)));
        await simpan;
        Assert.Equal(1, await MenungguAsync(alpha.Id));
        Assert.Equal(sebelum, await TerakhirAsync(alpha.Id));

        // The lock is released: the background sealer (woken by the save) gives the entry the next number.
        await tx.RollbackAsync();
        await TungguTersegelAsync(alpha.Id);
        Assert.Equal(sebelum + 1, await TerakhirAsync(alpha.Id));
        var entri = await factory.WithDbAsync(alpha.Id, db => db.Audit.AsNoTracking().SingleAsync(a => a.Urutan == sebelum + 1));
        Assert.Equal("UnitOrganisasi", entri.Entitas);
        Assert.Contains("saat rantai terkunci", entri.Perubahan);
        var hasil = await factory.WithDbAsync(alpha.Id, db => AuditChain.VerifyAsync(db, alpha.Id));
        Assert.True(hasil.Utuh, hasil.Alasan);
    }

    [Fact]
    public async Task Entries_a_dead_node_committed_but_never_sealed_are_sealed_by_the_background_sealer()
    {
        var beta = factory.Data.Beta;
        var sebelum = await TerakhirTersegelAsync(beta.Id);
        // What a node leaves behind when it is killed right after its commit: entries without a place in the chain.
        await factory.WithDbAsync(beta.Id, async db =>
        {
            for (var i = 0; i < 3; i++)
            {
                db.Audit.Add(Entri(beta.Id, $"yatim-{i}"));
            }
            await db.SaveChangesAsync();
        });

        await TungguTersegelAsync(beta.Id);
        var urutan = await factory.WithDbAsync(beta.Id, db => db.Audit.Where(a => a.EntitasId.StartsWith("yatim-"))
            .OrderBy(a => a.Id).Select(a => a.Urutan).ToListAsync());
        Assert.Equal([sebelum + 1, sebelum + 2, sebelum + 3], urutan);
        var hasil = await factory.WithDbAsync(beta.Id, db => AuditChain.VerifyAsync(db, beta.Id));
        Assert.True(hasil.Utuh, hasil.Alasan);
    }

    [Fact]
    public async Task Two_sealers_at_once_never_fork_the_chain()
    {
        var alpha = factory.Data.Alpha;
        const int jumlah = 2500; // more than one batch of 1,000 for each sealer
        var sebelum = await factory.WithDbAsync(alpha.Id, db => db.Audit.CountAsync());
        await factory.WithDbAsync(alpha.Id, async db =>
        {
            for (var i = 0; i < jumlah; i++)
            {
                db.Audit.Add(Entri(alpha.Id, $"serentak-{i}"));
            }
            await db.SaveChangesAsync();
        });

        // Two sealers (two nodes) race each other, and the background sealer of this node may join in.
        await Task.WhenAll(
            factory.WithDbAsync(alpha.Id, db => AuditSegel.SegelAsync(db, alpha.Id)),
            factory.WithDbAsync(alpha.Id, db => AuditSegel.SegelAsync(db, alpha.Id)));

        Assert.Equal(0, await MenungguAsync(alpha.Id));
        var nomor = await factory.WithDbAsync(alpha.Id, db => db.Audit.Select(a => a.Urutan!.Value).OrderBy(u => u).ToListAsync());
        Assert.Equal(sebelum + jumlah, nomor.Count);
        Assert.Equal(Enumerable.Range(1, nomor.Count).Select(i => (long)i), nomor);
        // Written order is kept: the entries get their numbers in the order they were inserted.
        var serentak = await factory.WithDbAsync(alpha.Id, db => db.Audit.Where(a => a.EntitasId.StartsWith("serentak-"))
            .OrderBy(a => a.Urutan).Select(a => a.Id).ToListAsync());
        Assert.Equal(serentak.Order(), serentak);
        var hasil = await factory.WithDbAsync(alpha.Id, db => AuditChain.VerifyAsync(db, alpha.Id));
        Assert.True(hasil.Utuh, hasil.Alasan);
    }

    private static AuditEntry Entri(Guid instansiId, string id) => new()
    {
        InstansiId = instansiId,
        Waktu = AuditRecorder.Truncate(DateTime.UtcNow),
        Pelaku = "sistem",
        Aksi = AuditAksi.Ubah,
        Entitas = "Uji",
        EntitasId = id,
        Perubahan = "{}",
    };
}
