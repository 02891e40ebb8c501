using System.Net;
using System.Text.RegularExpressions;

namespace WhatStyle.Dashboard.Tests.Support;

/// <summary>A browser without a browser: keeps cookies, does not follow redirects, and posts forms with the page's token.</summary>
internal sealed partial class DashboardClient : IDisposable
{
    private readonly HttpClient _http;

    public DashboardClient(Uri address)
    {
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseProxy = false })
        {
            BaseAddress = address,
        };
    }

    /// <summary>The form token of the last page read.</summary>
    public string? Token { get; private set; }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (TokenPattern().Match(html) is { Success: true } match)
        {
            Token = WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        return (response.StatusCode, html);
    }

    /// <summary>Posts a form with the token of the last page read (unless <paramref name="withToken"/> is false).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IDictionary<string, string> fields, CancellationToken cancellationToken, bool withToken = true)
    {
        var form = new Dictionary<string, string>(fields);
        if (withToken && Token is not null)
        {
            form["__dashboard_token"] = Token;
        }

        return await _http.PostAsync(path, new FormUrlEncodedContent(form), cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__dashboard_token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
