using LiteDB;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Storage.LiteDb;

/// <summary>Tone readings in the <c>tone_history</c> collection, keyed by message id.</summary>
internal sealed class LiteToneHistory(LiteStore store, EventRecorder? events = null) : IToneHistory
{
    internal const string Collection = "tone_history";

    public Task<IReadOnlyDictionary<string, ToneReading>> GetAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        return Task.FromResult<IReadOnlyDictionary<string, ToneReading>>(store.Read(db =>
        {
            var collection = db.GetCollection<ToneDocument>(Collection);
            var found = new Dictionary<string, ToneReading>(StringComparer.Ordinal);
            foreach (var id in messageIds)
            {
                if (collection.FindById(id) is { } doc)
                {
                    found[id] = new ToneReading(doc.Id, doc.Sentiment, (Emotion)doc.Emotion);
                }
            }

            return found;
        }));
    }

    public Task SaveAsync(IReadOnlyList<ToneReading> readings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (readings.Count > 0)
        {
            store.Write(db =>
            {
                db.GetCollection<ToneDocument>(Collection).Upsert(
                    readings.Select(r => new ToneDocument { Id = r.MessageId, Sentiment = r.Sentiment, Emotion = (int)r.Emotion }));
                foreach (var reading in readings)
                {
                    events?.Record(EventTypes.ToneAnalyzed, new ToneAnalyzedData(reading.MessageId, reading.Sentiment, reading.Emotion.ToString().ToLowerInvariant()));
                }
            });
        }

        return Task.CompletedTask;
    }
}
