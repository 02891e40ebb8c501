using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Tone.Rules;

namespace WhatStyle.Tools.Tests.Tone.Rules;

public sealed class PhraseSetTests
{
    private static readonly PhraseSet s_set = new(["said no one", "said no one ever", "love being", "oh great"]);

    [Fact]
    public void FirstIn_SharedFirstWord_PrefersTheLongerPhrase()
    {
        var message = ToneComponents.Shared.Scanner.Scan("Mondays are fun, said no one ever");

        Assert.Equal("said no one ever", s_set.FirstIn(message));
    }

    [Fact]
    public void Find_SeveralPhrases_ReturnsTheEarliestThenTheNext()
    {
        var message = ToneComponents.Shared.Scanner.Scan("Oh GREAT. I just love being ignored");

        var first = s_set.Find(message, 0, out var phrase);
        var second = s_set.Find(message, first + 1, out var next);

        Assert.Equal((0, "oh great"), (first, phrase));
        Assert.Equal((4, "love being"), (second, next));
        Assert.Equal(-1, s_set.Find(message, second + 1, out _));
    }

    [Fact]
    public void FirstIn_WordsApartOrMissing_IsNull()
    {
        Assert.Null(s_set.FirstIn(ToneComponents.Shared.Scanner.Scan("I love not being late")));
        Assert.Null(s_set.FirstIn(ToneComponents.Shared.Scanner.Scan("")));
    }
}
