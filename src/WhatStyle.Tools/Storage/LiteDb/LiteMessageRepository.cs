using System.Globalization;
using LiteDB;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Tools.Storage.LiteDb;

/// <summary>
/// Messages and exchanges in LiteDB. A conversation's messages share the index key prefix
/// "conversation|unix-ms|id", so "the newest N before T" walks one index backwards instead of sorting the chat.
/// </summary>
internal sealed class LiteMessageRepository : IMessageRepository
{
    internal const string Messages = "messages";
    internal const string Exchanges = "exchanges";

    // Above every "|<15-digit time>" under any collation (digits only; no symbol whose rank varies).
    private const string HighBound = "|9999999999999999";
    private const string KeyBetweenText = nameof(MessageDocument.Key) + " BETWEEN @0 AND @1";
    private readonly LiteStore _store;

    public LiteMessageRepository(LiteStore store)
    {
        _store = store;
        _store.Write(db =>
        {
            db.GetCollection<MessageDocument>(Messages).EnsureIndex(m => m.Key);
            db.GetCollection<ExchangeDocument>(Exchanges).EnsureIndex(x => x.Conversation);
        });
    }

    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return Task.FromResult<IReadOnlySet<string>>(_store.Read(db =>
        {
            // The range scan also finds stored messages of the same chat and time span that were not asked about.
            var stored = StoredIds(db, messages);
            stored.IntersectWith(messages.Select(m => m.Id));
            return stored;
        }));
    }

    public Task<IReadOnlyList<ConversationMessage>> AddNewAsync(IReadOnlyList<ConversationMessage> messages, IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(exchanges);
        try
        {
            return Task.FromResult(Add(messages, exchanges, byId: false));
        }
        catch (StorageException ex) when (ex.InnerException is LiteException { ErrorCode: LiteException.INDEX_DUPLICATE_KEY })
        {
            // A stored message with one of these ids sits outside the batch's time range (ids from another source):
            // the transaction rolled back, so check id by id instead.
            return Task.FromResult(Add(messages, exchanges, byId: true));
        }
    }

    private IReadOnlyList<ConversationMessage> Add(IReadOnlyList<ConversationMessage> messages, IReadOnlyList<StoredExchange> exchanges, bool byId) => _store.Write(db =>
    {
        var collection = db.GetCollection<MessageDocument>(Messages);
        var stored = byId ? null : StoredIds(db, messages);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<ConversationMessage>();
        var documents = new List<MessageDocument>();
        foreach (var message in messages)
        {
            var exists = stored?.Contains(message.Id) ?? collection.FindById(message.Id) is not null;
            if (seen.Add(message.Id) && !exists)
            {
                added.Add(message);
                documents.Add(ToDocument(message));
            }
        }

        if (documents.Count > 0)
        {
            collection.InsertBulk(documents);
        }

        if (exchanges.Count > 0)
        {
            db.GetCollection<ExchangeDocument>(Exchanges).Upsert(exchanges.Select(ToDocument));
        }

        return (IReadOnlyList<ConversationMessage>)added;
    });

    /// <summary>
    /// Ids already stored, found with one index range scan per conversation instead of one lookup per message
    /// (LiteDB builds a query per FindById, which dominated import time): the same message always has the same
    /// conversation and time, so a stored copy lies inside the batch's time range.
    /// </summary>
    private static HashSet<string> StoredIds(ILiteDatabase db, IReadOnlyList<ConversationMessage> messages)
    {
        var collection = db.GetCollection<MessageDocument>(Messages);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var conversation in messages.GroupBy(ConversationKeys.For, StringComparer.Ordinal))
        {
            var low = conversation.Key + "|" + Pad(conversation.Min(m => m.Timestamp.ToUnixTimeMilliseconds()));
            var high = conversation.Key + "|" + Pad(conversation.Max(m => m.Timestamp.ToUnixTimeMilliseconds()));
            foreach (var document in collection.Find(KeyBetween(low, high)))
            {
                ids.Add(document.Id);
            }
        }

        return ids;
    }

    public Task<IReadOnlyList<ConversationMessage>> RecentAsync(string conversationKey, int limit, DateTimeOffset? before = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var low = conversationKey + "|";
        var high = before is { } b ? low + Pad(b.ToUnixTimeMilliseconds() - 1) : conversationKey + HighBound;
        return Task.FromResult<IReadOnlyList<ConversationMessage>>(_store.Read(db =>
        {
            var newestFirst = db.GetCollection<MessageDocument>(Messages).Query()
                .Where(KeyBetween(low, high))
                .OrderByDescending(nameof(MessageDocument.Key))
                .Limit(limit)
                .ToList();
            newestFirst.Reverse();
            return newestFirst.Select(ToMessage).ToList();
        }));
    }

    public Task<IReadOnlyDictionary<string, ConversationMessage>> LatestAsync(IReadOnlyCollection<string> conversationKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationKeys);
        // One transaction for every lookup: in shared mode each transaction opens the file and reads its header again,
        // which cost about 2 ms and 450 KB per conversation when asked one by one.
        return Task.FromResult<IReadOnlyDictionary<string, ConversationMessage>>(_store.Read(db =>
        {
            var collection = db.GetCollection<MessageDocument>(Messages);
            var latest = new Dictionary<string, ConversationMessage>(StringComparer.Ordinal);
            foreach (var key in conversationKeys)
            {
                var newest = collection.Query()
                    .Where(KeyBetween(key + "|", key + HighBound))
                    .OrderByDescending(nameof(MessageDocument.Key))
                    .Limit(1)
                    .FirstOrDefault();
                if (newest is not null)
                {
                    latest[key] = ToMessage(newest);
                }
            }

            return latest;
        }));
    }

    public Task<int> CountAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.Read(db => db.GetCollection<MessageDocument>(Messages)
            .Count(KeyBetween(conversationKey + "|", conversationKey + HighBound))));

    public Task<IReadOnlyList<ConversationMessage>> SearchAsync(string conversationKey, string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needle = ContactIdentity.Fold(text);
        return Task.FromResult<IReadOnlyList<ConversationMessage>>(_store.Read(db => db.GetCollection<MessageDocument>(Messages).Query()
            .Where(KeyBetween(conversationKey + "|", conversationKey + HighBound))
            .OrderByDescending(nameof(MessageDocument.Key))
            .ToEnumerable()
            .Where(m => ContactIdentity.Fold(m.Text).Contains(needle, StringComparison.Ordinal))
            .Take(limit)
            .Select(ToMessage)
            .ToList()));
    }

    public Task SaveExchangesAsync(IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        if (exchanges.Count > 0)
        {
            _store.Write(db => db.GetCollection<ExchangeDocument>(Exchanges).Upsert(exchanges.Select(ToDocument)));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoredExchange>> ExchangesAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredExchange>>(_store.Read(db => db.GetCollection<ExchangeDocument>(Exchanges)
            .Find(x => x.Conversation == conversationKey)
            .Select(ToExchange)
            .ToList()));

    public Task<IReadOnlyList<StoredExchange>> ShortRepliesAsync(int maxReplyLength, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredExchange>>(_store.Read(db => db.GetCollection<ExchangeDocument>(Exchanges).Query()
            .Where(ShortReply, new BsonValue(maxReplyLength))
            .ToEnumerable()
            .Select(ToExchange)
            .ToList()));

    public Task<IReadOnlyList<ConversationEmbeddings>> CountEmbeddedAsync(string model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        // Only the two fields are projected, so no vector is decoded; one pass over the collection.
        return Task.FromResult<IReadOnlyList<ConversationEmbeddings>>(_store.Read(db => db.GetCollection<ExchangeDocument>(Exchanges).Query()
            .Select(ConversationAndModel)
            .ToEnumerable()
            .GroupBy(d => d["c"].AsString, StringComparer.Ordinal)
            .Select(g => new ConversationEmbeddings(g.Key, g.Count(), g.Count(d => d["m"].AsString == model)))
            .ToList()));
    }

    public Task<int> UpdateVectorsAsync(IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        return Task.FromResult(exchanges.Count == 0 ? 0 : _store.Write(db =>
        {
            var collection = db.GetCollection<ExchangeDocument>(Exchanges);
            var updated = 0;
            foreach (var exchange in exchanges)
            {
                if (collection.FindById(exchange.Id) is { } document && document.Incoming == exchange.Incoming)
                {
                    document.Vector = VectorCodec.Encode(exchange.Vector.Span);
                    document.Model = exchange.Model;
                    updated += collection.Update(document) ? 1 : 0;
                }
            }

            return updated;
        }));
    }

    // Parameterised, so it is compiled once (see BetweenKeys).
    private static readonly string ShortReply = "LENGTH($." + nameof(ExchangeDocument.Reply) + ") <= @0";

    private static readonly BsonExpression ConversationAndModel =
        BsonExpression.Create("{ c: $." + nameof(ExchangeDocument.Conversation) + ", m: $." + nameof(ExchangeDocument.Model) + " }");

    /// <summary>The index range <c>Key BETWEEN low AND high</c>, with the bounds as parameters.</summary>
    /// <remarks>
    /// Not <c>Query.Between</c>: it writes the bounds into the expression's text, and LiteDB compiles every distinct text
    /// to a delegate (Expression.Compile, so a JIT compile) and keeps it in a static cache forever. With a conversation key
    /// and a timestamp in every text, each recorded message cost several compiles (about a third of a reply's CPU) and
    /// the cache grew with every message. A parameterised text is compiled once and still uses the Key index.
    /// </remarks>
    private static BsonExpression KeyBetween(string low, string high) =>
        BsonExpression.Create(KeyBetweenText, new BsonValue(low), new BsonValue(high));

    private static string Pad(long unixMs) => Math.Max(0, unixMs).ToString("D15", CultureInfo.InvariantCulture);

    private static MessageDocument ToDocument(ConversationMessage message)
    {
        var conversation = ConversationKeys.For(message);
        var unixMs = message.Timestamp.ToUnixTimeMilliseconds();
        return new MessageDocument
        {
            Id = message.Id,
            Key = conversation + "|" + Pad(unixMs),
            ContactId = message.ContactId,
            GroupId = message.GroupId,
            Direction = (int)message.Direction,
            Text = message.Text,
            UnixMs = unixMs,
            OffsetMinutes = (int)message.Timestamp.Offset.TotalMinutes,
            WrittenByWhatStyle = message.WrittenByWhatStyle,
        };
    }

    internal static ConversationMessage ToMessage(MessageDocument doc) => new(
        doc.Id,
        doc.ContactId,
        doc.GroupId,
        (MessageDirection)doc.Direction,
        doc.Text,
        FromUnix(doc.UnixMs, doc.OffsetMinutes),
        doc.WrittenByWhatStyle);

    private static ExchangeDocument ToDocument(StoredExchange exchange) => new()
    {
        Id = exchange.Id,
        Conversation = exchange.ConversationKey,
        Incoming = exchange.Incoming,
        Reply = exchange.Reply,
        UnixMs = exchange.Timestamp.ToUnixTimeMilliseconds(),
        OffsetMinutes = (int)exchange.Timestamp.Offset.TotalMinutes,
        Vector = VectorCodec.Encode(exchange.Vector.Span),
        Model = exchange.Model,
    };

    internal static StoredExchange ToExchange(ExchangeDocument doc) => new(
        doc.Id,
        doc.Conversation,
        doc.Incoming,
        doc.Reply,
        FromUnix(doc.UnixMs, doc.OffsetMinutes),
        VectorCodec.Decode(doc.Vector),
        doc.Model);

    private static DateTimeOffset FromUnix(long unixMs, int offsetMinutes) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToOffset(TimeSpan.FromMinutes(offsetMinutes));
}
