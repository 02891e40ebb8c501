using System.Text.Json;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Serialization;

public sealed class WhatStyleJsonTests
{
    [Fact]
    public void EnumName_EveryMemberOfThePublicReadingEnums_IsWhatTheSerializerWrites()
    {
        AssertAllMatch<SentimentLabel>();
        AssertAllMatch<Emotion>();
        AssertAllMatch<FormalityLabel>();
        AssertAllMatch<UrgencyLevel>();
        AssertAllMatch<CrisisLevel>();
        AssertAllMatch<CrisisKind>();
        AssertAllMatch<MessageIntent>();
    }

    [Theory]
    [InlineData(MessageIntent.GoodNews, "good-news")]
    [InlineData(MessageIntent.ChitChat, "chit-chat")]
    [InlineData(MessageIntent.Question, "question")]
    public void EnumName_MemberNameAttributeOrCamelCase_IsUsed(MessageIntent intent, string expected) =>
        Assert.Equal(expected, WhatStyleJson.EnumName(intent));

    [Fact]
    public void EnumName_ValueThatIsNoMember_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WhatStyleJson.EnumName((Emotion)99));

    private static void AssertAllMatch<T>()
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            var written = JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, WhatStyleJson.Options));
            Assert.Equal(written, WhatStyleJson.EnumName(value));
        }
    }
}
