using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinara.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeriodeDanKepalaDaerah : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PenilaiKepalaDaerah",
                table: "skp",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "RhkAsalId",
                table: "rhk",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KepalaDaerahJabatan",
                table: "instansi",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KepalaDaerahNama",
                table: "instansi",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Urutan",
                table: "iku",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PenilaiKepalaDaerah",
                table: "skp");

            migrationBuilder.DropColumn(
                name: "RhkAsalId",
                table: "rhk");

            migrationBuilder.DropColumn(
                name: "KepalaDaerahJabatan",
                table: "instansi");

            migrationBuilder.DropColumn(
                name: "KepalaDaerahNama",
                table: "instansi");

            migrationBuilder.DropColumn(
                name: "Urutan",
                table: "iku");
        }
    }
}
