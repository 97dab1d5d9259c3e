using Kinara.Domain.Organisasi;
using Kinara.Web.Features.Organisasi.Impor;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinara.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit");
        b.Property(e => e.Pelaku).HasMaxLength(40);
        b.Property(e => e.Entitas).HasMaxLength(80);
        b.Property(e => e.EntitasId).HasMaxLength(120);
        b.Property(e => e.HashSebelumnya).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        // The unique (instansi, urutan) pair is the last line of defence against a forked chain.
        b.HasIndex(e => new { e.InstansiId, e.Urutan }).IsUnique();
        // Entries waiting to be sealed into the chain (PostgreSQL writes them unsealed; see AuditSegel): few at any time.
        b.HasIndex(e => e.InstansiId, "IX_audit_belum_disegel").HasFilter("\"Urutan\" IS NULL");
        b.HasIndex(e => new { e.InstansiId, e.Waktu });
        b.HasIndex(e => new { e.InstansiId, e.Entitas, e.EntitasId });
    }
}

internal sealed class ImporJobConfiguration : IEntityTypeConfiguration<ImporJob>
{
    public void Configure(EntityTypeBuilder<ImporJob> b)
    {
        b.ToTable("impor_job");
        b.Property(e => e.NamaBerkas).HasMaxLength(260);
        b.Property(e => e.LokasiBerkas).HasMaxLength(400);
        b.Property(e => e.DibuatOlehNip).HasMaxLength(40);
        b.Property(e => e.PemegangLease).HasMaxLength(100);
        b.Property(e => e.Pesan).HasMaxLength(1000);
        b.HasIndex(e => new { e.Status, e.DibuatPada });
        b.HasIndex(e => new { e.InstansiId, e.DibuatPada });
        b.HasOne<Instansi>().WithMany().HasForeignKey(e => e.InstansiId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ImporGalatConfiguration : IEntityTypeConfiguration<ImporGalat>
{
    public void Configure(EntityTypeBuilder<ImporGalat> b)
    {
        b.ToTable("impor_galat");
        b.Property(e => e.Kolom).HasMaxLength(100);
        b.Property(e => e.Alasan).HasMaxLength(500);
        b.HasIndex(e => new { e.ImporJobId, e.Baris });
        b.HasOne<ImporJob>().WithMany().HasForeignKey(e => e.ImporJobId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> b)
    {
        b.Property(e => e.NamaTampilan).HasMaxLength(250);
        b.HasIndex(e => e.InstansiId);
        b.HasIndex(e => e.PegawaiId);
        b.HasOne<Instansi>().WithMany().HasForeignKey(e => e.InstansiId).OnDelete(DeleteBehavior.Restrict);
    }
}
