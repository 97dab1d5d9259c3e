using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Data;

/// <summary>
/// ASP.NET Core Data Protection's key ring (the keys that sign sign-in cookies and antiforgery tokens), stored in the
/// <c>DataProtectionKeys</c> table so that every node reads the same keys. The table belongs to
/// <see cref="KinaraDbContext"/>'s model and migrations; this context only reads and adds its rows.
/// </summary>
/// <remarks>
/// A context of its own because Data Protection reads and writes the key ring with synchronous calls, which Npgsql
/// refuses on a multiplexed connection (<see cref="DatabaseSetup.KoneksiPostgres"/>): this context always connects
/// without multiplexing, through a pool of its own that is used only when the key ring is loaded (start-up, then about
/// once a day) or a key is added.
/// </remarks>
public sealed class KunciDbContext(DbContextOptions<KunciDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
}
