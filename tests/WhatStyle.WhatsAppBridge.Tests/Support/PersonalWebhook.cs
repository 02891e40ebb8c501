using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>Webhook bodies shaped as WAHA and Evolution API post them, and the bridge settings for each channel.</summary>
internal static class PersonalWebhook
{
    public const string WahaHmacKey = "waha-hmac-key";
    public const string Owner = "15550001111";
    public const string Instance = "alex-phone";

    public static Dictionary<string, string?> Settings(string channel, FakeEngine engine, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["WhatsApp:Channel"] = channel,
            ["Waha:BaseUrl"] = engine.BaseUrl.ToString(),
            ["Waha:ApiKey"] = FakeEngine.ApiKey,
            ["Waha:WebhookHmacKey"] = WahaHmacKey,
            ["Evolution:BaseUrl"] = engine.BaseUrl.ToString(),
            ["Evolution:ApiKey"] = FakeEngine.ApiKey,
            ["Evolution:Instance"] = Instance,
            ["Evolution:WebhookApiKey"] = FakeEngine.ApiKey,
            ["Bridge:TypingTimePerCharacter"] = "00:00:00",
            ["Bridge:PersonalMessagesPerMinute"] = "60000",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The chat id of a person as the channel spells it.</summary>
    public static string Chat(string channel, string number) => channel == "waha" ? $"{number}@c.us" : $"{number}@s.whatsapp.net";

    public static string Path(string channel) => channel == "waha" ? "/webhook/waha" : "/webhook/evolution";

    /// <summary>A one-to-one text: from the contact, or (fromMe) typed by the owner on the phone.</summary>
    public static JsonObject Text(string channel, string number, string text, bool fromMe = false, long? timestamp = null, string? id = null)
    {
        var ts = timestamp ?? Webhook.Now();
        var shortId = id ?? $"3EB0{Guid.NewGuid():N}"[..24].ToUpperInvariant();
        var chat = Chat(channel, number);
        if (channel == "waha")
        {
            return new JsonObject
            {
                ["id"] = $"evt_{Guid.NewGuid():N}",
                ["timestamp"] = ts * 1000,
                ["event"] = fromMe ? "message.any" : "message",
                ["session"] = "default",
                ["me"] = new JsonObject { ["id"] = $"{Owner}@c.us", ["pushName"] = "Alex" },
                ["payload"] = new JsonObject
                {
                    ["id"] = $"{(fromMe ? "true" : "false")}_{chat}_{shortId}", ["timestamp"] = ts, ["from"] = chat, ["fromMe"] = fromMe,
                    ["source"] = "app", ["to"] = null, ["body"] = text, ["hasMedia"] = false, ["media"] = null, ["ack"] = 1, ["replyTo"] = null,
                    ["_data"] = new JsonObject { ["Info"] = new JsonObject { ["PushName"] = fromMe ? "Alex" : "Maria" } },
                },
                ["engine"] = "GOWS",
                ["environment"] = new JsonObject { ["version"] = "2026.11.1", ["engine"] = "GOWS", ["tier"] = "CORE" },
            };
        }

        return new JsonObject
        {
            ["event"] = "messages.upsert",
            ["instance"] = Instance,
            ["data"] = new JsonObject
            {
                ["key"] = new JsonObject { ["remoteJid"] = chat, ["fromMe"] = fromMe, ["id"] = shortId },
                ["pushName"] = fromMe ? "Alex" : "Maria",
                ["status"] = "DELIVERY_ACK",
                ["message"] = new JsonObject { ["conversation"] = text },
                ["messageType"] = "conversation",
                ["messageTimestamp"] = ts,
                ["instanceId"] = "a1b2c3d4-0000-4000-8000-000000000001",
                ["source"] = "android",
            },
            ["destination"] = "http://127.0.0.1/webhook/evolution",
            ["date_time"] = DateTimeOffset.FromUnixTimeSeconds(ts).ToString("O"),
            ["sender"] = $"{Owner}@s.whatsapp.net",
            ["server_url"] = "http://localhost:8080",
            ["apikey"] = FakeEngine.ApiKey,
        };
    }

    /// <summary>The id the bridge stores for a body built by <see cref="Text"/>.</summary>
    public static string IdOf(string channel, JsonObject body) =>
        channel == "waha" ? (string)body["payload"]!["id"]! : (string)body["data"]!["key"]!["id"]!;

    public static void Sign(HttpRequestMessage request, byte[] body)
    {
        request.Headers.Add("X-Webhook-Hmac", Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(WahaHmacKey), body)));
        request.Headers.Add("X-Webhook-Hmac-Algorithm", "sha512");
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string channel, JsonNode body, CancellationToken cancellationToken) =>
        PostAsync(client, channel, Encoding.UTF8.GetBytes(body.ToJsonString()), sign: true, cancellationToken);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string channel, byte[] bytes, bool sign, CancellationToken cancellationToken, string? path = null)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path ?? Path(channel)) { Content = content };
        if (sign && channel == "waha")
        {
            Sign(request, bytes);
        }

        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>Points the engine's echoes of sends at this in-memory bridge.</summary>
    public static void EchoInto(FakeEngine engine, BridgeFactory factory, string channel)
    {
        engine.EchoUrl = new Uri(factory.Server.BaseAddress, Path(channel));
        engine.EchoHandler = factory.Server.CreateHandler();
        engine.EchoSigner = channel == "waha" ? Sign : null;
    }
}
