using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Kinara.BrowserTests;

/// <summary>
/// The real app in its own process on a free 127.0.0.1 port (Kestrel, Production environment, a fresh SQLite file
/// with the demo data), plus Debian's Chromium driven by Playwright. Shared by all browser tests.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private Process? _process;
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "kinara-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");
    private readonly System.Text.StringBuilder _output = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDir);
        Directory.CreateDirectory(ScreenshotDir);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var root = RepoRoot();
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(root, "src", "Kinara.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "run", "--no-build", "--no-launch-profile", "-c", configuration, "--", "--urls", BaseUrl })
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["ConnectionStrings__Kinara"] = $"Data Source={Path.Combine(_dataDir, "kinara.db")}";
        psi.Environment["Database__Provider"] = "Sqlite";
        psi.Environment["Berkas__Root"] = Path.Combine(_dataDir, "berkas");
        psi.Environment["Demo__Seed"] = "true";
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException("The app exited during start-up:\n" + Output);
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
            await Task.Delay(500);
        }
        throw new TimeoutException("The app did not become ready within 3 minutes:\n" + Output);
    }

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    /// <summary>A fresh browser context (own cookies) at the given viewport width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "id-ID",
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    // The source path of this file is known at compile time: tests/Kinara.BrowserTests/AppServer.cs.
    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppServer>
{
    public const string Name = "app";
}
