namespace WhatStyle.Tools.Tone.Rules;

/// <summary>Collects the cues behind a reading, capped so a 100 KB message cannot produce thousands.</summary>
/// <remarks>Reusable (<see cref="Clear"/>): the analyser keeps one per thread, so only the result array is new per message.</remarks>
internal sealed class CueList
{
    /// <summary>Enough to explain any real chat message; the strongest cues are added first.</summary>
    public const int MaxCues = 40;

    private readonly List<ToneCue> _cues = new(12);

    public void Add(string dimension, string signal, double weight)
    {
        if (_cues.Count < MaxCues)
        {
            _cues.Add(new ToneCue(dimension, signal, Math.Round(weight, 3)));
        }
    }

    public bool Contains(string dimension, string signal) =>
        _cues.Exists(c => c.Dimension == dimension && c.Signal == signal);

    /// <summary>The cues so far, as a new array of exactly their number (later changes to this list do not show in it).</summary>
    public IReadOnlyList<ToneCue> ToList() => _cues.ToArray();

    public void Clear() => _cues.Clear();
}
