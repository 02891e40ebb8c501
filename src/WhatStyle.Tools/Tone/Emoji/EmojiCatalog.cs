using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace WhatStyle.Tools.Tone.Emoji;

/// <summary>The project's emoji and emoticon knowledge (embedded emoji.tsv and emoticons.tsv).</summary>
internal sealed class EmojiCatalog
{
    private static readonly EmojiEntry s_flag = new("flag", "flag", Emotion.Neutral, 0.1f, EmojiFlags.None);
    private static readonly EmojiEntry s_keycap = new("keycap", "keycap", Emotion.Neutral, 0f, EmojiFlags.None);
    private static readonly EmojiEntry s_unknown = new("emoji", "emoji", Emotion.Neutral, 0f, EmojiFlags.None);

    private readonly Dictionary<string, EmojiEntry> _emoji;
    private readonly Dictionary<string, EmojiEntry>.AlternateLookup<ReadOnlySpan<char>> _emojiLookup;

    private EmojiCatalog(Dictionary<string, EmojiEntry> emoji, IReadOnlyList<EmojiEntry> emoticons)
    {
        _emoji = emoji;
        _emojiLookup = emoji.GetAlternateLookup<ReadOnlySpan<char>>();

        // Longest first, so ":((" wins over ":(" and ">:(" over ":(".
        Emoticons = [.. emoticons.OrderByDescending(e => e.Key.Length)];
    }

    /// <summary>Emoticons, longest first.</summary>
    /// <remarks>An immutable array rather than a list interface: the scanner walks it for most punctuation characters,
    /// and a foreach over the interface boxed an enumerator every time.</remarks>
    public ImmutableArray<EmojiEntry> Emoticons { get; }

    public int EmojiCount => _emoji.Count;

    public static EmojiCatalog Load() =>
        Parse(EmbeddedText.Read("Emoji.emoji.tsv"), EmbeddedText.Read("Emoji.emoticons.tsv"));

    internal static EmojiCatalog Parse(string emojiTsv, string emoticonTsv)
    {
        var emoji = new Dictionary<string, EmojiEntry>(StringComparer.Ordinal);
        foreach (var entry in ParseEntries(emojiTsv))
        {
            emoji.TryAdd(NormalizeKey(entry.Key), entry);
        }

        var emoticons = ParseEntries(emoticonTsv).DistinctBy(e => e.Key).ToList();
        return new EmojiCatalog(emoji, emoticons);
    }

    /// <summary>Reads one emoji grapheme cluster: skin tones and U+FE0F are ignored, ZWJ sequences fall back to their first part.</summary>
    public EmojiEntry Describe(ReadOnlySpan<char> cluster)
    {
        if (IsFlag(cluster))
        {
            return s_flag;
        }

        if (cluster.Length >= 2 && cluster[^1] == '\u20E3')
        {
            return s_keycap;
        }

        Span<char> buffer = stackalloc char[Math.Min(cluster.Length, 64)];
        var length = StripModifiers(cluster, buffer);
        var key = buffer[..length];
        if (_emojiLookup.TryGetValue(key, out var entry))
        {
            return entry;
        }

        // "👩‍❤️‍👨" or "🤦‍♀️": the first part of a ZWJ sequence carries the meaning.
        var zwj = key.IndexOf('\u200D');
        if (zwj > 0 && _emojiLookup.TryGetValue(key[..zwj], out entry))
        {
            return entry;
        }

        return s_unknown;
    }

    private static bool IsFlag(ReadOnlySpan<char> cluster)
    {
        // Two regional indicators (U+1F1E6..U+1F1FF), each a surrogate pair starting with U+D83C U+DDE6..DDFF.
        return cluster.Length == 4 && cluster[0] == '\uD83C' && cluster[1] >= '\uDDE6' && cluster[1] <= '\uDDFF'
            && cluster[2] == '\uD83C' && cluster[3] >= '\uDDE6' && cluster[3] <= '\uDDFF';
    }

    private static int StripModifiers(ReadOnlySpan<char> cluster, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < cluster.Length && length < destination.Length; i++)
        {
            var c = cluster[i];
            if (c == '\uFE0F' || c == '\uFE0E')
            {
                continue;
            }

            // Skin tones U+1F3FB..U+1F3FF are U+D83C U+DFFB..U+DFFF.
            if (c == '\uD83C' && i + 1 < cluster.Length && cluster[i + 1] >= '\uDFFB' && cluster[i + 1] <= '\uDFFF')
            {
                i++;
                continue;
            }

            destination[length++] = c;
        }

        return length;
    }

    private static string NormalizeKey(string key)
    {
        Span<char> buffer = stackalloc char[Math.Min(key.Length, 64)];
        return new string(buffer[..StripModifiers(key, buffer)]);
    }

    private static IEnumerable<EmojiEntry> ParseEntries(string tsv)
    {
        foreach (var line in EmbeddedText.DataLines(tsv))
        {
            var parts = line.Split('\t');
            var flags = EmojiFlags.None;
            if (parts.Length > 4)
            {
                foreach (var flag in parts[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    flags |= Enum.Parse<EmojiFlags>(flag, ignoreCase: true);
                }
            }

            yield return new EmojiEntry(
                parts[0].Normalize(NormalizationForm.FormC),
                parts[1],
                EmbeddedText.ParseEmotion(parts[2]),
                float.Parse(parts[3], CultureInfo.InvariantCulture),
                flags);
        }
    }
}
