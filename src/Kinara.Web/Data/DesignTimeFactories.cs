using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kinara.Web.Data;

// Used only by `dotnet ef migrations add`: one migrations set per provider.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKinaraDbContext>
{
    public SqliteKinaraDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKinaraDbContext>()
            .UseSqlite("Data Source=design.db", s => s.MigrationsHistoryTable("__ef_migrations")).Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKinaraDbContext>
{
    public PostgresKinaraDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKinaraDbContext>()
            .UseNpgsql("Host=localhost;Database=kinara_design", n => n.MigrationsHistoryTable("__ef_migrations")).Options);
}
