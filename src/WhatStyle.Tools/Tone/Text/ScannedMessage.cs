namespace WhatStyle.Tools.Tone.Text;

/// <summary>Everything the scanner saw in one message, in one pass: words, emoji, punctuation and shape.</summary>
/// <remarks>
/// Reusable: the analyser scans into one instance per thread (<see cref="ThreadScratch{T}"/>), since the lists and
/// buffers of a message were a quarter of its garbage. <see cref="Reset"/> clears every member; whoever reuses an
/// instance must not hand it, or anything that reads it later, out of the call.
/// </remarks>
internal sealed class ScannedMessage
{
    /// <summary>Above this many characters an instance is not kept for reuse, so one huge message does not hold its
    /// buffers on a thread for good.</summary>
    private const int ReusableChars = 2_048;

    /// <summary>An empty message, to be <see cref="Reset"/> before use.</summary>
    public ScannedMessage()
    {
    }

    public ScannedMessage(string text, int scannedLength) => Reset(text, scannedLength);

    /// <summary>The original text.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>How much of the text was read (very long messages are read up to a limit).</summary>
    public int ScannedLength { get; private set; }

    /// <summary>Folded word forms, back to back (lower-case, straight apostrophes, runs of 3+ letters cut to 2).</summary>
    /// <remarks>At least <see cref="ScannedLength"/> long (a reused buffer may be longer); <see cref="FoldedLength"/> is used.</remarks>
    public char[] Folded { get; private set; } = [];

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

    /// <summary>True when the instance is small enough to keep for the next message.</summary>
    public bool Reusable => Folded.Length <= ReusableChars;

    /// <summary>Makes this instance a fresh, empty scan of <paramref name="text"/> (every member as a new instance has it).</summary>
    public void Reset(string text, int scannedLength)
    {
        Text = text;
        ScannedLength = scannedLength;
        if (Folded.Length < scannedLength)
        {
            Folded = new char[scannedLength];
        }

        FoldedLength = 0;
        Words.Clear();
        Emojis.Clear();
        Exclamations = 0;
        LongestExclamationRun = 0;
        Questions = 0;
        Interrobangs = 0;
        Ellipses = 0;
        Periods = 0;
        Commas = 0;
        Letters = 0;
        UpperLetters = 0;
        Urls = 0;
        Mentions = 0;
        StartsCapitalized = false;
        EndsWithPunctuation = false;
        Array.Clear(ScriptLetters);
    }

    public ReadOnlySpan<char> FoldedOf(in WordToken word) => Folded.AsSpan(word.FoldStart, word.FoldLength);

    public string OriginalOf(in WordToken word) => Text.Substring(word.Start, word.Length);

    public string OriginalOf(in FoundEmoji emoji) => Text.Substring(emoji.Start, emoji.Length);

    /// <summary>The word as written, without a copy: for cue text built around it ($"word:{...}").</summary>
    public ReadOnlySpan<char> SpanOf(in WordToken word) => Text.AsSpan(word.Start, word.Length);

    /// <summary>The emoji as written, without a copy.</summary>
    public ReadOnlySpan<char> SpanOf(in FoundEmoji emoji) => Text.AsSpan(emoji.Start, emoji.Length);
}
