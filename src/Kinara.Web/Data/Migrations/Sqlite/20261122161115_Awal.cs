using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinara.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Awal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstansiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Urutan = table.Column<long>(type: "INTEGER", nullable: false),
                    Waktu = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Pelaku = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Aksi = table.Column<int>(type: "INTEGER", nullable: false),
                    Entitas = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    EntitasId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Perubahan = table.Column<string>(type: "TEXT", nullable: false),
                    HashSebelumnya = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instansi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Jenis = table.Column<int>(type: "INTEGER", nullable: false),
                    Wajib2faAdmin = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviuPengelolaKinerja = table.Column<bool>(type: "INTEGER", nullable: false),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instansi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstansiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PegawaiId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NamaTampilan = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    TerakhirMasuk = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_instansi_InstansiId",
                        column: x => x.InstansiId,
                        principalTable: "instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "impor_job",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstansiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jenis = table.Column<int>(type: "INTEGER", nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    LokasiBerkas = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UkuranBerkas = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    BytesDibaca = table.Column<long>(type: "INTEGER", nullable: false),
                    BarisDiproses = table.Column<int>(type: "INTEGER", nullable: false),
                    Ditambah = table.Column<int>(type: "INTEGER", nullable: false),
                    Diubah = table.Column<int>(type: "INTEGER", nullable: false),
                    TidakBerubah = table.Column<int>(type: "INTEGER", nullable: false),
                    Ditolak = table.Column<int>(type: "INTEGER", nullable: false),
                    Pesan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DibuatOleh = table.Column<Guid>(type: "TEXT", nullable: true),
                    DibuatOlehNip = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DibuatPada = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MulaiPada = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SelesaiPada = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PemegangLease = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseBerakhir = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_impor_job", x => x.Id);
                    table.ForeignKey(
                        name: "FK_impor_job_instansi_InstansiId",
                        column: x => x.InstansiId,
                        principalTable: "instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_organisasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstansiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Jenis = table.Column<int>(type: "INTEGER", nullable: false),
                    IndukId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_organisasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unit_organisasi_instansi_InstansiId",
                        column: x => x.InstansiId,
                        principalTable: "instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_unit_organisasi_unit_organisasi_IndukId",
                        column: x => x.IndukId,
                        principalTable: "unit_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "impor_galat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstansiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImporJobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Baris = table.Column<int>(type: "INTEGER", nullable: false),
                    Kolom = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Alasan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_impor_galat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_impor_galat_impor_job_ImporJobId",
                        column: x => x.ImporJobId,
                        principalTable: "impor_job",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "jabatan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstansiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Jenis = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenjang = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    KelasJabatan = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AtasanJabatanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jabatan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_jabatan_instansi_InstansiId",
                        column: x => x.InstansiId,
                        principalTable: "instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_jabatan_jabatan_AtasanJabatanId",
                        column: x => x.AtasanJabatanId,
                        principalTable: "jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_jabatan_unit_organisasi_UnitId",
                        column: x => x.UnitId,
                        principalTable: "unit_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pegawai",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstansiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GelarDepan = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    GelarBelakang = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Jenis = table.Column<int>(type: "INTEGER", nullable: false),
                    Golongan = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    JabatanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NomorHp = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    TanggalLahir = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pegawai", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pegawai_instansi_InstansiId",
                        column: x => x.InstansiId,
                        principalTable: "instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pegawai_jabatan_JabatanId",
                        column: x => x.JabatanId,
                        principalTable: "jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pegawai_unit_organisasi_UnitId",
                        column: x => x.UnitId,
                        principalTable: "unit_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "penugasan_plt",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstansiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JabatanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PegawaiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jenis = table.Column<int>(type: "INTEGER", nullable: false),
                    Mulai = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Selesai = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NomorSurat = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_penugasan_plt", x => x.Id);
                    table.ForeignKey(
                        name: "FK_penugasan_plt_instansi_InstansiId",
                        column: x => x.InstansiId,
                        principalTable: "instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_penugasan_plt_jabatan_JabatanId",
                        column: x => x.JabatanId,
                        principalTable: "jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_penugasan_plt_pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_InstansiId",
                table: "AspNetUsers",
                column: "InstansiId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PegawaiId",
                table: "AspNetUsers",
                column: "PegawaiId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_InstansiId_Entitas_EntitasId",
                table: "audit",
                columns: new[] { "InstansiId", "Entitas", "EntitasId" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_InstansiId_Urutan",
                table: "audit",
                columns: new[] { "InstansiId", "Urutan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_InstansiId_Waktu",
                table: "audit",
                columns: new[] { "InstansiId", "Waktu" });

            migrationBuilder.CreateIndex(
                name: "IX_impor_galat_ImporJobId_Baris",
                table: "impor_galat",
                columns: new[] { "ImporJobId", "Baris" });

            migrationBuilder.CreateIndex(
                name: "IX_impor_job_InstansiId_DibuatPada",
                table: "impor_job",
                columns: new[] { "InstansiId", "DibuatPada" });

            migrationBuilder.CreateIndex(
                name: "IX_impor_job_Status_DibuatPada",
                table: "impor_job",
                columns: new[] { "Status", "DibuatPada" });

            migrationBuilder.CreateIndex(
                name: "IX_instansi_Kode",
                table: "instansi",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_jabatan_AtasanJabatanId",
                table: "jabatan",
                column: "AtasanJabatanId");

            migrationBuilder.CreateIndex(
                name: "IX_jabatan_InstansiId_AtasanJabatanId",
                table: "jabatan",
                columns: new[] { "InstansiId", "AtasanJabatanId" });

            migrationBuilder.CreateIndex(
                name: "IX_jabatan_InstansiId_Kode",
                table: "jabatan",
                columns: new[] { "InstansiId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_jabatan_InstansiId_UnitId",
                table: "jabatan",
                columns: new[] { "InstansiId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_jabatan_UnitId",
                table: "jabatan",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_pegawai_InstansiId_JabatanId",
                table: "pegawai",
                columns: new[] { "InstansiId", "JabatanId" });

            migrationBuilder.CreateIndex(
                name: "IX_pegawai_InstansiId_Nama",
                table: "pegawai",
                columns: new[] { "InstansiId", "Nama" });

            migrationBuilder.CreateIndex(
                name: "IX_pegawai_InstansiId_Nip",
                table: "pegawai",
                columns: new[] { "InstansiId", "Nip" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pegawai_InstansiId_UnitId",
                table: "pegawai",
                columns: new[] { "InstansiId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_pegawai_JabatanId",
                table: "pegawai",
                column: "JabatanId");

            migrationBuilder.CreateIndex(
                name: "IX_pegawai_UnitId",
                table: "pegawai",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_penugasan_plt_InstansiId_JabatanId",
                table: "penugasan_plt",
                columns: new[] { "InstansiId", "JabatanId" });

            migrationBuilder.CreateIndex(
                name: "IX_penugasan_plt_JabatanId",
                table: "penugasan_plt",
                column: "JabatanId");

            migrationBuilder.CreateIndex(
                name: "IX_penugasan_plt_PegawaiId",
                table: "penugasan_plt",
                column: "PegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_organisasi_IndukId",
                table: "unit_organisasi",
                column: "IndukId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_organisasi_InstansiId_IndukId",
                table: "unit_organisasi",
                columns: new[] { "InstansiId", "IndukId" });

            migrationBuilder.CreateIndex(
                name: "IX_unit_organisasi_InstansiId_Kode",
                table: "unit_organisasi",
                columns: new[] { "InstansiId", "Kode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "impor_galat");

            migrationBuilder.DropTable(
                name: "penugasan_plt");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "impor_job");

            migrationBuilder.DropTable(
                name: "pegawai");

            migrationBuilder.DropTable(
                name: "jabatan");

            migrationBuilder.DropTable(
                name: "unit_organisasi");

            migrationBuilder.DropTable(
                name: "instansi");
        }
    }
}
