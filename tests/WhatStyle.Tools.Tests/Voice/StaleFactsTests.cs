using WhatStyle.Tools.Voice;

namespace WhatStyle.Tools.Tests.Voice;

public sealed class StaleFactsTests
{
    [Theory]
    [InlineData("good luck for the exam on Friday!", "Friday")]
    [InlineData("ok see u at 8", "8")]
    [InlineData("yes, 3 tickets left", "3")]
    [InlineData("meet me at Luigi's", "Luigi's")]
    [InlineData("see you at the Crown tonight", "Crown")]
    [InlineData("lol ok see u at marios", "marios")]
    [InlineData("vale, nos vemos el viernes", "viernes")]
    [InlineData("tell Anna I said hi", "Anna")]
    public void Find_DayBoundFact_IsFound(string reply, string fact)
    {
        Assert.Contains(fact, StaleFacts.Find(reply, "are you coming?"));
    }

    [Theory]
    [InlineData("haha yes")]
    [InlineData("ok see you there 👍")]
    [InlineData("No worries, anytime!")]
    [InlineData("I'm good thanks, you?")]
    [InlineData("good night, sleep well")]
    [InlineData("at home, call me in a bit")]
    [InlineData("de nada, cuando quieras")]
    [InlineData("Hey love! Just finished work 😊 Missing you 💕")]
    public void Find_StockReply_HasNoFact(string reply)
    {
        Assert.Empty(StaleFacts.Find(reply, "hey"));
    }

    [Fact]
    public void Find_FactTheNewMessageMentions_IsNotStale()
    {
        Assert.Empty(StaleFacts.Find("yes, Friday works", "Dinner on Friday?"));
    }
}
