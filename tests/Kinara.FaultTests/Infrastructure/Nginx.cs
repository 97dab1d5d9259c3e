using System.Diagnostics;
using System.Net;

namespace Kinara.FaultTests.Infrastructure;

/// <summary>
/// Debian's nginx as a round-robin load balancer over app nodes, run in the foreground by the test (own config, logs
/// and temp folders in a temp directory; no system service). The access log records which node served each request.
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kinara-nginx-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    public int Port { get; private set; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string AccessLog => Path.Combine(_dir, "access.log");

    public static async Task<Nginx> StartAsync(params int[] upstreamPorts)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: install the Debian package nginx (./test.sh does).");
        }
        var nginx = new Nginx();
        await nginx.RunAsync(upstreamPorts);
        return nginx;
    }

    private async Task RunAsync(int[] upstreamPorts)
    {
        var tmp = Path.Combine(_dir, "tmp");
        Directory.CreateDirectory(tmp);
        // Worker processes of an nginx started as root run as an unprivileged user: they must be able to write here.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tmp, (UnixFileMode)0b111_111_111);
        }
        Port = AppNode.FreePort();
        var servers = string.Concat(upstreamPorts.Select(p => $"    server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;\n"));
        var conf = Path.Combine(_dir, "nginx.conf");
        await File.WriteAllTextAsync(conf, $$"""
            worker_processes 1;
            daemon off;
            pid {{_dir}}/nginx.pid;
            error_log {{_dir}}/error.log warn;
            events { worker_connections 512; }
            http {
              log_format upstream '$request_method $uri $status $upstream_addr';
              access_log {{AccessLog}} upstream;
              client_body_temp_path {{tmp}}/body;
              proxy_temp_path {{tmp}}/proxy;
              fastcgi_temp_path {{tmp}}/fastcgi;
              uwsgi_temp_path {{tmp}}/uwsgi;
              scgi_temp_path {{tmp}}/scgi;
              client_max_body_size 110m;
              upstream kinara {
            {{servers}}  }
              server {
                listen 127.0.0.1:{{Port}};
                location / {
                  proxy_pass http://kinara;
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                }
              }
            }
            """);
        var psi = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-p", _dir, "-e", Path.Combine(_dir, "error.log"), "-c", conf })
        {
            psi.ArgumentList.Add(a);
        }
        _process = Process.Start(psi)!;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 100; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("nginx exited: " + await _process.StandardError.ReadToEndAsync()
                    + File.ReadAllText(Path.Combine(_dir, "error.log")));
            }
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("nginx did not answer within 10 s.");
    }

    /// <summary>The upstream ports that served the logged requests.</summary>
    public HashSet<int> UpstreamsUsed() =>
        File.ReadAllLines(AccessLog).Select(l => l.Split(' ').Last()).Where(a => a.Contains(':'))
            .Select(a => int.Parse(a[(a.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }
        _process?.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
