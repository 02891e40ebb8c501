using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>Formal or casual, from how the message is written: length, word length, pronouns, contractions, slang,
/// capitals and punctuation, emoji.</summary>
/// <remarks>
/// Hand-written rules: no data set WhatStyle may ship a model from labels formality. The weights were set by hand
/// and checked against Pavlick's ratings (measure-and-tune use only, per ../shared/data/README.md). Chat signals
/// (emoji, elongation, shouting) barely occur there; their weights come from what chat looks like.
/// </remarks>
internal static class FormalityRules
{
    private const double Bias = -10.5;

    /// <summary>Per doubling of the word count: longer sentences read more formal, with diminishing returns, so a
    /// long rambling chat message is still pulled back by its casual cues.</summary>
    private const double LengthWeight = 1.5;

    private const double WordLengthWeight = 0.7;

    private static readonly HashSet<string> s_pronouns = new(["i", "me", "my", "you", "your", "we", "us", "our", "mine", "yours", "u", "ur"], StringComparer.Ordinal);

    private static readonly HashSet<string> s_conversational = new(
        ["just", "well", "so", "really", "pretty", "lot", "lots", "stuff", "thing", "things", "get", "got", "gonna", "wanna", "guy", "guys",
         "kinda", "yeah", "yes", "no", "ok", "okay", "like", "oh", "lol", "hey", "maybe", "anyway", "actually", "totally", "basically"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> s_formal = new(
        ["however", "therefore", "furthermore", "moreover", "thus", "whom", "shall", "regarding", "concerning", "accordingly",
         "according", "approximately", "including", "although", "whereas", "announced", "said", "officials"],
        StringComparer.Ordinal);

    private static readonly string[] s_suffixes = ["tion", "ment", "ity", "ance", "ence", "ive", "ial", "ous"];

    /// <summary>Sentences that open on an article, a preposition or a subordinator are written, not chatted.</summary>
    private static readonly HashSet<string> s_writtenOpeners = new(
        ["the", "a", "an", "this", "these", "those", "in", "on", "at", "after", "during", "despite", "although", "while", "however",
         "according", "since", "its", "his", "her", "their", "under", "with", "by", "from", "as"],
        StringComparer.Ordinal);

    /// <summary>Openers of spoken-style sentences ("so ...", "well ...", "lol ...").</summary>
    private static readonly HashSet<string> s_spokenOpeners = new(
        ["so", "well", "and", "but", "because", "or", "yeah", "yes", "no", "oh", "lol", "ok", "okay", "like", "hey", "hi", "um", "uh"],
        StringComparer.Ordinal);

    private static readonly PhraseSet s_formalOpenings = new(["good morning", "good afternoon", "good evening", "dear", "kind regards", "best regards", "sincerely"]);

    /// <summary>The polite formulas of service and business messages ("Thank you for your patience", "Please let us
    /// know", "We would like to inform you"). They say formal even where the message is full of "we" and "you",
    /// which in other writing mark a chat.</summary>
    private static readonly PhraseSet s_politeFormulas = new(
    [
        "thank you for", "please find", "please note", "please let us know", "please do not", "kindly", "we would like",
        "i would like", "would you be", "could you please", "would you please", "at your earliest convenience",
        "do not hesitate", "we are pleased", "we regret", "we apologize", "we apologise", "we appreciate", "your patience",
        "your understanding", "your application", "your request", "your order", "your appointment", "your account",
        "look forward to", "further information", "feel free to contact",
    ]);

    public static FormalityReading Read(ScannedMessage message, CueList cues)
    {
        var words = message.Words;
        if (words.Count == 0)
        {
            // Emoji or punctuation only: nobody writes that formally.
            cues.Add(Dimensions.Formality, "shape:no words", -1);
            return new FormalityReading(FormalityLabel.Casual, message.Emojis.Count > 0 ? 0.1 : 0.4);
        }

        var pronouns = s_pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var conversational = s_conversational.GetAlternateLookup<ReadOnlySpan<char>>();
        var formalWords = s_formal.GetAlternateLookup<ReadOnlySpan<char>>();
        int letters = 0, pronounCount = 0, informal = 0, chat = 0, formal = 0, contractions = 0, lowerI = 0, capitalsInside = 0, suffixed = 0;
        bool digits = false, shouting = false, elongated = false;
        string? informalWord = null, formalWord = null, contraction = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var form = message.FoldedOf(word);
            letters += form.Length;
            digits |= word.Is(WordShape.Numeric);
            shouting |= word.Is(WordShape.AllCaps) && form.Length >= 3;
            elongated |= word.Is(WordShape.Elongated);
            capitalsInside += i > 0 && word.Is(WordShape.Capitalized) ? 1 : 0;
            pronounCount += pronouns.Contains(form) ? 1 : 0;
            lowerI += form is "i" && message.Text[word.Start] == 'i' ? 1 : 0;
            suffixed += EndsWithSuffix(form) ? 1 : 0;
            var slang = word.Entry?.Has(LexiconFlags.Slang) == true;
            if (conversational.Contains(form) || slang)
            {
                informal++;
                chat += slang && !conversational.Contains(form) ? 1 : 0;
                informalWord ??= message.OriginalOf(word);
            }

            if (formalWords.Contains(form) || word.Entry?.Has(LexiconFlags.Formal) == true)
            {
                formal++;
                formalWord ??= message.OriginalOf(word);
            }

            if (form.Contains('\'') && !form.EndsWith("'s"))
            {
                contractions++;
                contraction ??= message.OriginalOf(word);
            }
        }

        var n = words.Count;
        var meanLength = letters / (double)n;
        var score = Bias + (LengthWeight * Math.Log2(1 + n)) + (WordLengthWeight * meanLength);
        cues.Add(Dimensions.Formality, $"shape:{n} words, mean length {meanLength:0.0}", score);
        var scoreRef = new Scorer(cues, score);
        if (pronounCount > 0)
        {
            scoreRef.Add("word:personal pronouns", -4.0 * pronounCount / n);
        }

        if (informal > 0)
        {
            scoreRef.Add($"word:{informalWord} (conversational)", -0.3 * Math.Min(informal, 4));
        }

        if (chat > 0)
        {
            scoreRef.Add("word:chat words", -0.4 * Math.Min(chat, 3));
        }

        if (formal > 0)
        {
            scoreRef.Add($"word:{formalWord} (formal)", 0.5 * Math.Min(formal, 3));
        }

        if (contractions > 0)
        {
            scoreRef.Add($"contraction:{contraction}", -0.5 * Math.Min(contractions, 3));
        }

        if (lowerI > 0)
        {
            scoreRef.Add("shape:lower-case 'i'", -0.8 * Math.Min(lowerI, 2));
        }

        if (message.Exclamations > 0)
        {
            scoreRef.Add("punctuation:!", -1.0 * Math.Min(message.Exclamations, 3));
        }

        if (message.Questions > 0)
        {
            scoreRef.Add("punctuation:?", -0.6 * Math.Min(message.Questions, 3));
        }

        if (message.Commas > 0)
        {
            scoreRef.Add("punctuation:comma", 0.3 * Math.Min(message.Commas, 5));
        }

        if (capitalsInside > 0)
        {
            scoreRef.Add("shape:capitalised words", 1.25 * capitalsInside / n);
        }

        if (digits)
        {
            scoreRef.Add("shape:numbers", 0.3);
        }

        if (suffixed > 0)
        {
            scoreRef.Add("shape:latinate words", 3.0 * suffixed / n);
        }

        if (message.StartsCapitalized)
        {
            scoreRef.Add("shape:capitalised start", 1.0);
        }

        if (!message.StartsCapitalized && message.Letters > 0)
        {
            scoreRef.Add("shape:lower-case start", 0);
        }

        if (message.EndsWithPunctuation)
        {
            scoreRef.Add("shape:closing punctuation", 0.3);
        }
        else
        {
            scoreRef.Add("shape:no closing punctuation", -0.5);
        }

        var opener = message.FoldedOf(words[0]);
        if (s_writtenOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(opener))
        {
            scoreRef.Add($"word:opens with '{opener}'", 0.5);
        }
        else if (s_spokenOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(opener))
        {
            scoreRef.Add($"word:opens with '{opener}'", -0.5);
        }

        if (message.Ellipses > 0)
        {
            scoreRef.Add("punctuation:...", -0.5);
        }

        var clean = message.StartsCapitalized && message.EndsWithPunctuation && contractions == 0 && lowerI == 0 && informal == 0 && message.Emojis.Count == 0;
        if (clean)
        {
            scoreRef.Add("shape:carefully written", 1.0);
        }

        var opening = s_formalOpenings.FirstIn(message);
        if (opening is not null)
        {
            // A greeting or sign-off of letters says formal even in a message too short for the other cues.
            scoreRef.Add($"phrase:{opening}", 3.0);
        }

        var polite = s_politeFormulas.FirstIn(message);
        if (polite is not null)
        {
            // Once: a formula is a register marker, not a count of courtesy.
            scoreRef.Add($"phrase:{polite} (polite formula)", 1.5);
        }

        if (message.Emojis.Count > 0)
        {
            scoreRef.Add("shape:emoji or emoticon", -0.9 - (0.2 * Math.Min(message.Emojis.Count - 1, 3)));
        }

        if (elongated)
        {
            scoreRef.Add("shape:elongated word", -0.6);
        }

        if (shouting)
        {
            scoreRef.Add("shape:all caps", -0.6);
        }

        if (message.LongestExclamationRun >= 2 || message.Interrobangs > 0)
        {
            scoreRef.Add("punctuation:repeated ! or ?", -0.7);
        }

        var probability = 1 / (1 + Math.Exp(-scoreRef.Score));
        return new FormalityReading(probability >= 0.5 ? FormalityLabel.Formal : FormalityLabel.Casual, Math.Round(probability, 3));
    }

    private static bool EndsWithSuffix(ReadOnlySpan<char> form)
    {
        if (form.EndsWith("s"))
        {
            form = form[..^1];
        }

        foreach (var suffix in s_suffixes)
        {
            if (form.Length > suffix.Length + 2 && form.EndsWith(suffix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a signal's weight when it fires and records it as a cue.</summary>
    /// <remarks>A struct held in one local (never copied), so reading a message's formality allocates no scorer.</remarks>
    private struct Scorer(CueList cues, double score)
    {
        public double Score { get; private set; } = score;

        public void Add(string signal, double weight)
        {
            Score += weight;
            if (weight != 0 || signal.EndsWith("start", StringComparison.Ordinal))
            {
                cues.Add(Dimensions.Formality, signal, weight);
            }
        }
    }
}
