using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tests.Tone.Text;

public sealed class MessageScannerTests
{
    private static ScannedMessage Scan(string text) => ToneComponents.Shared.Scanner.Scan(text);

    [Theory]
    [InlineData("👨‍👩‍👧‍👦", "man")]
    [InlineData("🤦🏽‍♀️", "person facepalming")]
    [InlineData("👍🏿", "thumbs up")]
    [InlineData("❤️", "red heart")]
    [InlineData("❤", "red heart")]
    [InlineData("🇪🇸", "flag")]
    [InlineData("1️⃣", "keycap")]
    [InlineData("#️⃣", "keycap")]
    [InlineData("❤️‍🔥", "heart on fire")]
    public void Scan_EmojiGraphemeCluster_IsOneEmoji(string emoji, string name)
    {
        var scanned = Scan($"look {emoji} here");

        var found = Assert.Single(scanned.Emojis);
        Assert.Equal(emoji, scanned.OriginalOf(found));
        Assert.False(found.IsEmoticon);
        Assert.Equal(name, found.Entry.Name);
        Assert.Equal(["look", "here"], scanned.Words.Select(w => scanned.FoldedOf(w).ToString()));
    }

    [Fact]
    public void Scan_SkinToneVariants_ReadLikeTheBaseEmoji()
    {
        var plain = Assert.Single(Scan("👍").Emojis).Entry;

        foreach (var tone in new[] { "👍🏻", "👍🏼", "👍🏽", "👍🏾", "👍🏿" })
        {
            Assert.Same(plain, Assert.Single(Scan(tone).Emojis).Entry);
        }
    }

    [Fact]
    public void Scan_AdjacentEmoji_AreSeparateClusters()
    {
        var scanned = Scan("😂😂🇫🇷🇩🇪");

        Assert.Equal(["😂", "😂", "🇫🇷", "🇩🇪"], scanned.Emojis.Select(e => scanned.OriginalOf(e)));
    }

    [Theory]
    [InlineData("sad :(", ":(", Emotion.Sadness)]
    [InlineData("ok :-)", ":-)", Emotion.Joy)]
    [InlineData("love you <3", "<3", Emotion.Love)]
    [InlineData("that was funny xD", "xD", Emotion.Joy)]
    [InlineData("so bad :'(", ":'(", Emotion.Sadness)]
    [InlineData("really >:(", ">:(", Emotion.Anger)]
    [InlineData("hmm :/", ":/", Emotion.Anger)]
    [InlineData("kiss :*", ":*", Emotion.Love)]
    public void Scan_Emoticon_IsFoundWithItsMeaning(string text, string emoticon, Emotion emotion)
    {
        var scanned = Scan(text);

        var found = Assert.Single(scanned.Emojis);
        Assert.True(found.IsEmoticon);
        Assert.Equal(emoticon, scanned.OriginalOf(found));
        Assert.Equal(emotion, found.Entry.Emotion);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("")]
    [InlineData("Привет :)")]
    [InlineData("so... fine")]
    public void Scan_IntoAMessageThatHeldAnother_ReadsLikeAFreshScan(string text)
    {
        // The analyser reuses one scan per thread: nothing of the message before may show through.
        var reused = ToneComponents.Shared.Scanner.Scan("HELP!!! Ça va?! @ana #sooo sad 😭😭 :( https://x.y, 3 dogs… Привет 日本 NOT happy.");

        ToneComponents.Shared.Scanner.Scan(text, reused);

        Assert.Equal(Snapshot(Scan(text)), Snapshot(reused));
    }

    [Fact]
    public void Scan_IntoAMessageThatHeldALongerOne_KeepsItsBufferAndReadsTheNewText()
    {
        var reused = Scan(new string('a', 3000) + " terrible");
        var buffer = reused.Folded;

        ToneComponents.Shared.Scanner.Scan("not terrible", reused);

        Assert.Same(buffer, reused.Folded);
        Assert.Equal(["not", "terrible"], reused.Words.Select(w => reused.FoldedOf(w).ToString()));
        Assert.True(reused.Words[1].Is(WordShape.Negated));
        Assert.False(reused.Reusable);
    }

