using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Tests.Support;

namespace WhatStyle.Agent.Tests.Offline;

public sealed class PhrasebookLibraryTests
{
    [Theory]
    [InlineData("Tu tío falleció anoche.", "es")]
    [InlineData("llámame cuando puedas", "es")]
    [InlineData("jaja acabo de ver la peli nueva de marvel", "es")]
    public void Guess_StopWordsTiedOrAbsent_KeywordsOrChatWordsDecide(string text, string expected)
    {
        Assert.Equal(expected, TestPrompts.Phrasebooks.Guess(text));
    }

    [Fact]
    public void Guess_NothingToGoOn_Null()
    {
        Assert.Null(TestPrompts.Phrasebooks.Guess("Marvel 2025"));
    }
}
