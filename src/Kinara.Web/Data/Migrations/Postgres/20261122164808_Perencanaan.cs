using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinara.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Perencanaan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sasaran_organisasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Tingkat = table.Column<int>(type: "integer", nullable: false),
                    Teks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IndukId = table.Column<Guid>(type: "uuid", nullable: true),
                    Versi = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sasaran_organisasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sasaran_organisasi_instansi_InstansiId",
                        column: x => x.InstansiId,
                        principalTable: "instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sasaran_organisasi_sasaran_organisasi_IndukId",
                        column: x => x.IndukId,
                        principalTable: "sasaran_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sasaran_organisasi_unit_organisasi_UnitId",
                        column: x => x.UnitId,
                        principalTable: "unit_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "skp",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansiId = table.Column<Guid>(type: "uuid", nullable: false),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    PeriodeAwal = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodeAkhir = table.Column<DateOnly>(type: "date", nullable: false),
                    Pendekatan = table.Column<int>(type: "integer", nullable: false),
                    JabatanId = table.Column<Guid>(type: "uuid", nullable: true),
                    JabatanNama = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    JenisJabatan = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitNama = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    PejabatPenilaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    PejabatPenilaiNama = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    PejabatPenilaiNip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Revisi = table.Column<int>(type: "integer", nullable: false),
                    RevisiDariId = table.Column<Guid>(type: "uuid", nullable: true),
                    AlasanDikembalikan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DibuatPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DiajukanPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DisetujuiPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DisetujuiOlehId = table.Column<Guid>(type: "uuid", nullable: true),
                    Versi = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_skp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_skp_instansi_InstansiId",
                        column: x => x.InstansiId,
                        principalTable: "instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_skp_pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_skp_skp_RevisiDariId",
                        column: x => x.RevisiDariId,
                        principalTable: "skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "template_rhk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kelompok = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KataKunciJabatan = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Teks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Aktif = table.Column<bool>(type: "boolean", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    Indikator = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_template_rhk", x => x.Id);
                    table.ForeignKey(
                        name: "FK_template_rhk_instansi_InstansiId",
                        column: x => x.InstansiId,
                        principalTable: "instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tim_kerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Nama = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    PembentukPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Aktif = table.Column<bool>(type: "boolean", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tim_kerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tim_kerja_instansi_InstansiId",
                        column: x => x.InstansiId,
                        principalTable: "instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "iku",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansiId = table.Column<Guid>(type: "uuid", nullable: false),
                    SasaranId = table.Column<Guid>(type: "uuid", nullable: false),
                    Teks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Satuan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_iku", x => x.Id);
                    table.ForeignKey(
                        name: "FK_iku_sasaran_organisasi_SasaranId",
                        column: x => x.SasaranId,
                        principalTable: "sasaran_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lampiran_skp",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansiId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkpId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    Teks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lampiran_skp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lampiran_skp_skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "perilaku_kerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansiId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkpId = table.Column<Guid>(type: "uuid", nullable: false),
                    Aspek = table.Column<int>(type: "integer", nullable: false),
                    EkspektasiKhusus = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_perilaku_kerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_perilaku_kerja_skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rhk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansiId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkpId = table.Column<Guid>(type: "uuid", nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Teks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RhkAtasanId = table.Column<Guid>(type: "uuid", nullable: true),
                    Cascading = table.Column<int>(type: "integer", nullable: true),
                    PenugasanDari = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    SasaranOrganisasiId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rhk", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rhk_skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "anggota_tim",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansiId = table.Column<Guid>(type: "uuid", nullable: false),
                    TimKerjaId = table.Column<Guid>(type: "uuid", nullable: false),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Peran = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_anggota_tim", x => x.Id);
                    table.ForeignKey(
                        name: "FK_anggota_tim_pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_anggota_tim_tim_kerja_TimKerjaId",
                        column: x => x.TimKerjaId,
                        principalTable: "tim_kerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indikator_kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansiId = table.Column<Guid>(type: "uuid", nullable: false),
                    RhkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    Aspek = table.Column<int>(type: "integer", nullable: true),
                    Perspektif = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Teks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    TargetMaks = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    TargetTeks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Satuan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indikator_kinerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indikator_kinerja_rhk_RhkId",
                        column: x => x.RhkId,
                        principalTable: "rhk",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_anggota_tim_InstansiId_PegawaiId",
                table: "anggota_tim",
                columns: new[] { "InstansiId", "PegawaiId" });

            migrationBuilder.CreateIndex(
                name: "IX_anggota_tim_PegawaiId",
                table: "anggota_tim",
                column: "PegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_anggota_tim_TimKerjaId_PegawaiId",
                table: "anggota_tim",
                columns: new[] { "TimKerjaId", "PegawaiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_iku_SasaranId",
                table: "iku",
                column: "SasaranId");

            migrationBuilder.CreateIndex(
                name: "IX_indikator_kinerja_RhkId",
                table: "indikator_kinerja",
                column: "RhkId");

            migrationBuilder.CreateIndex(
                name: "IX_lampiran_skp_SkpId",
                table: "lampiran_skp",
                column: "SkpId");

            migrationBuilder.CreateIndex(
                name: "IX_perilaku_kerja_SkpId_Aspek",
                table: "perilaku_kerja",
                columns: new[] { "SkpId", "Aspek" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rhk_InstansiId_RhkAtasanId",
                table: "rhk",
                columns: new[] { "InstansiId", "RhkAtasanId" });

            migrationBuilder.CreateIndex(
                name: "IX_rhk_SkpId",
                table: "rhk",
                column: "SkpId");

            migrationBuilder.CreateIndex(
                name: "IX_sasaran_organisasi_IndukId",
                table: "sasaran_organisasi",
                column: "IndukId");

            migrationBuilder.CreateIndex(
                name: "IX_sasaran_organisasi_InstansiId_IndukId",
                table: "sasaran_organisasi",
                columns: new[] { "InstansiId", "IndukId" });

            migrationBuilder.CreateIndex(
                name: "IX_sasaran_organisasi_InstansiId_Tahun_UnitId",
                table: "sasaran_organisasi",
                columns: new[] { "InstansiId", "Tahun", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_sasaran_organisasi_UnitId",
                table: "sasaran_organisasi",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_skp_InstansiId_PegawaiId_Tahun",
                table: "skp",
                columns: new[] { "InstansiId", "PegawaiId", "Tahun" });

            migrationBuilder.CreateIndex(
                name: "IX_skp_InstansiId_PejabatPenilaiId_Status",
                table: "skp",
                columns: new[] { "InstansiId", "PejabatPenilaiId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_skp_InstansiId_Tahun_Status",
                table: "skp",
                columns: new[] { "InstansiId", "Tahun", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_skp_InstansiId_UnitId_Tahun",
                table: "skp",
                columns: new[] { "InstansiId", "UnitId", "Tahun" });

            migrationBuilder.CreateIndex(
                name: "IX_skp_PegawaiId",
                table: "skp",
                column: "PegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_skp_RevisiDariId",
                table: "skp",
                column: "RevisiDariId");

            migrationBuilder.CreateIndex(
                name: "IX_template_rhk_InstansiId_Kelompok",
                table: "template_rhk",
                columns: new[] { "InstansiId", "Kelompok" });

            migrationBuilder.CreateIndex(
                name: "IX_tim_kerja_InstansiId_Tahun_PembentukPegawaiId",
                table: "tim_kerja",
                columns: new[] { "InstansiId", "Tahun", "PembentukPegawaiId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "anggota_tim");

            migrationBuilder.DropTable(
                name: "iku");

            migrationBuilder.DropTable(
                name: "indikator_kinerja");

            migrationBuilder.DropTable(
                name: "lampiran_skp");

            migrationBuilder.DropTable(
                name: "perilaku_kerja");

            migrationBuilder.DropTable(
                name: "template_rhk");

            migrationBuilder.DropTable(
                name: "tim_kerja");

            migrationBuilder.DropTable(
                name: "sasaran_organisasi");

            migrationBuilder.DropTable(
                name: "rhk");

            migrationBuilder.DropTable(
                name: "skp");
        }
    }
}
