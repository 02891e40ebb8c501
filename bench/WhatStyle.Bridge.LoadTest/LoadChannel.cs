using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.Bridge.LoadTest;

/// <summary>
/// What differs per channel in the load test (<c>LOADTEST_CHANNEL</c> = cloud | waha | evolution): the webhook's path,
/// body and signature, the bridge's settings, and where a reply's recipient is in a send.
/// </summary>
internal sealed class LoadChannel(string name)
{
    public const string Secret = "load_test_secret";

    public string Name { get; } = name;

    public bool IsPersonal => Name is "waha" or "evolution";

    public string Path => Name switch { "waha" => "/webhook/waha", "evolution" => "/webhook/evolution", _ => "/webhook" };

    public static LoadChannel FromEnvironment()
    {
        var name = (Environment.GetEnvironmentVariable("LOADTEST_CHANNEL") ?? "cloud").ToLowerInvariant();
        return name is "cloud" or "waha" or "evolution" ? new LoadChannel(name) : throw new ArgumentException("LOADTEST_CHANNEL must be cloud, waha or evolution.");
    }

    public void Configure(System.Diagnostics.ProcessStartInfo start, Uri graphUrl, Uri? engineUrl)
    {
        start.Environment["WhatsApp__Channel"] = Name;
        start.Environment["WhatsApp__AppSecret"] = Secret;
        start.Environment["WhatsApp__VerifyToken"] = "load";
        start.Environment["WhatsApp__AccessToken"] = FakeGraphApi.AccessToken;
        start.Environment["WhatsApp__PhoneNumberId"] = "123";
        start.Environment["WhatsApp__GraphApiBaseUrl"] = graphUrl.ToString();
        if (engineUrl is null)
        {
            return;
        }

        start.Environment["Waha__BaseUrl"] = engineUrl.ToString();
        start.Environment["Waha__ApiKey"] = FakeEngine.ApiKey;
        start.Environment["Waha__WebhookHmacKey"] = Secret;
        start.Environment["Evolution__BaseUrl"] = engineUrl.ToString();
        start.Environment["Evolution__ApiKey"] = FakeEngine.ApiKey;
        start.Environment["Evolution__Instance"] = "load";
        start.Environment["Evolution__WebhookApiKey"] = FakeEngine.ApiKey;
        // The benchmark measures intake and delivery, not human pacing: no typing time, Meta's upgraded tier as the cap.
        start.Environment["Bridge__TypingTimePerCharacter"] = "00:00:00";
        start.Environment["Bridge__PersonalMessagesPerMinute"] = "60000";
    }

    /// <summary>The recipient's id as the sender's request names it (the Cloud API's "to", WAHA's chatId, Evolution's number).</summary>
    public string Recipient(string sender) => Name switch
    {
        "waha" => sender + "@c.us",
        "evolution" => sender + "@s.whatsapp.net",
        _ => "+" + sender,
    };

    public HttpRequestMessage Request(string sender, string id, string text, bool fromMe = false, long? timestamp = null)
    {
        var ts = timestamp ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var body = Encoding.UTF8.GetBytes(Body(sender, id, text, fromMe, ts));
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        if (Name == "cloud")
        {
            request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)));
        }
        else if (Name == "waha")
        {
            Sign(request, body);
        }

        return request;
    }

    public static void Sign(HttpRequestMessage request, byte[] body) =>
        request.Headers.Add("X-Webhook-Hmac", Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(Secret), body)));

    private string Body(string sender, string id, string text, bool fromMe, long ts)
    {
        var chat = Recipient(sender);
        return Name switch
        {
            "waha" => new JsonObject
            {
                ["id"] = "evt_" + id, ["timestamp"] = ts * 1000, ["event"] = fromMe ? "message.any" : "message", ["session"] = "default",
                ["me"] = new JsonObject { ["id"] = "15550001111@c.us", ["pushName"] = "Load" },
                ["payload"] = new JsonObject
                {
                    ["id"] = $"{(fromMe ? "true" : "false")}_{chat}_{id}", ["timestamp"] = ts, ["from"] = chat, ["fromMe"] = fromMe, ["source"] = "app",
                    ["to"] = null, ["body"] = text, ["hasMedia"] = false, ["_data"] = new JsonObject { ["Info"] = new JsonObject { ["PushName"] = "Load" } },
                },
                ["engine"] = "GOWS",
            }.ToJsonString(),
            "evolution" => new JsonObject
            {
                ["event"] = "messages.upsert", ["instance"] = "load",
                ["data"] = new JsonObject
                {
                    ["key"] = new JsonObject { ["remoteJid"] = chat, ["fromMe"] = fromMe, ["id"] = id }, ["pushName"] = "Load",
                    ["message"] = new JsonObject { ["conversation"] = text }, ["messageType"] = "conversation", ["messageTimestamp"] = ts,
                },
                ["sender"] = "15550001111@s.whatsapp.net", ["apikey"] = FakeEngine.ApiKey,
            }.ToJsonString(),
            _ => "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550000000\",\"phone_number_id\":\"123\"}," +
                $"\"contacts\":[{{\"profile\":{{\"name\":\"Load\"}},\"wa_id\":\"{sender}\"}}],\"messages\":[{{\"from\":\"{sender}\",\"id\":\"{id}\",\"timestamp\":\"{ts.ToString(CultureInfo.InvariantCulture)}\"," +
                $"\"type\":\"text\",\"text\":{{\"body\":\"{text}\"}}}}]}}}}]}}]}}",
        };
    }
}
