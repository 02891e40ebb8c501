using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>
/// What every stand-in for a WhatsApp API (<see cref="FakeGraphApi"/>, <see cref="FakeEngine"/>) shares: a quiet Kestrel
/// app on 127.0.0.1:0, and webhooks posted back to the bridge until it accepts them, as Meta and the engines retry.
/// </summary>
internal static class StandInServer
{
    /// <summary>Starts an app whose routes <paramref name="map"/> adds; returns it with the address it listens on.</summary>
    public static async Task<(WebApplication App, Uri BaseUrl)> StartAsync(Action<WebApplication> map, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, new Uri(address));
    }

    /// <summary>
    /// Posts <paramref name="body"/> as JSON to <paramref name="url"/> until the answer is 200, for up to a minute: a
    /// bridge that is down (a crash test) gets it after its restart. <paramref name="sign"/> adds the channel's authentication.
    /// </summary>
    public static async Task PostUntilAcceptedAsync(
        Uri url, byte[] body, Action<HttpRequestMessage>? sign, HttpMessageHandler? handler, CancellationToken stopping)
    {
        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        for (var attempt = 0; attempt < 300 && !stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
                sign?.Invoke(request);
                using var response = await client.SendAsync(request, stopping);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ObjectDisposedException)
            {
                // The bridge is down (crash test): try again shortly.
            }

            try
            {
                await Task.Delay(200, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
