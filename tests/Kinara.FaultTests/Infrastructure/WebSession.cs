using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Kinara.FaultTests.Infrastructure;

/// <summary>
/// A browser-like client of one node: keeps cookies, does not follow redirects (the tests read them), takes antiforgery
/// tokens from the pages. <see cref="On"/> gives a client of another node with the same cookies.
/// </summary>
public sealed class WebSession : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public WebSession(string baseUrl, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        Http = new HttpClient(new SocketsHttpHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public CookieContainer Cookies { get; }
    public HttpClient Http { get; }

    /// <summary>A client of another node (or of the load balancer) that carries this session's cookies.</summary>
    public WebSession On(string baseUrl) => new(baseUrl, Cookies);

    public async Task<IDocument> GetPageAsync(string url, CancellationToken ct = default)
    {
        using var response = await Http.GetAsync(url, ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {url} on {Http.BaseAddress} returned {(int)response.StatusCode} {response.Headers.Location}", null, response.StatusCode);
        }
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(ct), ct);
    }

    public static string Token(IDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>The value of a form field on the page (e.g. the hidden Input.Versi).</summary>
    public static string Field(IDocument page, string name) =>
        page.QuerySelector($"input[name='{name}']")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"The page has no field {name}.");

    public Task<HttpResponseMessage> PostAsync(string url, IDictionary<string, string> fields, string token, CancellationToken ct = default) =>
        Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }), ct);

    /// <summary>Signs in through the real /masuk form; throws unless the app redirects to the home page.</summary>
    public async Task LoginAsync(string nip, string password, CancellationToken ct = default)
    {
        var page = await GetPageAsync("/masuk", ct);
        using var response = await PostAsync("/masuk", new Dictionary<string, string> { ["Nip"] = nip, ["Password"] = password }, Token(page), ct);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("/masuk", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Login of {nip} on {Http.BaseAddress} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    public void Dispose() => Http.Dispose();
}
