using System.Text.Json;

namespace Kinara.Web.Tests.Platform;

/// <summary>
/// The runtime settings the app ships with (Kinara.Web.csproj → Kinara.Web.runtimeconfig.json, which the build copies next
/// to the tests): chosen on the load benchmark (bench/RESULTS.md, sessions 8 and 9; docs/operasi.md, "Memory").
/// </summary>
public sealed class PengaturanRuntimeTests
{
    [Fact]
    public void The_app_ships_with_server_gc_that_compacts_sooner_as_the_heap_grows()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kinara.Web.runtimeconfig.json")));
        var setelan = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(setelan.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(9, setelan.GetProperty("System.GC.ConserveMemory").GetInt32());
    }
}
