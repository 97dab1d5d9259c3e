using Microsoft.EntityFrameworkCore.Infrastructure;
using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Kinara.Web.Features.Organisasi.Impor;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Data;

/// <summary>
/// The one DbContext. Provider-specific subclasses exist only to hold one migrations set per provider
/// (<see cref="SqliteKinaraDbContext"/>, <see cref="PostgresKinaraDbContext"/>).
/// Tenant-owned rows are filtered to the current Instansi; every save writes the audit trail in the same transaction.
/// </summary>
/// <remarks>
/// Contexts are pooled (DatabaseSetup): EF keeps each context's internal services between requests instead of resolving
/// them again for every request. A pooled context is only ever handed out through <see cref="Sewa"/>, which gives it the
/// renting scope's tenant, and it forgets that tenant when it is disposed, before it goes back to the pool: a context
/// between two requests has no tenant, so a slip would show nothing, never another Pemda's rows.
/// </remarks>
public abstract class KinaraDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The tenant of the unit of work that rented this context; an empty one (no Instansi) when not rented.</summary>
    internal TenantContext Tenant { get; private set; } = new();
    internal TimeProvider Clock { get; private set; } = TimeProvider.System;

    /// <summary>While true, the connection stays open between statements (<see cref="SatuKoneksiAttribute"/>).</summary>
    internal bool TahanKoneksi { get; set; }

    /// <summary>Binds this context to the renting scope: its tenant (read at query time, so the tenant middleware may set it
    /// after the context was made) and its clock.</summary>
    internal KinaraDbContext Sewa(TenantContext tenant, TimeProvider clock)
    {
        Tenant = tenant;
        Clock = clock;
        return this;
    }

    // Before EF returns the context to the pool (base.Dispose): afterwards another request may already have rented it.
    public override void Dispose()
    {
        Lepas();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Lepas();
        return base.DisposeAsync();
    }

    private void Lepas()
    {
        Tenant = new TenantContext();
        Clock = TimeProvider.System;
        TahanKoneksi = false;
    }

    // Read through a property so the global query filters see the value at query time, not at model build time.
    private Guid? CurrentInstansiId => Tenant.InstansiId;

    public DbSet<Instansi> Instansi => Set<Instansi>();
    public DbSet<UnitOrganisasi> Unit => Set<UnitOrganisasi>();
    public DbSet<Jabatan> Jabatan => Set<Jabatan>();
    public DbSet<Pegawai> Pegawai => Set<Pegawai>();
    public DbSet<PenugasanPlt> PenugasanPlt => Set<PenugasanPlt>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<ImporJob> ImporJob => Set<ImporJob>();
    public DbSet<ImporGalat> ImporGalat => Set<ImporGalat>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Skp> Skp => Set<Skp>();
    public DbSet<RencanaHasilKerja> Rhk => Set<RencanaHasilKerja>();
    public DbSet<IndikatorKinerja> IndikatorKinerja => Set<IndikatorKinerja>();
    public DbSet<SasaranOrganisasi> SasaranOrganisasi => Set<SasaranOrganisasi>();
    public DbSet<IndikatorKinerjaUtama> Iku => Set<IndikatorKinerjaUtama>();
    public DbSet<TemplateRhk> TemplateRhk => Set<TemplateRhk>();
    public DbSet<TimKerja> TimKerja => Set<TimKerja>();

    internal abstract bool IsPostgres { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KinaraDbContext).Assembly, t => t.Namespace == typeof(KinaraDbContext).Namespace + ".Configurations");

        // Tenant isolation: every entity with a tenant key gets the filter here, so no configuration can forget it.
        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.ClrType.IsAssignableTo(typeof(ITenantOwned)) && !t.IsOwned()))
        {
            typeof(KinaraDbContext).GetMethod(nameof(FilterTenant), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(type.ClrType).Invoke(this, [builder]);
        }
        builder.Entity<AuditEntry>().HasQueryFilter(e => e.InstansiId == CurrentInstansiId);
    }

    private void FilterTenant<T>(ModelBuilder builder) where T : class, ITenantOwned =>
        builder.Entity<T>().HasQueryFilter(e => e.InstansiId == CurrentInstansiId);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<int>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var recorder = new AuditRecorder(this);
        var pending = await recorder.CollectAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (!IsPostgres)
        {
            // SQLite has one writer at a time and BeginTransaction takes the write lock at once (BEGIN IMMEDIATE), so the
            // entries are chained right here: nobody else can append between reading the last hash and the commit.
            var ownTransaction = Database.CurrentTransaction is null;
            await using var tx = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
            await recorder.AppendChainedAsync(pending, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (tx is not null)
            {
                await tx.CommitAsync(cancellationToken);
            }
            return saved;
        }

        // PostgreSQL: the entries go in with the change, unsealed, so concurrent saves of one Instansi never queue on a
        // lock, and the background sealer seals them a moment later, the saves of a busy moment in one batch (ADR 0006).
        recorder.AppendUnsealed(pending);
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AuditSegel.Bangunkan();
        return result;
    }
}

public sealed class SqliteKinaraDbContext(DbContextOptions<SqliteKinaraDbContext> options) : KinaraDbContext(options)
{
    internal override bool IsPostgres => false;
}

public sealed class PostgresKinaraDbContext(DbContextOptions<PostgresKinaraDbContext> options) : KinaraDbContext(options)
{
    internal override bool IsPostgres => true;
}
