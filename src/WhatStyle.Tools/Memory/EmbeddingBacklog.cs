using Microsoft.Extensions.AI;

namespace WhatStyle.Tools.Memory;

/// <summary>
/// Gives waiting exchanges (an import's, or any made by another model) their vector of meaning. Which exchanges wait is
/// read from the store each pass (an exchange whose vector is not the current model's), so nothing needs marking and a
/// restart resumes by itself; each batch is written before the next is encoded.
/// </summary>
internal sealed class EmbeddingBacklog(
    IMessageRepository messages,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    ExchangeIndex index) : IEmbeddingBacklog
{
    // Small batches: the sentence model serves one call at a time, so a reply's own reading waits for at most one batch
    // (about a quarter of a second on two cores), and a stop loses little.
    internal const int Batch = 32;

    private readonly SemaphoreSlim _pass = new(1, 1);
    private (string Model, int Dimensions)? _model;
    private volatile EmbeddingProgress _progress = EmbeddingProgress.Idle;

    public EmbeddingProgress Progress => _progress;

    public async Task<IReadOnlyList<ConversationEmbeddings>> StatusAsync(CancellationToken cancellationToken = default)
    {
        var (model, _) = await ModelAsync(cancellationToken);
        return await messages.CountEmbeddedAsync(model, cancellationToken);
    }

    public async Task<int> EmbedPendingAsync(IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // One pass at a time in a process; two processes at once (a bridge and `memory embed`) only do some work twice.
        await _pass.WaitAsync(cancellationToken);
        try
        {
            var (model, dimensions) = await ModelAsync(cancellationToken);
            var waiting = (await messages.CountEmbeddedAsync(model, cancellationToken)).Where(c => c.Pending > 0).ToList();
            var total = waiting.Sum(c => c.Pending);
            var done = 0;
            Report(new EmbeddingProgress(0, total, total > 0), progress);
            // The smaller conversations first: most contacts are ready by meaning early, the long chats follow.
            foreach (var conversation in waiting.OrderBy(c => c.Pending))
            {
                var stored = await messages.ExchangesAsync(conversation.ConversationKey, cancellationToken);
                var pending = stored.Where(x => !x.HasVectorOf(model, dimensions)).OrderByDescending(x => x.Timestamp).ToList();
                foreach (var chunk in pending.Chunk(Batch))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var vectors = await embedder.GenerateAsync(chunk.Select(x => x.Incoming), cancellationToken: cancellationToken);
                    List<StoredExchange> embedded = [.. chunk.Select((x, i) => x with { Vector = vectors[i].Vector, Model = model })];
                    await messages.UpdateVectorsAsync(embedded, cancellationToken);
                    index.UpdateVectors(conversation.ConversationKey, embedded);
                    done += embedded.Count;
                    Report(new EmbeddingProgress(Math.Min(done, total), Math.Max(total, done), true), progress);
                }
            }

            Report(new EmbeddingProgress(done, Math.Max(total, done), false), progress);
            return done;
        }
        catch
        {
            _progress = _progress with { Running = false };
            throw;
        }
        finally
        {
            _pass.Release();
        }
    }

    private void Report(EmbeddingProgress value, IProgress<EmbeddingProgress>? progress)
    {
        _progress = value;
        progress?.Report(value);
    }

    /// <summary>The current model's id and vector length, as memory stores them (read once from one embedding).</summary>
    private async Task<(string Model, int Dimensions)> ModelAsync(CancellationToken cancellationToken)
    {
        if (_model is { } known)
        {
            return known;
        }

        // The generator's own description when it gives both (no model load just to read a status); else one embedding.
        if (embedder.GetService<EmbeddingGeneratorMetadata>() is { DefaultModelId: { } id, DefaultModelDimensions: { } length })
        {
            _model = (id, length);
            return _model.Value;
        }

        var probe = (await embedder.GenerateAsync(["ok"], cancellationToken: cancellationToken))[0];
        var model = probe.ModelId ?? embedder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "unknown";
        _model = (model, probe.Vector.Length);
        return _model.Value;
    }
}