    /// <summary>Every public property of a scan (the used part of the folded buffer), so a member added later and
    /// left out of <see cref="ScannedMessage.Reset"/> fails the test above.</summary>
    private static string Snapshot(ScannedMessage message) =>
        string.Join("; ", typeof(ScannedMessage).GetProperties().Where(p => p.Name != nameof(ScannedMessage.Reusable)).Select(p => p.GetValue(message) switch
        {
            char[] folded => $"{p.Name}={new string(folded, 0, message.FoldedLength)}",
            System.Collections.IEnumerable items and not string => $"{p.Name}=[{string.Join(", ", items.Cast<object>())}]",
            var value => $"{p.Name}={value}",
        }));

    [Theory]
    [InlineData("see https://example.com/a:(b)")]
    [InlineData("the ratio 3:2 and time 10:30")]
    [InlineData("xDrive is a car feature")]
    public void Scan_EmoticonLookalikes_AreNotEmoticons(string text)
    {
        Assert.Empty(Scan(text).Emojis);
    }

    [Fact]
    public void Scan_Elongation_IsFlaggedAndFoldedToTheLexiconWord()
    {
        var scanned = Scan("sooo happyyyy");

        Assert.All(scanned.Words, w => Assert.True(w.Is(WordShape.Elongated)));
        Assert.Equal("so", scanned.Words[0].Entry?.Word);
        Assert.Equal("happy", scanned.Words[1].Entry?.Word);
    }

    [Fact]
    public void Scan_DoubleLettersAreNotElongation()
    {
        Assert.DoesNotContain(Scan("good coffee").Words, w => w.Is(WordShape.Elongated));
    }

    [Fact]
    public void Scan_AllCapsAndCapitalised_AreTold()
    {
        var scanned = Scan("CALL Me now");

        Assert.True(scanned.Words[0].Is(WordShape.AllCaps));
        Assert.True(scanned.Words[1].Is(WordShape.Capitalized));
        Assert.False(scanned.Words[2].Is(WordShape.AllCaps));
    }

    [Fact]
    public void Scan_NegationScope_EndsAtPunctuationOrAfterThreeWords()
    {
        var scanned = Scan("not very happy, happy. never ever really truly sad");
        bool Negated(int i) => scanned.Words[i].Is(WordShape.Negated);

        Assert.True(Negated(1));
        Assert.True(Negated(2));
        Assert.False(Negated(3));
        Assert.True(Negated(5));
        Assert.True(Negated(7));
        Assert.False(Negated(8));
    }

    [Fact]
    public void Scan_ApostrophesInsideWords_AreKeptAndCurlyOnesStraightened()
    {
        var scanned = Scan("don’t what's 'quoted'");

        Assert.Equal(["don't", "what's", "quoted"], scanned.Words.Select(w => scanned.FoldedOf(w).ToString()));
    }

    [Fact]
    public void Scan_Punctuation_IsCounted()
    {
        var scanned = Scan("what?! no!!! really...");

        Assert.Equal(1, scanned.Interrobangs);
        Assert.Equal(3, scanned.LongestExclamationRun);
        Assert.Equal(1, scanned.Ellipses);
        Assert.True(scanned.EndsWithPunctuation);
    }

    [Fact]
    public void Scan_HashtagsMentionsAndUrls_AreTold()
    {
        var scanned = Scan("@anna loved it #not http://t.co/x");

        Assert.Equal(1, scanned.Mentions);
        Assert.Equal(1, scanned.Urls);
        Assert.Contains(scanned.Words, w => w.Is(WordShape.Hashtag) && scanned.FoldedOf(w).SequenceEqual("not"));
    }
}
