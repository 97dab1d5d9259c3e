using System.Net;
using Kinara.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinara.Web.Tests.Features.Akun;

public sealed class InstansiNonaktifTests(KinaraFactory factory) : IClassFixture<KinaraFactory>
{
    [Fact]
    public async Task Users_of_a_deactivated_instansi_cannot_sign_in_and_are_told_why()
    {
        await factory.WithDbAsync(factory.Data.Beta.Id, db =>
            db.Instansi.Where(i => i.Id == factory.Data.Beta.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Aktif, false)));

        var response = await Html.PostFormAsync(factory.CreateBrowserClient(), "/masuk",
            new() { ["Nip"] = factory.Data.Beta.Admin.Nip, ["Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("dinonaktifkan", Html.Messages(await Html.ParseAsync(response)));

        Assert.NotNull(await factory.LoginAsync(factory.Data.Alpha.Admin));
    }
}
