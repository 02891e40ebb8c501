using WhatStyle.Tools.Memory;

namespace WhatStyle.Tools.Tests.Memory;

public sealed class ConversationKeysTests
{
    [Fact]
    public void TryContactId_AContactsKey_GivesTheIdBack()
    {
        Assert.True(ConversationKeys.TryContactId(ConversationKeys.ForContact("ct_1"), out var id));
        Assert.Equal("ct_1", id);
    }

    [Fact]
    public void TryGroupId_AGroupsKey_GivesTheIdBack()
    {
        Assert.True(ConversationKeys.TryGroupId(ConversationKeys.ForGroup("gr_1"), out var id));
        Assert.Equal("gr_1", id);
    }

    [Theory]
    [InlineData("g:gr_1")]
    [InlineData("c:")]
    [InlineData("d:4917")]
    [InlineData("ct_1")]
    [InlineData(null)]
    public void TryContactId_NotAContactsKey_False(string? key) => Assert.False(ConversationKeys.TryContactId(key, out _));
}
