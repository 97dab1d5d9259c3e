using Kinara.Domain.Kepegawaian;
using Kinara.Domain.Organisasi;
using Kinara.Domain.Perencanaan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinara.Web.Data.Configurations;

internal sealed class SkpConfiguration : IEntityTypeConfiguration<Skp>
{
    public void Configure(EntityTypeBuilder<Skp> b)
    {
        b.ToTable("skp");
        b.Property(e => e.JabatanNama).HasMaxLength(250);
        b.Property(e => e.UnitNama).HasMaxLength(250);
        b.Property(e => e.PejabatPenilaiNama).HasMaxLength(250);
        b.Property(e => e.PejabatPenilaiNip).HasMaxLength(18);
        b.Property(e => e.AlasanDikembalikan).HasMaxLength(2000);
        b.Property(e => e.Versi).IsConcurrencyToken();
        b.Ignore(e => e.IsJpt);
        b.Ignore(e => e.BisaDiubah);
        b.HasIndex(e => new { e.InstansiId, e.PegawaiId, e.Tahun });
        b.HasIndex(e => new { e.InstansiId, e.Tahun, e.Status });
        b.HasIndex(e => new { e.InstansiId, e.PejabatPenilaiId, e.Status });
        b.HasIndex(e => new { e.InstansiId, e.UnitId, e.Tahun });
        b.HasOne<Instansi>().WithMany().HasForeignKey(e => e.InstansiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(e => e.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Skp>().WithMany().HasForeignKey(e => e.RevisiDariId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Rhk).WithOne().HasForeignKey(r => r.SkpId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Perilaku).WithOne().HasForeignKey(r => r.SkpId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Lampiran).WithOne().HasForeignKey(r => r.SkpId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Rhk).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(e => e.Perilaku).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(e => e.Lampiran).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RencanaHasilKerjaConfiguration : IEntityTypeConfiguration<RencanaHasilKerja>
{
    public void Configure(EntityTypeBuilder<RencanaHasilKerja> b)
    {
        b.ToTable("rhk");
        b.Property(e => e.Id).ValueGeneratedNever(); // set by the aggregate: a new child on a tracked parent is an INSERT
        b.Property(e => e.Teks).HasMaxLength(2000);
        b.Property(e => e.PenugasanDari).HasMaxLength(250);
        b.HasIndex(e => new { e.InstansiId, e.RhkAtasanId });
        b.HasIndex(e => e.SkpId);
        // Deliberately no FK to the atasan's RHK: it lives in another aggregate and may be revised away;
        // the link is checked at submission and shown as "tidak ditemukan" when stale.
        b.HasMany(e => e.Indikator).WithOne().HasForeignKey(i => i.RhkId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Indikator).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IndikatorKinerjaConfiguration : IEntityTypeConfiguration<IndikatorKinerja>
{
    public void Configure(EntityTypeBuilder<IndikatorKinerja> b)
    {
        b.ToTable("indikator_kinerja");
        b.Property(e => e.Id).ValueGeneratedNever(); // set by the aggregate: a new child on a tracked parent is an INSERT
        b.Property(e => e.Teks).HasMaxLength(2000);
        b.Property(e => e.Perspektif).HasMaxLength(100);
        b.Property(e => e.TargetTeks).HasMaxLength(1000);
        b.Property(e => e.Satuan).HasMaxLength(100);
        b.Property(e => e.Target).HasPrecision(18, 4);
        b.Property(e => e.TargetMaks).HasPrecision(18, 4);
        b.Ignore(e => e.TargetTampil);
        b.HasIndex(e => e.RhkId);
    }
}

internal sealed class PerilakuKerjaConfiguration : IEntityTypeConfiguration<PerilakuKerja>
{
    public void Configure(EntityTypeBuilder<PerilakuKerja> b)
    {
        b.ToTable("perilaku_kerja");
        b.Property(e => e.Id).ValueGeneratedNever(); // set by the aggregate: a new child on a tracked parent is an INSERT
        b.Property(e => e.EkspektasiKhusus).HasMaxLength(2000);
        b.HasIndex(e => new { e.SkpId, e.Aspek }).IsUnique();
    }
}

internal sealed class LampiranSkpConfiguration : IEntityTypeConfiguration<LampiranSkp>
{
    public void Configure(EntityTypeBuilder<LampiranSkp> b)
    {
        b.ToTable("lampiran_skp");
        b.Property(e => e.Id).ValueGeneratedNever(); // set by the aggregate: a new child on a tracked parent is an INSERT
        b.Property(e => e.Teks).HasMaxLength(1000);
        b.HasIndex(e => e.SkpId);
    }
}

internal sealed class SasaranOrganisasiConfiguration : IEntityTypeConfiguration<SasaranOrganisasi>
{
    public void Configure(EntityTypeBuilder<SasaranOrganisasi> b)
    {
        b.ToTable("sasaran_organisasi");
        b.Property(e => e.Teks).HasMaxLength(1000);
        b.Property(e => e.Versi).IsConcurrencyToken();
        b.HasIndex(e => new { e.InstansiId, e.Tahun, e.UnitId });
        b.HasIndex(e => new { e.InstansiId, e.IndukId });
        b.HasOne<Instansi>().WithMany().HasForeignKey(e => e.InstansiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitOrganisasi>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SasaranOrganisasi>().WithMany().HasForeignKey(e => e.IndukId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Iku).WithOne().HasForeignKey(i => i.SasaranId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Iku).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IndikatorKinerjaUtamaConfiguration : IEntityTypeConfiguration<IndikatorKinerjaUtama>
{
    public void Configure(EntityTypeBuilder<IndikatorKinerjaUtama> b)
    {
        b.ToTable("iku");
        b.Property(e => e.Id).ValueGeneratedNever(); // set by the aggregate: a new child on a tracked parent is an INSERT
        b.Property(e => e.Teks).HasMaxLength(1000);
        b.Property(e => e.Satuan).HasMaxLength(100);
        b.Property(e => e.Target).HasPrecision(18, 4);
    }
}

internal sealed class TemplateRhkConfiguration : IEntityTypeConfiguration<TemplateRhk>
{
    public void Configure(EntityTypeBuilder<TemplateRhk> b)
    {
        b.ToTable("template_rhk");
        b.Property(e => e.Kelompok).HasMaxLength(100);
        b.Property(e => e.KataKunciJabatan).HasMaxLength(500);
        b.Property(e => e.Teks).HasMaxLength(2000);
        b.Property(e => e.Versi).IsConcurrencyToken();
        b.HasIndex(e => new { e.InstansiId, e.Kelompok });
        b.HasOne<Instansi>().WithMany().HasForeignKey(e => e.InstansiId).OnDelete(DeleteBehavior.Restrict);
        // The indicators are part of the template's value: one JSON column, no table of their own.
        b.OwnsMany(e => e.Indikator, o => o.ToJson());
    }
}

internal sealed class TimKerjaConfiguration : IEntityTypeConfiguration<TimKerja>
{
    public void Configure(EntityTypeBuilder<TimKerja> b)
    {
        b.ToTable("tim_kerja");
        b.Property(e => e.Nama).HasMaxLength(250);
        b.Property(e => e.Versi).IsConcurrencyToken();
        b.HasIndex(e => new { e.InstansiId, e.Tahun, e.PembentukPegawaiId });
        b.HasOne<Instansi>().WithMany().HasForeignKey(e => e.InstansiId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Anggota).WithOne().HasForeignKey(a => a.TimKerjaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Anggota).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AnggotaTimConfiguration : IEntityTypeConfiguration<AnggotaTim>
{
    public void Configure(EntityTypeBuilder<AnggotaTim> b)
    {
        b.ToTable("anggota_tim");
        b.Property(e => e.Id).ValueGeneratedNever(); // set by the aggregate: a new child on a tracked parent is an INSERT
        b.HasIndex(e => new { e.TimKerjaId, e.PegawaiId }).IsUnique();
        b.HasIndex(e => new { e.InstansiId, e.PegawaiId });
        b.HasOne<Pegawai>().WithMany().HasForeignKey(e => e.PegawaiId).OnDelete(DeleteBehavior.Restrict);
    }
}
