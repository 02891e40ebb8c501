using LiteDB;
using Npgsql;

namespace WhatStyle.Storage.Postgres.Copy;

/// <summary>One LiteDB collection copied into PostgreSQL in batches, in LiteDB's _id order (keyset pages: resumable after any batch).</summary>
internal interface ICopyStep
{
    string Store { get; }

    long Count(ILiteDatabase source);

    /// <summary>Writes the documents after <paramref name="after"/> (all when null), at most <paramref name="batchSize"/>; returns them and the last id.</summary>
    Task<(int Copied, string? LastId)> CopyBatchAsync(
        ILiteDatabase source, NpgsqlConnection connection, NpgsqlTransaction transaction, string? after, int batchSize, CancellationToken cancellationToken);
}

/// <remarks>The checkpoint keeps the last id as text; <c>idValue</c> turns it back into a non-string _id (the sticker history's Int64).</remarks>
internal sealed class CopyStep<TDocument>(
    string store,
    Func<TDocument, string> id,
    Func<NpgsqlConnection, NpgsqlTransaction, IReadOnlyList<TDocument>, CancellationToken, Task> write,
    Func<string, BsonValue>? idValue = null) : ICopyStep
{
    private const string AfterText = "_id > @0";

    public string Store => store;

    public long Count(ILiteDatabase source) => source.GetCollection<TDocument>(store).LongCount();

    public async Task<(int Copied, string? LastId)> CopyBatchAsync(
        ILiteDatabase source, NpgsqlConnection connection, NpgsqlTransaction transaction, string? after, int batchSize, CancellationToken cancellationToken)
    {
        var query = source.GetCollection<TDocument>(store).Query();
        if (after is not null)
        {
            query = query.Where(BsonExpression.Create(AfterText, idValue is null ? new BsonValue(after) : idValue(after)));
        }

        var documents = query.OrderBy("_id").Limit(batchSize).ToList();
        if (documents.Count > 0)
        {
            await write(connection, transaction, documents, cancellationToken).ConfigureAwait(false);
        }

        return (documents.Count, documents.Count > 0 ? id(documents[^1]) : after);
    }
}
