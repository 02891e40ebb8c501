using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Tests.Support;

namespace WhatStyle.Agent.Tests.Offline;

public sealed class PhraseFillerTests
{
    private static readonly Phrasebook English = TestPrompts.Phrasebooks.Get("en");

    [Theory]
    [InlineData("Let me check{nick} and I will get back to you.", "Dad", "Let me check, Dad, and I will get back to you.")]
    [InlineData("Let me check{nick} and I will get back to you.", null, "Let me check and I will get back to you.")]
    [InlineData("Anytime{nick}! 😊", "babe", "Anytime, babe! 😊")]
    [InlineData("{hello}{nick}. I hope you are well.", "Dad", "Hello Dad. I hope you are well.")]
    public void Fill_Nickname_SetOffWhereverItStands(string phrasing, string? nickname, string expected)
    {
        Assert.Equal(expected, PhraseFiller.Fill(phrasing, English, Register.Formal, nickname, "hi"));
    }
}
