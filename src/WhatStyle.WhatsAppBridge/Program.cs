using WhatStyle.Dashboard;
using WhatStyle.Hosting;
using WhatStyle.WhatsAppBridge.Health;
using WhatStyle.WhatsAppBridge.Hosting;
using WhatStyle.WhatsAppBridge.Channels;

// The WhatsApp bridge: webhooks of one channel in (Cloud API, WAHA or Evolution API), the reply agent in-process,
// replies out through the same channel. See docs/bridge.md and docs/channels.md.
var builder = WebApplication.CreateBuilder(args);

builder.AddBridgeConfiguration();
builder.AddBridgeStorage();
builder.AddWhatsAppGraphApi();
builder.AddReplyPipeline();
builder.AddBridgeTelemetry();
builder.AddBridgeDashboard();

var app = builder.Build();

// Storage is opened (after the bridge's lock is taken) before the host starts, so bad storage is one line and exit 1,
// not a host start-up failure with a stack trace.
if (BridgeStartup.OpenStorage(app.Services) is { } storageError)
{
    await Console.Error.WriteLineAsync($"WhatStyle.WhatsAppBridge: {storageError}");
    return 1;
}

app.MapChannelWebhook();
app.MapHealthApi();
app.MapPrometheusScrapingEndpoint();
app.MapWhatStyleDashboard();

// A bad setting, unusable storage or another bridge holding the lock: one line on stderr and exit code 1.
return await app.RunHostAsync("WhatStyle.WhatsAppBridge");

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
