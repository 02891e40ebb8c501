using WhatStyle.Hosting;
using WhatStyle.WhatsAppBridge.Health;
using WhatStyle.WhatsAppBridge.Hosting;
using WhatStyle.WhatsAppBridge.Webhooks;

// The WhatsApp bridge: Cloud API webhooks in, the reply agent in-process, Graph API replies out. See docs/bridge.md.
var builder = WebApplication.CreateBuilder(args);

builder.AddBridgeConfiguration();
builder.AddBridgeStorage();
builder.AddWhatsAppGraphApi();
builder.AddReplyPipeline();
builder.AddBridgeTelemetry();

var app = builder.Build();

app.MapWebhookApi();
app.MapHealthApi();
app.MapPrometheusScrapingEndpoint();

// A bad setting, unusable storage or another bridge holding the lock: one line on stderr and exit code 1.
return await app.RunHostAsync("WhatStyle.WhatsAppBridge");

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
