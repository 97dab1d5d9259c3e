using System.Net;
using Kinara.Web.Tests.Infrastructure;

namespace Kinara.Web.Tests.Features.Akun;

public sealed class BatasMasukFactory : KinaraFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Akun:BatasMasukPerMenit"] = "3" };
}

public sealed class BatasMasukTests(BatasMasukFactory factory) : IClassFixture<BatasMasukFactory>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_are_refused_with_429_but_the_form_still_opens()
    {
        var client = factory.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var r = await Html.PostFormAsync(client, "/masuk", new() { ["Nip"] = factory.Data.Alpha.Auditor.Nip, ["Password"] = "salah-terus1" });
            statuses.Add(r.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/masuk")).StatusCode);
    }
}
