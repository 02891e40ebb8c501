namespace WhatStyle.Tools.Tone.Text;

/// <summary>Everything the scanner saw in one message, in one pass: words, emoji, punctuation and shape.</summary>
internal sealed class ScannedMessage
{
    public ScannedMessage(string text, int scannedLength)
    {
        Text = text;
        ScannedLength = scannedLength;
        Folded = new char[scannedLength];
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>How much of the text was read (very long messages are read up to a limit).</summary>
    public int ScannedLength { get; }

    /// <summary>Folded word forms, back to back (lower-case, straight apostrophes, runs of 3+ letters cut to 2).</summary>
    public char[] Folded { get; }

    public int FoldedLength { get; set; }

    public List<WordToken> Words { get; } = new(16);

    public List<FoundEmoji> Emojis { get; } = new(4);

    public int Exclamations { get; set; }

    /// <summary>The longest run of '!' (e.g. 3 for "!!!").</summary>
    public int LongestExclamationRun { get; set; }

    public int Questions { get; set; }

    /// <summary>Mixed runs such as "?!" or "!?".</summary>
    public int Interrobangs { get; set; }

    public int Ellipses { get; set; }

    public int Periods { get; set; }

    public int Commas { get; set; }

    public int Letters { get; set; }

    public int UpperLetters { get; set; }

    public int Urls { get; set; }

    public int Mentions { get; set; }

    /// <summary>True when the first letter of the message is upper-case.</summary>
    public bool StartsCapitalized { get; set; }

    /// <summary>True when the message ends with '.', '!' or '?' (after any emoji).</summary>
    public bool EndsWithPunctuation { get; set; }

    /// <summary>Letters counted per writing system, indexed by <see cref="Script"/>.</summary>
    public int[] ScriptLetters { get; } = new int[(int)Script.Other + 1];

    public ReadOnlySpan<char> FoldedOf(in WordToken word) => Folded.AsSpan(word.FoldStart, word.FoldLength);

    public string OriginalOf(in WordToken word) => Text.Substring(word.Start, word.Length);

    public string OriginalOf(in FoundEmoji emoji) => Text.Substring(emoji.Start, emoji.Length);

    /// <summary>The word as written, without a copy: for cue text built around it ($"word:{...}").</summary>
    public ReadOnlySpan<char> SpanOf(in WordToken word) => Text.AsSpan(word.Start, word.Length);

    /// <summary>The emoji as written, without a copy.</summary>
    public ReadOnlySpan<char> SpanOf(in FoundEmoji emoji) => Text.AsSpan(emoji.Start, emoji.Length);
}
