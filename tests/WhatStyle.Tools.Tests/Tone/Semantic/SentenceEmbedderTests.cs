using WhatStyle.Tools.Tone.Semantic;

namespace WhatStyle.Tools.Tests.Tone.Semantic;

public sealed class SentenceEmbedderTests
{
    [Fact]
    public void Embed_SameTextTwice_IsEncodedOnceAndGivesTheSameVector()
    {
        var text = $"are you coming to dinner tonight? ({Guid.NewGuid():N})";

        var first = SentenceEmbedder.Embed(text);
        var remembered = SentenceEmbedder.Remembers(text);
        var second = SentenceEmbedder.Embed(text);

        Assert.True(remembered, "a single text embedded once is remembered");
        Assert.Equal(first, second);
        Assert.NotSame(first, second); // a caller changing its vector must not change the next caller's
    }

    [Fact]
    public void EmbedBatch_SeveralTexts_AreNotRemembered()
    {
        var texts = new[] { $"bulk one {Guid.NewGuid():N}", $"bulk two {Guid.NewGuid():N}" };

        var vectors = SentenceEmbedder.EmbedBatch(texts);

        Assert.Equal(2, vectors.Length);
        Assert.DoesNotContain(texts, SentenceEmbedder.Remembers);
    }
}
