using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>
/// The voice model a process uses: the newest version that reads back whole, picked up again when another process
/// trains a newer one. A damaged version is reported in one warning line and the one before it is used; with none,
/// <see cref="Predict"/> returns null and replies behave as without a model.
/// </summary>
public sealed class VoiceModels(VoiceModelStore store, IOptions<VoiceModelOptions> options, TimeProvider time, ILogger<VoiceModels> logger)
{
    private readonly Lock _gate = new();
    private VoiceModel? _current;
    private int _newestSeen = -1;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    /// <summary>The model in use, or null when none has been trained (or none reads back).</summary>
    public VoiceModel? Current
    {
        get
        {
            Refresh(force: false);
            return _current;
        }
    }

    /// <summary>Why newer versions were passed over at the last load (one line each); empty when the newest was used.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The owner's predicted reply style, or null without a model.</summary>
    public VoicePrediction? Predict(VoiceInput input) => Current?.Predict(input);

    /// <summary>Looks for a newer version now (forced) or when the reload interval has passed.</summary>
    public void Refresh(bool force)
    {
        var now = time.GetUtcNow();
        if (!force && now - _checkedAt < options.Value.ReloadInterval)
        {
            return;
        }

        lock (_gate)
        {
            if (!force && now - _checkedAt < options.Value.ReloadInterval)
            {
                return;
            }

            var newest = store.Versions().FirstOrDefault(-1);
            if (newest != _newestSeen || force)
            {
                var (model, problems) = store.LoadNewest();
                foreach (var problem in problems)
                {
                    logger.LogWarning("{Problem}", problem);
                }

                Problems = problems;
                _current = model;
                _newestSeen = newest;
            }

            // Stamped after the load: a caller arriving meanwhile waits for it rather than reading the model it replaces.
            _checkedAt = now;
        }
    }
}
