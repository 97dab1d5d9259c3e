using Kinara.Web.Data;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinara.Web.Tests.Security;

/// <summary>One app with the test data, the matrix's sample rows and the endpoint list, shared by the matrix tests.</summary>
public sealed class MatriksFixture : IAsyncLifetime
{
    public KinaraFactory Factory { get; } = new();
    public SampelData Sampel { get; private set; } = null!;
    public IReadOnlyList<Pintu> Pintu { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        Sampel = await SampelData.BuatAsync(Factory);
        Pintu = await DaftarEndpoint.BacaAsync(Factory.Services);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();

    /// <summary>Audit entries of every tenant: a change of tenant data by any request shows up here.</summary>
    public async Task<int> JumlahAuditAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<KinaraDbContext>().Audit.IgnoreQueryFilters().CountAsync();
    }
}
