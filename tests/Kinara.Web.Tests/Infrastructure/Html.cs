using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Kinara.Web.Tests.Infrastructure;

/// <summary>Reads pages like a browser would: parse the HTML, take the antiforgery token from the form, post it back.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} returned {(int)response.StatusCode}");
        }
        return await ParseAsync(response);
    }

    public static string AntiforgeryToken(IDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, takes its antiforgery token and posts <paramref name="fields"/> to
    /// <paramref name="postUrl"/> (default: the same URL). Handler names go in the URL: "/x?handler=Nonaktifkan".
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, Dictionary<string, string> fields, string? postUrl = null)
    {
        var page = await GetAsync(client, pageUrl);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(page) };
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(form));
    }

    /// <summary>All texts of the validation messages and alerts on a page, joined, for asserting messages.</summary>
    public static string Messages(IDocument page) =>
        string.Join(" | ", page.QuerySelectorAll(".text-danger, .alert, .validation-summary-errors, .field-validation-error")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
}
