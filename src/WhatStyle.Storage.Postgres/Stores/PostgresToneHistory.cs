using Npgsql;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>Tone readings in <c>tone_history</c>, keyed by message id; each saved reading records <c>tone_analyzed</c> in the same transaction.</summary>
internal sealed class PostgresToneHistory(PostgresDatabase database, PostgresEventOutbox events) : IToneHistory
{
    public Task<IReadOnlyDictionary<string, ToneReading>> GetAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        return database.RunAsync<IReadOnlyDictionary<string, ToneReading>>(async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT message_id, sentiment, emotion FROM tone_history WHERE message_id = ANY($1)", connection);
            command.Parameters.AddWithValue(messageIds.Distinct(StringComparer.Ordinal).ToArray());
            var found = new Dictionary<string, ToneReading>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found[reader.GetString(0)] = new ToneReading(reader.GetString(0), reader.GetDouble(1), (Emotion)reader.GetInt32(2));
            }

            return found;
        }, cancellationToken);
    }

    public Task SaveAsync(IReadOnlyList<ToneReading> readings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (readings.Count == 0)
        {
            return Task.CompletedTask;
        }

        return database.InTransactionAsync(async (connection, transaction) =>
        {
            var written = await WriteAsync(connection, transaction, readings, replace: true, cancellationToken).ConfigureAwait(false);
            foreach (var reading in readings)
            {
                await events.RecordAsync(
                    connection, transaction, EventTypes.ToneAnalyzed,
                    new ToneAnalyzedData(reading.MessageId, reading.Sentiment, reading.Emotion.ToString().ToLowerInvariant()), cancellationToken).ConfigureAwait(false);
            }

            return written;
        }, cancellationToken);
    }

    /// <summary>Inserts readings, replacing stored ones or (<paramref name="replace"/> false: the copy from LiteDB) leaving them.</summary>
    internal static async Task<int> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<ToneReading> readings, bool replace, CancellationToken cancellationToken)
    {
        // The last reading of a message wins, as with an upsert in order; one statement may not touch a row twice.
        var rows = readings.GroupBy(r => r.MessageId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO tone_history (message_id, sentiment, emotion)
            SELECT * FROM unnest($1::text[], $2::double precision[], $3::integer[])
            ON CONFLICT (message_id) DO {(replace ? "UPDATE SET sentiment = excluded.sentiment, emotion = excluded.emotion" : "NOTHING")}
            """, connection, transaction);
        command.Parameters.AddWithValue(rows.Select(r => r.MessageId).ToArray());
        command.Parameters.AddWithValue(rows.Select(r => r.Sentiment).ToArray());
        command.Parameters.AddWithValue(rows.Select(r => (int)r.Emotion).ToArray());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
