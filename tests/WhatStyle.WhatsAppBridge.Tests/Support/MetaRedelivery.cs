using System.Collections.Concurrent;
using System.Net;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>Posts webhooks like Meta: each body again and again until the bridge answers 200, across crashes and restarts.</summary>
internal static class MetaRedelivery
{
    public static Task PostUntilAcceptedAsync(Uri bridge, IReadOnlyList<(string Key, string Body)> bodies, ConcurrentDictionary<string, bool> accepted, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = bridge };
            foreach (var (key, body) in bodies)
            {
                while (!accepted.ContainsKey(key))
                {
                    try
                    {
                        using var response = await Webhook.PostAsync(client, body, cancellationToken);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            accepted[key] = true;
                            continue;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // The bridge is down: Meta retries later.
                    }

                    await Task.Delay(50, cancellationToken);
                }
            }
        }, cancellationToken);
}
