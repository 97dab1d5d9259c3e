using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Kinara.FaultTests.Infrastructure;

/// <summary>
/// One app node: the built Kinara.Web.dll run directly with <c>dotnet</c> (no <c>dotnet run</c> wrapper, so the process
/// killed is the app itself), Production environment, on a 127.0.0.1 port that stays the same across restarts.
/// Adapted from tests/Kinara.BrowserTests/AppServer.cs for several nodes, kills and restarts.
/// </summary>
public sealed class AppNode(string name, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private Process? _process;
    private readonly StringBuilder _output = new();

    public string Name { get; } = name;
    public int Port { get; } = FreePort();
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public int ProcessId => _process?.Id ?? 0;
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Everything the node printed, over all its starts.</summary>
    public string Output { get { lock (_output) { return _output.ToString(); } } }

    /// <summary>Starts the process without waiting for it to be ready (nodes can be started together).</summary>
    public void Start()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"Node {Name} is already running.");
        }
        lock (_output) { _output.AppendLine($"--- start of node {Name} ---"); }
        _process = Process.Start(AppBuild.StartInfo(settings, "--urls", BaseUrl))!;
        _process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public async Task StartAsync()
    {
        Start();
        await WaitUntilReadyAsync();
    }

    public async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (!IsRunning)
            {
                throw new InvalidOperationException($"Node {Name} exited during start-up:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Node {Name} was not ready within 3 minutes:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown code runs, open transactions and in-flight requests die with the process.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: false); // Process.Kill sends SIGKILL on Linux
            await p.WaitForExitAsync();
            lock (_output) { _output.AppendLine($"--- node {Name} killed (SIGKILL) ---"); }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }
        _process?.Dispose();
    }

    internal static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}

/// <summary>Where the app build is and how to start it: as a server or for one of its commands (<c>audit verify</c>).</summary>
public static class AppBuild
{
    /// <summary>
    /// The Kinara.Web.dll this test assembly was built against (recorded by the csproj), or KINARA_WEB_DLL, or the
    /// default bin folder of the test's own configuration.
    /// </summary>
    public static string WebDll { get; } = FindWebDll();

    /// <summary>The project folder: content root of the app (wwwroot, appsettings.json).</summary>
    public static string ContentRoot { get; } = Path.Combine(RepoRoot(), "src", "Kinara.Web");

    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ContentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(WebDll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (k, v) in settings)
        {
            psi.Environment[k.Replace(":", "__", StringComparison.Ordinal)] = v;
        }
        return psi;
    }

    /// <summary>Runs one command of the app to its end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        using var p = Process.Start(StartInfo(settings, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await stdout + await stderr);
    }

    private static string FindWebDll()
    {
        var recorded = typeof(AppBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "KinaraWebDll")?.Value;
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        string?[] candidates =
        [
            Environment.GetEnvironmentVariable("KINARA_WEB_DLL"),
            recorded,
            Path.Combine(RepoRoot(), "src", "Kinara.Web", "bin", configuration, "net10.0", "Kinara.Web.dll"),
        ];
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c))
            ?? throw new FileNotFoundException("Kinara.Web.dll not found; build src/Kinara.Web first. Looked at: " + string.Join(", ", candidates));
    }

    // The source path of this file is known at compile time: tests/Kinara.FaultTests/Infrastructure/AppNode.cs.
    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
