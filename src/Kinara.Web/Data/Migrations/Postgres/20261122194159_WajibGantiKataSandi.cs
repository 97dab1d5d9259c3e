using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinara.Web.Data.Migrations.Postgres
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
                type: "boolean",
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
