using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Infrastructure.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Infrastructure;

/// <summary>Command-line verbs of the app: <c>dotnet run --project src/Kinara.Web -- &lt;verb&gt;</c>.</summary>
public static class KinaraCommands
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        switch (args[0])
        {
            case "migrate":
                // Same lease as start-up: a node starting meanwhile must not migrate the same database at once.
                await DatabaseSetup.WithStartupLeaseAsync(app.Services, () => DatabaseSetup.MigrateAsync(app.Services));
                Console.WriteLine("Migrasi database selesai.");
                return 0;
            case "audit" when args.Length > 1 && args[1] == "verify":
                return await VerifyAuditAsync(app.Services);
            case "backup" when args.Length > 1:
                return await BackupAsync(app.Services, args[1]);
            case "demo":
                await DatabaseSetup.WithStartupLeaseAsync(app.Services, async () =>
                {
                    await DatabaseSetup.MigrateAsync(app.Services);
                    await DemoSeeder.SeedAsync(app.Services);
                });
                return 0;
            case "impor": return await Features.Organisasi.Impor.ImporPerintah.RunAsync(app.Services, args);
            case "perencanaan-bench-seed": return await DemoPerencanaan.BenchSeedAsync(app.Services, args);
            case "seed": return await Sintetis.SeedPerintah.RunAsync(app.Services, args); // synthetic Pemda for load tests
            default:
                Console.Error.WriteLine($"Perintah tidak dikenal: {string.Join(' ', args)}");
                Console.Error.WriteLine("Perintah: migrate | demo | audit verify | backup <berkas> | impor <instansi> <jenis> <berkas> | seed --pegawai N [--seed S] [--instansi K]");
                return 2;
        }
    }

    /// <summary>Verifies every Instansi's audit hash chain; exit code 1 when any chain is broken.</summary>
    private static async Task<int> VerifyAuditAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        var instansi = await db.Instansi.AsNoTracking().OrderBy(i => i.Kode).Select(i => new { i.Id, i.Kode }).ToListAsync();
        var broken = 0;
        foreach (var i in instansi)
        {
            var r = await AuditChain.VerifyAsync(db, i.Id);
            Console.WriteLine(r.Utuh
                ? $"{i.Kode}: utuh ({r.Diperiksa} entri)"
                : $"{i.Kode}: RUSAK pada {r.Alasan}");
            broken += r.Utuh ? 0 : 1;
        }
        Console.WriteLine(broken == 0 ? "Semua rantai audit utuh." : $"{broken} rantai audit rusak.");
        return broken == 0 ? 0 : 1;
    }

    /// <summary>`backup &lt;file&gt;`: online backup of the SQLite database into a new file.</summary>
    private static async Task<int> BackupAsync(IServiceProvider services, string file)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinaraDbContext>();
        try
        {
            Console.WriteLine($"Cadangan tersimpan: {await Operasi.Cadangan.BackupSqliteAsync(db, file)}");
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }

    public static void PrintWelcome(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("Kinara berjalan di: " + string.Join(", ", addresses));
        if (app.Configuration.GetValue("Demo:Seed", true))
        {
            Console.WriteLine("Akun demo (NIP / kata sandi):");
            foreach (var a in DemoAccounts.All)
            {
                Console.WriteLine($"  {a.PeranLabel,-18} {a.Nip}  {a.Password}   ({a.Instansi})");
            }
        }
        Console.WriteLine();
    }
}
