using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>
/// Trains a new version of the owner's voice model from everything there is to learn from (see
/// <see cref="VoiceExampleSource"/>) and keeps it in the <see cref="VoiceModelStore"/>. Used by <c>whatstyle train
/// --voice</c>, by the hosts' background retraining, and by <c>eval voice</c>.
/// </summary>
public sealed class VoiceTrainer
{
    private readonly VoiceExampleSource _source;
    private readonly IToneAnalyzer _tone;
    private readonly VoiceModelStore _store;
    private readonly VoiceModelOptions _options;
    private readonly TimeProvider _time;
    private readonly VoiceModels? _models;

    public VoiceTrainer(
        IContactDirectory contacts,
        IMessageRepository messages,
        IToneAnalyzer tone,
        VoiceModelStore store,
        IOptions<VoiceModelOptions> options,
        TimeProvider time,
        IDraftStore? drafts = null,
        VoiceModels? models = null)
    {
        _options = options.Value;
        _source = new VoiceExampleSource(contacts, messages, _options, drafts);
        _tone = tone;
        _store = store;
        _time = time;
        _models = models;
    }

    /// <param name="force">Train even when the examples are the ones the newest version learned from.</param>
    public async Task<VoiceTrainingResult> TrainAsync(bool force, CancellationToken cancellationToken = default)
    {
        var examples = await _source.CollectAsync(cancellationToken);
        var newest = _store.Versions() is [var latest, ..] ? _store.Manifest(latest) : null;
        if (examples.Count < _options.MinExamples)
        {
            return new VoiceTrainingResult(newest, false, $"{examples.Count} replies and decided drafts to learn from; at least {_options.MinExamples} are needed");
        }

        var source = Digest(examples);
        if (!force && newest is not null && newest.Source == source)
        {
            return new VoiceTrainingResult(newest, false, "nothing new since the newest version");
        }

        // Each incoming message is read the way a new one is when the model predicts: the same reading, the same features.
        var readings = _tone.AnalyzeBatch([.. examples.Select(e => e.Incoming)]);
        var inputs = examples.Select((e, i) => (VoiceInput.From(e.ContactId, e.Incoming, readings[i]), e)).ToList();
        var counts = Enum.GetValues<VoiceExampleKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), k => examples.Count(e => e.Kind == k), StringComparer.Ordinal);
        var manifest = _store.Add(directory => VoiceModelTrainer.Train(inputs, directory, cancellationToken), _time.GetUtcNow(), counts, source);
        _models?.Refresh(force: true);
        return new VoiceTrainingResult(manifest, true);
    }

    private static string Digest(IReadOnlyList<VoiceExample> examples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in examples)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{e.ContactId}\u001f{e.Kind}\u001f{e.Incoming}\u001f{e.Reply}\u001e"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
