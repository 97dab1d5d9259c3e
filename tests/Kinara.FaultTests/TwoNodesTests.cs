using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kinara.FaultTests.Infrastructure;
using Kinara.Web.Infrastructure.Demo;

namespace Kinara.FaultTests;

/// <summary>
/// Two app nodes on one PostgreSQL database and one upload folder, started at the same moment on an empty database,
/// behind nginx with round-robin balancing. The same checks as bench/nodes/run.sh, as a test.
/// </summary>
public sealed class TwoNodesFixture : IAsyncLifetime
{
    public FaultDatabase Db { get; private set; } = null!;
    public AppNode A { get; private set; } = null!;
    public AppNode B { get; private set; } = null!;
    public Nginx Lb { get; private set; } = null!;
    public string Berkas { get; } = Path.Combine(Path.GetTempPath(), "kinara-nodes-berkas-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, string> Settings => new(Db.AppSettings())
    {
        ["Berkas:Root"] = Berkas,
        ["Demo:Seed"] = "true",
        // Both workers poll often, so both really race for every queued job.
        ["Impor:IntervalPollDetik"] = "0.2",
    };

    public async Task InitializeAsync()
    {
        Db = await FaultDatabase.CreateAsync(FaultDatabase.Postgres);
        A = new AppNode("A", Settings);
        B = new AppNode("B", Settings);
        A.Start();
        B.Start();
        await Task.WhenAll(A.WaitUntilReadyAsync(), B.WaitUntilReadyAsync());
        Lb = await Nginx.StartAsync(A.Port, B.Port);
    }

    public async Task DisposeAsync()
    {
        if (Lb is not null) { await Lb.DisposeAsync(); }
        if (A is not null) { await A.DisposeAsync(); }
        if (B is not null) { await B.DisposeAsync(); }
        if (Db is not null) { await Db.DisposeAsync(); }
        try { Directory.Delete(Berkas, recursive: true); } catch (IOException) { }
    }
}

public sealed class TwoNodesTests(TwoNodesFixture nodes) : IClassFixture<TwoNodesFixture>
{
    private static readonly DemoAccount Admin = DemoAccounts.Admin;

    [Fact]
    public async Task Nodes_starting_together_on_an_empty_database_migrate_and_seed_it_once()
    {
        var output = nodes.A.Output + nodes.B.Output;
        Assert.Equal(1, Count(output, "Data demo dibuat"));
        Assert.Equal(1, Count(output, "Menunggu node lain"));
        Assert.Equal(5, await nodes.Db.CountAsync("SELECT count(*) FROM instansi"));
        // One key, created under the start-up lease: a cookie protected by either node opens on the other.
        Assert.Equal(1, await nodes.Db.CountAsync("""SELECT count(*) FROM "DataProtectionKeys" """));
    }

    [Fact]
    public async Task A_session_signed_in_through_nginx_is_valid_on_both_nodes()
    {
        using var lb = new WebSession(nodes.Lb.BaseUrl);
        await lb.LoginAsync(Admin.Nip, Admin.Password);
        Assert.Equal(HttpStatusCode.OK, (await lb.Http.GetAsync("/health/ready")).StatusCode);

        foreach (var node in new[] { nodes.A, nodes.B })
        {
            using var direct = lb.On(node.BaseUrl);
            var home = await direct.GetPageAsync("/");
            Assert.Contains("Selamat datang", home.QuerySelector("h1")?.TextContent);
            Assert.Contains("Muhammad Rizali", home.QuerySelector("h1")?.TextContent);
        }
        Assert.Superset(new HashSet<int> { nodes.A.Port, nodes.B.Port }, nodes.Lb.UpstreamsUsed());
        Assert.Equal(2, nodes.Lb.UpstreamsUsed().Count);
    }

