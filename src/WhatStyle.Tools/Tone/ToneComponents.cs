using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Tone.Gloss;
using WhatStyle.Tools.Tone.Language;
using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone;

/// <summary>The immutable knowledge the analyser and the trainer share: lexicon (with the words other languages borrow), emoji catalog, language cues.</summary>
internal sealed class ToneComponents
{
    private static readonly Lazy<ToneComponents> s_shared = new(() => new ToneComponents(ToneLexicon.Load(), EmojiCatalog.Load(), LanguageDetector.Load()));

    public ToneComponents(ToneLexicon lexicon, EmojiCatalog emoji, LanguageDetector language)
    {
        Lexicon = lexicon;
        Emoji = emoji;
        Language = language;
        Scanner = new MessageScanner(lexicon, emoji);
        // Built on the first message in another language: an English-only process never reads the glossaries.
        _borrowed = new Lazy<BorrowedLexicon>(() => BorrowedLexicon.Build(lexicon, EnglishGloss.Shared), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<BorrowedLexicon> _borrowed;

    /// <summary>Loaded once per process from the embedded data files.</summary>
    public static ToneComponents Shared => s_shared.Value;

    public ToneLexicon Lexicon { get; }

    public EmojiCatalog Emoji { get; }

    public LanguageDetector Language { get; }

    public MessageScanner Scanner { get; }

    /// <summary>The es, fr, de and pt words the lexicon lacks, read through the glossary's English.</summary>
    public BorrowedLexicon Borrowed => _borrowed.Value;
}
