using System.Text.Json;

namespace WhatStyle.Tools.Events;

/// <summary>
/// One event as it waits in an outbox and goes on the bus: the envelope (<see cref="Id"/>, <see cref="Type"/>,
/// <see cref="Time"/>, <see cref="Source"/>) and its <see cref="Data"/> as JSON. The id is the bus's de-duplication
/// key: an event published twice (the process died between the broker's acknowledgement and the outbox's record of it)
/// is recognised by subscribers and by JetStream.
/// </summary>
public sealed record OutboxEvent(string Id, string Type, DateTimeOffset Time, string Source, string Data)
{
    private static readonly JsonSerializerOptions DataJson = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>A new event: a fresh id, <paramref name="data"/> serialised with snake_case names.</summary>
    public static OutboxEvent Create<T>(string type, string source, T data, DateTimeOffset time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return new OutboxEvent(Guid.CreateVersion7(time).ToString("N"), type, time, source, JsonSerializer.Serialize(data, DataJson));
    }

    /// <summary>The message a broker carries: the envelope with the data inline.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", Id);
            writer.WriteString("type", Type);
            writer.WriteString("time", Time.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("source", Source);
            writer.WritePropertyName("data");
            using (var data = JsonDocument.Parse(Data))
            {
                data.RootElement.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
