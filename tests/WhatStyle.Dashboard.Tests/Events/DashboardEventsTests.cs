using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Dashboard.Events;
using WhatStyle.Dashboard.Tests.Support;

namespace WhatStyle.Dashboard.Tests.Events;

public sealed class DashboardEventsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void LoggerProvider_HostCategoriesFromInformation_BecomeEvents_ExceptionTextNever()
    {
        var hub = new DashboardEventHub();
        using var provider = new DashboardLoggerProvider(hub, new FakeTimeProvider(DateTimeOffset.UnixEpoch), "WhatStyle.WhatsAppBridge.");
        var responder = provider.CreateLogger("WhatStyle.WhatsAppBridge.Replies.ChatResponder");

        responder.LogDebug("not shown");
        responder.LogInformation("Reply queued for {Chat}.", "4917000001");
        responder.LogError(new InvalidOperationException("secret token abc"), "Answering failed.");
        provider.CreateLogger("Microsoft.AspNetCore.Hosting").LogInformation("Request starting");

        Assert.Equal(
            [new DashboardEvent(DateTimeOffset.UnixEpoch, "chat-responder", "Reply queued for 4917000001."),
             new DashboardEvent(DateTimeOffset.UnixEpoch, "error chat-responder", "Answering failed. (InvalidOperationException)")],
            hub.Recent());
    }

    [Fact]
    public async Task Stream_PublishedEvent_ArrivesAsOneTextLine()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(20) };
        using var response = await http.GetAsync("/dashboard/events/stream", HttpCompletionOption.ResponseHeadersRead, Ct);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));

        var hub = server.Get<IDashboardEvents>();
        string? line = null;
        var read = Task.Run(async () =>
        {
            while ((line = await reader.ReadLineAsync(Ct)) is not null && !line.StartsWith("data:", StringComparison.Ordinal))
            {
            }
        }, Ct);
        // The stream subscribes when the response starts; publish until the reader has seen one.
        while (!read.IsCompleted)
        {
            hub.Publish(new DashboardEvent(new DateTimeOffset(2026, 5, 1, 18, 30, 0, TimeSpan.Zero), "reply", "A reply\nwas sent."));
            await Task.WhenAny(read, Task.Delay(100, Ct));
        }

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("data: 2026-05-01 18:30:00 reply A reply was sent.", line);
    }
}