    [Fact]
    public async Task A_form_whose_token_node_A_issued_is_accepted_by_node_B()
    {
        using var a = new WebSession(nodes.A.BaseUrl);
        await a.LoginAsync(Admin.Nip, Admin.Password);
        using var b = a.On(nodes.B.BaseUrl);

        var form = await a.GetPageAsync("/organisasi/unit/baru");
        using var response = await b.PostAsync("/organisasi/unit/baru",
            new Dictionary<string, string> { ["Input.Kode"] = "DUA-NODE", ["Input.Nama"] = "Unit dari dua node", ["Input.Jenis"] = "Bidang" },
            WebSession.Token(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organisasi/unit?q=DUA-NODE", response.Headers.Location?.ToString());
        Assert.Equal(1, await nodes.Db.CountAsync("""SELECT count(*) FROM unit_organisasi WHERE "Kode" = 'DUA-NODE'"""));
    }

    [Fact]
    public async Task Imports_uploaded_on_node_A_run_once_on_either_node_and_their_reports_open_on_node_B()
    {
        using var a = new WebSession(nodes.A.BaseUrl);
        await a.LoginAsync(Admin.Nip, Admin.Password);
        using var b = a.On(nodes.B.BaseUrl);
        // The big file keeps one worker busy, so the other node's worker takes the small one: it reads what node A stored.
        const int besar = 4000;
        var csvBesar = "kode,nama,induk_kode,jenis\n" + string.Concat(Enumerable.Range(1, besar).Select(i => $"NB-{i},Unit Impor Besar {i},,upt\n"));
        const string csvKecil = "kode,nama,induk_kode,jenis\nNK-1,Unit Impor Kecil 1,,upt\nNK-2,Unit Impor Kecil 2,TIDAK-ADA,upt\nNK-3,Unit Impor Kecil 3,NK-1,seksi\n";

        var jobBesar = await UploadAsync(a, "unit-besar.csv", csvBesar);
        var jobKecil = await UploadAsync(a, "unit-kecil.csv", csvKecil);
        await WaitForJobsAsync();

        var output = nodes.A.Output + nodes.B.Output;
        foreach (var job in new[] { jobBesar, jobKecil })
        {
            Assert.Equal(1, output.Split('\n').Count(l => l.Contains(job.ToString(), StringComparison.Ordinal) && l.Contains("dimulai", StringComparison.Ordinal)));
        }
        var rows = (await nodes.Db.RowsAsync("""SELECT "Id", "Status", "Ditambah", "Ditolak", "PemegangLease" FROM impor_job"""))
            .ToDictionary(r => FaultDatabase.AsGuid(r[0]));
        Assert.Equal((3L, (long)besar, 0L), (Convert.ToInt64(rows[jobBesar][1]), Convert.ToInt64(rows[jobBesar][2]), Convert.ToInt64(rows[jobBesar][3])));
        Assert.Equal((3L, 2L, 1L), (Convert.ToInt64(rows[jobKecil][1]), Convert.ToInt64(rows[jobKecil][2]), Convert.ToInt64(rows[jobKecil][3])));
        // The lease holder is "machine:pid:id": one of the jobs uploaded on A ran on B.
        var pids = rows.Values.Select(r => int.Parse(((string)r[4]!).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(nodes.B.ProcessId, pids);

        // Each imported unit was written once: one "Tambah" audit entry per unit, no second run's entries.
        var audit = await nodes.Db.RowsAsync("""
            SELECT count(*), count(DISTINCT a."EntitasId") FROM audit a JOIN unit_organisasi u ON a."EntitasId" = u."Id"::text
            WHERE a."Entitas" = 'UnitOrganisasi' AND a."Aksi" = 1 AND (u."Kode" LIKE 'NB-%' OR u."Kode" LIKE 'NK-%')
            """);
        Assert.Equal((besar + 2L, besar + 2L), (Convert.ToInt64(audit[0][0]), Convert.ToInt64(audit[0][1])));

        using var laporan = await b.Http.GetAsync($"/organisasi/impor/{jobKecil}?handler=Laporan");
        Assert.Equal(HttpStatusCode.OK, laporan.StatusCode);
        Assert.Equal("text/csv", laporan.Content.Headers.ContentType?.MediaType);
        Assert.Contains("TIDAK-ADA", await laporan.Content.ReadAsStringAsync());
        Assert.Contains("Selesai", (await b.GetPageAsync($"/organisasi/impor/{jobBesar}")).Body!.TextContent);
        // Stored uploads are removed after their job; the atomic write leaves no temporary file behind.
        Assert.Empty(Directory.Exists(nodes.Berkas) ? Directory.GetFiles(nodes.Berkas, "*", SearchOption.AllDirectories) : []);

        var (exit, verify) = await AppBuild.RunCommandAsync(new Dictionary<string, string>(nodes.Db.AppSettings()) { ["Demo:Seed"] = "false" }, "audit", "verify");
        Assert.True(exit == 0, verify);
    }

    private static async Task<Guid> UploadAsync(WebSession session, string nama, string isi)
    {
        var page = await session.GetPageAsync("/organisasi/impor");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(isi));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebSession.Token(page)), "__RequestVerificationToken" },
            { new StringContent("Unit"), "Jenis" },
            { file, "Berkas", nama },
        };
        using var response = await session.Http.PostAsync("/organisasi/impor", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private async Task WaitForJobsAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await nodes.Db.CountAsync("""SELECT count(*) FROM impor_job WHERE "Status" IN (1, 2)""") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The import jobs did not finish within 2 minutes.\n" + nodes.A.Output + nodes.B.Output);
            await Task.Delay(250);
        }
    }

    private static int Count(string text, string what) => text.Split('\n').Count(l => l.Contains(what, StringComparison.Ordinal));
}
