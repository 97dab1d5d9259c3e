using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinara.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WajibGantiKataSandi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "WajibGantiKataSandi",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WajibGantiKataSandi",
                table: "AspNetUsers");
        }
    }
}
