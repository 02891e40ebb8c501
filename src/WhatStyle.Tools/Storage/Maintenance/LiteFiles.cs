using LiteDB;

namespace WhatStyle.Tools.Storage.Maintenance;

/// <summary>
/// Whole-file work on a LiteDB database for <c>whatstyle storage</c>: open it directly (never beside a live writer:
/// callers hold the bridge's lock), copy it into a new file under a password, and prove a copy holds what its source did.
/// </summary>
internal static class LiteFiles
{
    // What LiteDB's own rebuild carries over besides the documents and indexes (USER_VERSION is WhatStyle's data version).
    private static readonly string[] CopiedPragmas = ["USER_VERSION", "UTC_DATE", "TIMEOUT", "LIMIT_SIZE", "CHECKPOINT"];

    public static LiteDatabase Open(string path, string? password, bool readOnly) => new(new ConnectionString
    {
        Filename = path,
        Connection = ConnectionType.Direct,
        ReadOnly = readOnly,
        Password = string.IsNullOrEmpty(password) ? null : password,
    });

    /// <summary>
    /// Writes every collection, index and setting of <paramref name="source"/> into a new file <paramref name="target"/>
    /// encrypted with <paramref name="targetPassword"/>, with the source's collation; <paramref name="change"/> may
    /// rewrite a document on the way (the inbox cursor). Returns the documents copied per collection; <paramref name="copied"/>
    /// hears (copied, total) after each collection.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Copy(
        string source, string? sourcePassword, string target, string targetPassword, Func<string, BsonDocument, BsonDocument>? change = null,
        Action<string>? progress = null, IProgress<(long Done, long Total)>? copied = null)
    {
        using var from = Open(source, sourcePassword, readOnly: true);
        var collation = new Collation(from.Pragma("COLLATION").AsString);
        using var to = new LiteDatabase(new ConnectionString
        {
            Filename = target,
            Connection = ConnectionType.Direct,
            Password = targetPassword,
            Collation = collation,
        });

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = from.GetCollectionNames().Order(StringComparer.Ordinal).ToList();
        var total = copied is null ? 0 : names.Sum(name => (long)from.GetCollection(name).LongCount());
        foreach (var name in names)
        {
            var documents = from.GetCollection(name).FindAll().Select(d => change?.Invoke(name, d) ?? d);
            var collection = to.GetCollection(name);
            counts[name] = collection.InsertBulk(documents);
            progress?.Invoke($"  {name}: {counts[name]} document(s)");
            copied?.Report((counts.Values.Sum(c => (long)c), total));
            foreach (var index in Indexes(from, name))
            {
                collection.EnsureIndex(index.Name, BsonExpression.Create(index.Expression), index.Unique);
            }
        }

        foreach (var pragma in CopiedPragmas)
        {
            to.Pragma(pragma, from.Pragma(pragma));
        }

        to.Checkpoint();
        return counts;
    }

    /// <summary>
    /// Null when <paramref name="copy"/> holds exactly <paramref name="source"/>'s documents (after <paramref name="change"/>),
    /// indexes, collation and data version; else what differs, in one line.
    /// </summary>
    public static string? Difference(
        string source, string? sourcePassword, string copy, string copyPassword, Func<string, BsonDocument, BsonDocument>? change = null)
    {
        using var from = Open(source, sourcePassword, readOnly: true);
        using var to = Open(copy, copyPassword, readOnly: true);
        if (from.Pragma("COLLATION") != to.Pragma("COLLATION") || from.UserVersion != to.UserVersion)
        {
            return "the collation or the data version differs";
        }

        var names = from.GetCollectionNames().Order(StringComparer.Ordinal).ToList();
        if (!names.SequenceEqual(to.GetCollectionNames().Order(StringComparer.Ordinal)))
        {
            return "the collections differ";
        }

        foreach (var name in names)
        {
            using var expected = from.GetCollection(name).FindAll().GetEnumerator();
            using var actual = to.GetCollection(name).FindAll().GetEnumerator();
            var count = 0;
            while (true)
            {
                var more = expected.MoveNext();
                if (more != actual.MoveNext())
                {
                    return $"collection '{name}' has a different number of documents";
                }

                if (!more)
                {
                    break;
                }

                count++;
                var want = change?.Invoke(name, expected.Current) ?? expected.Current;
                if (!BsonSerializer.Serialize(want).AsSpan().SequenceEqual(BsonSerializer.Serialize(actual.Current)))
                {
                    return $"document {count} of collection '{name}' differs";
                }
            }

            if (!Indexes(from, name).Select(i => i.ToString()).Order(StringComparer.Ordinal)
                .SequenceEqual(Indexes(to, name).Select(i => i.ToString()).Order(StringComparer.Ordinal)))
            {
                return $"the indexes of collection '{name}' differ";
            }
        }

        return null;
    }

    private static IEnumerable<IndexInfo> Indexes(LiteDatabase database, string collection) =>
        database.GetCollection("$indexes").Find(Query.EQ("collection", collection))
            .Where(d => d["name"].AsString != "_id")
            .Select(d => new IndexInfo(d["name"].AsString, d["expression"].AsString, d["unique"].AsBoolean))
            .ToList();

    private sealed record IndexInfo(string Name, string Expression, bool Unique);
}
