namespace WhatStyle.Tools.Tone.Rules;

/// <summary>Collects the cues behind a reading, capped so a 100 KB message cannot produce thousands.</summary>
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

    public IReadOnlyList<ToneCue> ToList() => _cues.ToArray();
}
