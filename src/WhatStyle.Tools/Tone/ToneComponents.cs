using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Tone.Language;
using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone;

/// <summary>The immutable knowledge the analyser and the trainer share: lexicon, emoji catalog, language cues.</summary>
internal sealed class ToneComponents
{
    private static readonly Lazy<ToneComponents> s_shared = new(() => new ToneComponents(ToneLexicon.Load(), EmojiCatalog.Load(), LanguageDetector.Load()));

    public ToneComponents(ToneLexicon lexicon, EmojiCatalog emoji, LanguageDetector language)
    {
        Lexicon = lexicon;
        Emoji = emoji;
        Language = language;
        Scanner = new MessageScanner(lexicon, emoji);
    }

    /// <summary>Loaded once per process from the embedded data files.</summary>
    public static ToneComponents Shared => s_shared.Value;

    public ToneLexicon Lexicon { get; }

    public EmojiCatalog Emoji { get; }

    public LanguageDetector Language { get; }

    public MessageScanner Scanner { get; }
}
