using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>Builds webhook bodies in the documented Cloud API shapes (our own fixtures) and posts them signed.</summary>
internal static class Webhook
{
    private static long s_counter;

    public static string NewId() => $"wamid.test.{Interlocked.Increment(ref s_counter)}.{Guid.NewGuid():N}";

    public static long Now(TimeSpan ago = default) => (TimeProvider.System.GetUtcNow() - ago).ToUnixTimeSeconds();

    /// <summary>A message object: <c>{from,id,timestamp,type,&lt;type&gt;:payload}</c> plus extra fields.</summary>
    public static JsonObject Message(string from, string type, JsonNode? payload, string? id = null, long? timestamp = null, string? group = null)
    {
        var message = new JsonObject
        {
            ["from"] = from,
            ["id"] = id ?? NewId(),
            ["timestamp"] = (timestamp ?? Now()).ToString(CultureInfo.InvariantCulture),
            ["type"] = type,
        };
        if (payload is not null)
        {
            message[type] = payload;
        }

        if (group is not null)
        {
            message["group_id"] = group;
        }

        return message;
    }

    public static JsonObject Text(string from, string body, string? id = null, long? timestamp = null, string? group = null) =>
        Message(from, "text", new JsonObject { ["body"] = body }, id, timestamp, group);

    /// <summary>The envelope around messages and/or statuses.</summary>
    public static string Body(IEnumerable<JsonObject>? messages = null, IEnumerable<JsonObject>? statuses = null, JsonArray? errors = null, string field = "messages")
    {
        var value = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject { ["display_phone_number"] = "15550783881", ["phone_number_id"] = BridgeFactory.PhoneNumberId },
        };
        var list = messages?.ToList() ?? [];
        if (list.Count > 0)
        {
            value["contacts"] = new JsonArray(list.Select(m => (JsonNode)new JsonObject
            {
                ["profile"] = new JsonObject { ["name"] = "Test Person" },
                ["wa_id"] = (string?)m["from"],
            }).ToArray());
            value["messages"] = new JsonArray(list.Select(m => (JsonNode)m).ToArray());
        }

        if (statuses is not null)
        {
            value["statuses"] = new JsonArray(statuses.Select(s => (JsonNode)s).ToArray());
        }

        if (errors is not null)
        {
            value["errors"] = errors;
        }

        return new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = "102290129340398",
                ["changes"] = new JsonArray(new JsonObject { ["field"] = field, ["value"] = value }),
            }),
        }.ToJsonString();
    }

    public static JsonObject Status(string wamid, string status, string recipient = "16505551234") => new()
    {
        ["id"] = wamid,
        ["status"] = status,
        ["timestamp"] = Now().ToString(CultureInfo.InvariantCulture),
        ["recipient_id"] = recipient,
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string body, CancellationToken cancellationToken) =>
        PostAsync(client, Encoding.UTF8.GetBytes(body), WebhookSignature.Compute(Encoding.UTF8.GetBytes(body), BridgeFactory.AppSecret), cancellationToken);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body, string? signature, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhook") { Content = content };
        if (signature is not null)
        {
            request.Headers.Add(WebhookSignature.HeaderName, signature);
        }

        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>Waits for an asynchronous outcome (the bridge answers after the 200), failing after <paramref name="timeoutSeconds"/>.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what, double timeoutSeconds = 10)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds > timeoutSeconds)
            {
                Assert.Fail($"Timed out waiting for: {what}");
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
