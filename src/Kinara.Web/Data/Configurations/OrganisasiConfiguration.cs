using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinara.Web.Data.Configurations;

internal sealed class InstansiConfiguration : IEntityTypeConfiguration<Instansi>
{
    public void Configure(EntityTypeBuilder<Instansi> b)
    {
        b.ToTable("instansi");
        b.Property(e => e.Kode).HasMaxLength(40);
        b.Property(e => e.Nama).HasMaxLength(200);
        b.Property(e => e.KepalaDaerahJabatan).HasMaxLength(200);
        b.Property(e => e.KepalaDaerahNama).HasMaxLength(200);
        b.Property(e => e.Versi).IsConcurrencyToken();
        b.HasIndex(e => e.Kode).IsUnique();
    }
}

internal sealed class UnitOrganisasiConfiguration : IEntityTypeConfiguration<UnitOrganisasi>
{
    public void Configure(EntityTypeBuilder<UnitOrganisasi> b)
    {
        b.ToTable("unit_organisasi");
        b.Property(e => e.Kode).HasMaxLength(64);
        b.Property(e => e.Nama).HasMaxLength(250);
        b.Property(e => e.IndukId);
        b.Property(e => e.Versi).IsConcurrencyToken();
        b.HasIndex(e => new { e.InstansiId, e.Kode }).IsUnique();
        b.HasIndex(e => new { e.InstansiId, e.IndukId });
        b.HasOne<Instansi>().WithMany().HasForeignKey(e => e.InstansiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitOrganisasi>().WithMany().HasForeignKey(e => e.IndukId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JabatanConfiguration : IEntityTypeConfiguration<Jabatan>
{
    public void Configure(EntityTypeBuilder<Jabatan> b)
    {
        b.ToTable("jabatan");
        b.Property(e => e.Kode).HasMaxLength(64);
        b.Property(e => e.Nama).HasMaxLength(250);
        b.Property(e => e.Jenjang).HasMaxLength(60);
        b.Property(e => e.AtasanJabatanId);
        b.Property(e => e.Versi).IsConcurrencyToken();
        b.Ignore(e => e.IsStruktural);
        b.HasIndex(e => new { e.InstansiId, e.Kode }).IsUnique();
        b.HasIndex(e => new { e.InstansiId, e.AtasanJabatanId });
        b.HasIndex(e => new { e.InstansiId, e.UnitId });
        b.HasOne<Instansi>().WithMany().HasForeignKey(e => e.InstansiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitOrganisasi>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Jabatan>().WithMany().HasForeignKey(e => e.AtasanJabatanId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PegawaiConfiguration : IEntityTypeConfiguration<Pegawai>
{
    public void Configure(EntityTypeBuilder<Pegawai> b)
    {
        b.ToTable("pegawai");
        b.Property(e => e.Nip).HasMaxLength(18);
        b.Property(e => e.Nama).HasMaxLength(200);
        b.Property(e => e.GelarDepan).HasMaxLength(60);
        b.Property(e => e.GelarBelakang).HasMaxLength(100);
        b.Property(e => e.Golongan).HasMaxLength(10);
        b.Property(e => e.Email).HasMaxLength(200);
        b.Property(e => e.NomorHp).HasMaxLength(30);
        b.Property(e => e.Versi).IsConcurrencyToken();
        b.Ignore(e => e.NamaLengkap);
        b.HasIndex(e => new { e.InstansiId, e.Nip }).IsUnique();
        b.HasIndex(e => new { e.InstansiId, e.JabatanId });
        b.HasIndex(e => new { e.InstansiId, e.UnitId });
        b.HasIndex(e => new { e.InstansiId, e.Nama });
        b.HasOne<Instansi>().WithMany().HasForeignKey(e => e.InstansiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Jabatan>().WithMany().HasForeignKey(e => e.JabatanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitOrganisasi>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PenugasanPltConfiguration : IEntityTypeConfiguration<PenugasanPlt>
{
    public void Configure(EntityTypeBuilder<PenugasanPlt> b)
    {
        b.ToTable("penugasan_plt");
        b.Property(e => e.NomorSurat).HasMaxLength(100);
        b.Property(e => e.Versi).IsConcurrencyToken();
        b.HasIndex(e => new { e.InstansiId, e.JabatanId });
        b.HasOne<Instansi>().WithMany().HasForeignKey(e => e.InstansiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Jabatan>().WithMany().HasForeignKey(e => e.JabatanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(e => e.PegawaiId).OnDelete(DeleteBehavior.Restrict);
    }
}
