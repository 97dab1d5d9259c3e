using Kinara.Domain.Perencanaan;
using Kinara.Web.Infrastructure.Sintetis;

namespace Kinara.Web.Infrastructure.Demo;

/// <summary>
/// What the synthetic-data generator (<see cref="SeedPerintah"/>, <c>seed --pegawai N</c>) borrows from the demo planning
/// data: the indicator library and its groups. The generator itself lives in Infrastructure/Sintetis.
/// </summary>
public static partial class DemoPerencanaan
{
    /// <summary>The demo indicator library for one Instansi (new rows, not yet saved).</summary>
    internal static List<TemplateRhk> PustakaUntuk(Guid instansiId) => BuatPustaka(instansiId);

    /// <summary>The library groups a generated pegawai's RHK are picked from (teachers, health staff, clerks, analysts).</summary>
    internal static readonly string[] KelompokSintetis = [Guru, Nakes, Pelaksana, Analis];

    internal const string KelompokAnalis = Analis;

    /// <summary>
    /// <c>perencanaan-bench-seed --pegawai 15000</c> (bench/perencanaan/run.sh): one Pemda through the same generator as
    /// <c>seed</c>, named bench-N as before.
    /// </summary>
    public static Task<int> BenchSeedAsync(IServiceProvider services, string[] args)
    {
        var i = Array.IndexOf(args, "--pegawai");
        var jumlah = i >= 0 && i + 1 < args.Length ? args[i + 1] : "15000";
        return SeedPerintah.RunAsync(services, ["seed", "--pegawai", jumlah, "--instansi", "1", "--kode", $"bench-{jumlah}", .. args.Skip(1)]);
    }
}
