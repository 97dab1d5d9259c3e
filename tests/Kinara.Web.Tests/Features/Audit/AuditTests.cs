using System.Net;
using Kinara.Domain.Organisasi;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kinara.Web.Tests.Features.Akun.AkunTestHelpers;

namespace Kinara.Web.Tests.Features.Audit;

/// <summary>/audit: the trail screen for admins and auditors. Read-only, own Instansi only.</summary>
public sealed class AuditTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private async Task RenameUnitAsync(TestTenant tenant, string nama) => await factory.WithDbAsync(tenant.Id, async db =>
    {
        var unit = await db.Unit.SingleAsync(u => u.Id == tenant.UnitBidangId);
        unit.Nama = nama;
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_screen_lists_a_change_with_its_before_and_after_values()
    {
        var alpha = factory.Data.Alpha;
        await RenameUnitAsync(alpha, "Bidang Pembinaan SMP Alpha");
        var client = await factory.LoginAsync(alpha.Admin);
        var page = await Html.GetAsync(client, $"/audit?entitas={nameof(UnitOrganisasi)}&aksi=Ubah");
        var row = page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Bidang Pembinaan SMP Alpha"));
        Assert.Contains("Bidang Pembinaan SD", row.TextContent);
        Assert.Contains("→", row.TextContent);
        Assert.Contains("WIB", row.TextContent);

        // The detail page of that entry shows the whole change and its hashes.
        var link = row.QuerySelector("a[href^='/audit/']")!.GetAttribute("href")!;
        var detail = await Html.GetAsync(client, link);
        Assert.Contains("Bidang Pembinaan SMP Alpha", detail.Body!.TextContent);
        Assert.Contains("Hash entri", detail.Body!.TextContent);
    }

    [Fact]
    public async Task The_screen_never_shows_another_instansis_entries()
    {
        await RenameUnitAsync(factory.Data.Beta, "Bidang Rahasia Beta");
        var client = await factory.LoginAsync(factory.Data.Alpha.Auditor);
        var page = await Html.GetAsync(client, "/audit?q=Rahasia");
        Assert.DoesNotContain("Bidang Rahasia Beta", page.Body!.TextContent);
        var csv = await (await client.GetAsync("/audit?handler=Csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Bidang Rahasia Beta", csv);
    }

    [Fact]
    public async Task An_auditor_can_read_the_trail_but_a_pegawai_or_pimpinan_is_refused()
    {
        var auditor = await factory.LoginAsync(factory.Data.Beta.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/audit/1")).StatusCode);

        foreach (var account in new[] { factory.Data.Beta.Pegawai, factory.Data.Beta.Pimpinan })
        {
            var client = await factory.LoginAsync(account);
            foreach (var url in new[] { "/audit", "/audit/1", "/audit?handler=Csv" })
            {
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/akses-ditolak", response.Headers.Location!.PathAndQuery);
            }
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/akses-ditolak")).StatusCode);
        }
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_a_bad_date_is_a_400_with_a_message()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var byActor = await Html.GetAsync(client, $"/audit?pelaku={alpha.Admin.Nip}");
        Assert.All(byActor.QuerySelectorAll("tbody tr"), r => Assert.Contains(alpha.Admin.Nip, r.TextContent));

        var tomorrow = DateTime.UtcNow.AddHours(7).AddDays(1).ToString("dd-MM-yyyy");
        var future = await Html.GetAsync(client, $"/audit?dari={tomorrow}");
        Assert.Empty(future.QuerySelectorAll("tbody tr"));
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd");
        Assert.NotEmpty((await Html.GetAsync(client, $"/audit?dari={today}&sampai={today}")).QuerySelectorAll("tbody tr"));

        var bad = await client.GetAsync("/audit?dari=31-02-2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("tidak dapat dibaca", Html.Messages(await Html.ParseAsync(bad)));
    }

    [Fact]
    public async Task Paging_walks_backwards_through_the_chain_fifty_at_a_time()
    {
        var alpha = factory.Data.Alpha;
        for (var i = 0; i < 60; i++)
        {
            await RenameUnitAsync(alpha, $"Bidang ke-{i}");
        }
        var client = await factory.LoginAsync(alpha.Auditor);
        var first = await Html.GetAsync(client, "/audit");
        var numbers = first.QuerySelectorAll("tbody tr td:first-child").Select(td => long.Parse(td.TextContent.Trim())).ToList();
        Assert.Equal(50, numbers.Count);
        Assert.Equal(numbers.OrderByDescending(n => n), numbers);

        var next = first.QuerySelectorAll("nav a").First(a => a.TextContent.Contains("lebih lama")).GetAttribute("href")!;
        var second = await Html.GetAsync(client, next);
        var numbers2 = second.QuerySelectorAll("tbody tr td:first-child").Select(td => long.Parse(td.TextContent.Trim())).ToList();
        Assert.Equal(numbers[^1] - 1, numbers2[0]);
    }

    [Fact]
    public async Task The_csv_export_streams_the_filtered_entries()
    {
        var alpha = factory.Data.Alpha;
        await RenameUnitAsync(alpha, "Bidang =Rumus");
        var client = await factory.LoginAsync(alpha.Admin);
        var response = await client.GetAsync($"/audit?handler=Csv&entitas={nameof(UnitOrganisasi)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Urutan,Waktu (WIB),Pelaku,Aksi,Entitas", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains(nameof(UnitOrganisasi), l));
        Assert.Contains(lines, l => l.Contains("Bidang =Rumus"));
    }

    [Fact]
    public async Task Verifying_an_intact_chain_reports_how_many_entries_were_checked()
    {
        var client = await factory.LoginAsync(factory.Data.Beta.Admin);
        var page = await Html.GetAsync(client, "/audit");
        var response = await PostAsync(client, page, "/audit?handler=Verifikasi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await Html.ParseAsync(response)).QuerySelector("#hasil-verifikasi")!.TextContent;
        Assert.Matches(@"Rantai audit utuh \([\d.]+ entri diperiksa\)", result);
    }

    [Fact]
    public async Task There_is_no_way_to_change_or_delete_an_entry_through_the_web()
    {
        var alpha = factory.Data.Alpha;
        var client = await factory.LoginAsync(alpha.Admin);
        var page = await Html.GetAsync(client, "/audit/1");
        Assert.DoesNotContain(page.QuerySelectorAll("form[method=post]"), f => !(f.GetAttribute("action") ?? "").StartsWith("/keluar"));
        var before = await factory.WithDbAsync(alpha.Id, db => db.Audit.AsNoTracking().SingleAsync(a => a.Urutan == 1));
        foreach (var handler in new[] { "", "?handler=Hapus", "?handler=Ubah" })
        {
            var response = await PostAsync(client, page, "/audit/1" + handler, new() { ["Perubahan"] = "{}" });
            Assert.False(response.IsSuccessStatusCode);
        }
        Assert.False((await client.DeleteAsync("/audit/1")).IsSuccessStatusCode);
        var after = await factory.WithDbAsync(alpha.Id, db => db.Audit.AsNoTracking().SingleAsync(a => a.Urutan == 1));
        Assert.Equal(before.Hash, after.Hash);
        Assert.Equal(before.Perubahan, after.Perubahan);
    }
}
