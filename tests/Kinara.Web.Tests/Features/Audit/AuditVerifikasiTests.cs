using System.Net;
using Kinara.Web.Infrastructure.Audit;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kinara.Web.Tests.Features.Akun.AkunTestHelpers;

namespace Kinara.Web.Tests.Features.Audit;

/// <summary>Tampering with stored entries (its own database: these tests break chains on purpose).</summary>
public sealed class AuditVerifikasiTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    private Task<long> IdOfAsync(Guid instansiId, long urutan) =>
        factory.WithDbAsync(instansiId, db => db.Audit.Where(a => a.Urutan == urutan).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task Editing_a_past_entry_in_the_database_is_reported_by_the_verify_button_with_its_number()
    {
        var beta = factory.Data.Beta;
        var id = await IdOfAsync(beta.Id, 3);
        await factory.WithDbAsync(beta.Id, db => db.Database.ExecuteSqlAsync($"UPDATE audit SET \"Perubahan\" = '{{\"Nama\":[null,\"dipalsukan\"]}}' WHERE \"Id\" = {id}"));

        var client = await factory.LoginAsync(beta.Auditor);
        var page = await Html.GetAsync(client, "/audit");
        var response = await PostAsync(client, page, "/audit?handler=Verifikasi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await Html.ParseAsync(response)).QuerySelector("#hasil-verifikasi")!.TextContent;
        Assert.Contains("RUSAK pada entri nomor 3", result);
        Assert.Contains("isi entri nomor 3 telah diubah", result);
    }

    [Fact]
    public async Task The_verify_logic_detects_a_deleted_entry_and_a_rewritten_hash()
    {
        var alpha = factory.Data.Alpha;
        var before = await factory.WithDbAsync(alpha.Id, db => AuditChain.VerifyAsync(db, alpha.Id));
        Assert.True(before.Utuh, before.Alasan);

        // Recomputing the edited entry's own hash does not help: the next entry still points to the old one.
        var id5 = await IdOfAsync(alpha.Id, 5);
        await factory.WithDbAsync(alpha.Id, async db =>
        {
            var e = await db.Audit.AsNoTracking().SingleAsync(a => a.Id == id5);
            e.Perubahan = "{}";
            var hash = AuditChain.ComputeHash(e);
            await db.Database.ExecuteSqlAsync($"UPDATE audit SET \"Perubahan\" = '{{}}', \"Hash\" = {hash} WHERE \"Id\" = {id5}");
        });
        var rewritten = await factory.WithDbAsync(alpha.Id, db => AuditChain.VerifyAsync(db, alpha.Id));
        Assert.Equal(6, rewritten.UrutanRusak);
        Assert.Contains("tidak tersambung", rewritten.Alasan);

        var id2 = await IdOfAsync(alpha.Id, 2);
        await factory.WithDbAsync(alpha.Id, db => db.Database.ExecuteSqlAsync($"DELETE FROM audit WHERE \"Id\" = {id2}"));
        var deleted = await factory.WithDbAsync(alpha.Id, db => AuditChain.VerifyAsync(db, alpha.Id));
        Assert.Equal(2, deleted.UrutanRusak);
        Assert.Contains("hilang", deleted.Alasan);
    }
}
