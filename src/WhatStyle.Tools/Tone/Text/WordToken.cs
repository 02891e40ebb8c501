using WhatStyle.Tools.Tone.Lexicon;

namespace WhatStyle.Tools.Tone.Text;

/// <summary>One word of a message: where it is, its folded form, and what the lexicon knows about it.</summary>
/// <param name="Start">Offset in the original text.</param>
/// <param name="Length">Length in the original text.</param>
/// <param name="FoldStart">Offset of the folded (lower-case, de-elongated) form in <see cref="ScannedMessage.Folded"/>.</param>
/// <param name="FoldLength">Length of the folded form.</param>
/// <param name="Entry">The lexicon entry, when the word is in the lexicon.</param>
/// <param name="Shape">All-caps, elongated, negated, hashtag, capitalised.</param>
internal readonly record struct WordToken(int Start, int Length, int FoldStart, int FoldLength, LexiconEntry? Entry, WordShape Shape)
{
    public bool Is(WordShape shape) => (Shape & shape) != 0;
}

/// <summary>How a word was written.</summary>
[Flags]
internal enum WordShape
{
    None = 0,
    AllCaps = 1 << 0,
    Elongated = 1 << 1,
    Negated = 1 << 2,
    Hashtag = 1 << 3,
    Capitalized = 1 << 4,
    Numeric = 1 << 5,
}
