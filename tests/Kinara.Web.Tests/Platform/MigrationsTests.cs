using Kinara.Web.Data;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Platform;

public sealed class MigrationsTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task The_migrations_of_the_provider_under_test_match_the_model_and_are_all_applied()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a migration: add one for each provider.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(factory.Provider == "Postgres", db.Database.IsNpgsql());
    }
}
