using Microsoft.Extensions.Options;

namespace WhatStyle.Tools.Stickers;

/// <summary>
/// Filters the catalogue by the hard rules (<see cref="StickerRules"/>, the requested moment, never the sticker this
/// contact got last), then scores what is left by intensity and the owner's habits with the contact.
/// </summary>
/// <remarks>
/// Deterministic: the same catalogue, request and history always give the same sticker. Ties go to the smaller id
/// (ordinal), so no randomness is hidden here.
/// </remarks>
internal sealed class StickerSelector : IStickerSelector
{
    private const int HabitSaturation = 3;

    private readonly IStickerCatalog _catalog;
    private readonly IStickerHistory _history;
    private readonly TimeProvider _time;
    private readonly StickerOptions _options;

    public StickerSelector(IStickerCatalog catalog, IStickerHistory history, TimeProvider time, IOptions<StickerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _catalog = catalog;
        _history = history;
        _time = time;
        _options = options.Value;
    }

    public async Task<Sticker?> SelectAsync(StickerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Intensity is { } requested && (double.IsNaN(requested) || requested < 0 || requested > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(request), requested, "Intensity must be between 0 and 1.");
        }

        var history = string.IsNullOrWhiteSpace(request.ContactId)
            ? []
            : await _history.RecentAsync(request.ContactId, _options.HistoryWindow, cancellationToken);
        var lastSent = history.Count > 0 ? history[0].StickerId : null;

        var candidates = _catalog.All
            .Where(s => StickerRules.Suits(s, request.Relationship))
            .Where(s => StickerRules.FitsEmotion(s, request.Emotion, request.Moment))
            .Where(s => StickerRules.FitsMoment(s, request.Moment))
            .Where(s => !string.Equals(s.Id, lastSent, StringComparison.Ordinal))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var habits = Habits.From(history, _catalog);
        return candidates
            .Select(s => (Sticker: s, Score: Score(s, request, habits)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Sticker.Id, StringComparer.Ordinal)
            .First()
            .Sticker;
    }

    public Task RecordSentAsync(string contactId, string stickerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        ArgumentException.ThrowIfNullOrWhiteSpace(stickerId);
        return _history.RecordAsync(new StickerUse(contactId, stickerId, _time.GetUtcNow()), cancellationToken);
    }

    private double Score(Sticker sticker, StickerRequest request, Habits habits)
    {
        // Without a requested intensity, a middling sticker is the safe guess: nothing over the top.
        var intensityFit = 1 - Math.Abs(sticker.Intensity - (request.Intensity ?? 0.5));
        var stickerHabit = Math.Min(habits.CountOf(sticker.Id), HabitSaturation) / (double)HabitSaturation;
        var momentHabit = habits.MomentShare(sticker.Moments);
        var ownPack = sticker.Pack == StickerCatalog.StarterPack ? 0 : 1;

        // Emotions are listed strongest first; a sticker made for this feeling beats one that merely allows it.
        var primary = sticker.Emotions.Count > 0 && sticker.Emotions[0] == request.Emotion ? 1 : 0;

        return (_options.IntensityWeight * intensityFit)
            + (_options.PrimaryEmotionWeight * primary)
            + (_options.StickerHabitWeight * stickerHabit)
            + (_options.MomentHabitWeight * momentHabit)
            + (_options.OwnPackBonus * ownPack);
    }

    /// <summary>What the owner tends to send this contact: per-sticker counts and the share of sends per moment.</summary>
    private sealed class Habits
    {
        private readonly Dictionary<string, int> _stickerCounts;
        private readonly Dictionary<string, int> _momentCounts;
        private readonly int _total;

        private Habits(Dictionary<string, int> stickerCounts, Dictionary<string, int> momentCounts, int total)
        {
            _stickerCounts = stickerCounts;
            _momentCounts = momentCounts;
            _total = total;
        }

        public static Habits From(IReadOnlyList<StickerUse> history, IStickerCatalog catalog)
        {
            var stickers = new Dictionary<string, int>(StringComparer.Ordinal);
            var moments = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var use in history)
            {
                stickers[use.StickerId] = stickers.GetValueOrDefault(use.StickerId) + 1;

                // A sticker since removed from the catalogue still counts as a send, just without moments.
                foreach (var moment in catalog.Find(use.StickerId)?.Moments ?? [])
                {
                    moments[moment] = moments.GetValueOrDefault(moment) + 1;
                }
            }

            return new Habits(stickers, moments, history.Count);
        }

        public int CountOf(string stickerId) => _stickerCounts.GetValueOrDefault(stickerId);

        /// <summary>Share of sends (0..1) that carried the most-used of these moments.</summary>
        public double MomentShare(IReadOnlyList<string> moments) =>
            _total == 0 || moments.Count == 0
                ? 0
                : moments.Max(m => _momentCounts.GetValueOrDefault(m)) / (double)_total;
    }
}
