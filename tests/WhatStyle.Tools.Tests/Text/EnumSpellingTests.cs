using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Text;

namespace WhatStyle.Tools.Tests.Text;

public sealed class EnumSpellingTests
{
    private enum Sample { None, NeedsSupport, GoodNews }

    [Theory]
    [InlineData("needsSupport")]
    [InlineData("NeedsSupport")]
    [InlineData("needs-support")]
    [InlineData("NEEDS_SUPPORT")]
    [InlineData("  needs_support ")]
    [InlineData("needssupport")]
    public void TryParse_NameInAnyCaseWithOrWithoutSeparators_Reads(string spelling)
    {
        Assert.True(EnumSpelling.TryParse<Sample>(spelling, out var value));
        Assert.Equal(Sample.NeedsSupport, value);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1, 2")]
    [InlineData("none, good-news")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("-")]
    [InlineData("needs support")]
    [InlineData("boss")]
    public void TryParse_NumbersCombinationsAndUnknownNames_Refused(string? spelling)
    {
        Assert.False(EnumSpelling.TryParse<Sample>(spelling, out _));
        Assert.Null(EnumSpelling.ParseOrNull<Sample>(spelling));
    }

    [Fact]
    public void TryParse_DigitThatIsAMembersValue_NeverMeansThatMember()
    {
        // "3" is Relationship.Child's underlying value; a person typing it meant nothing of the kind.
        Assert.Null(EnumSpelling.ParseOrNull<Relationship>("3"));
        Assert.Equal(Relationship.Child, EnumSpelling.ParseOrNull<Relationship>("CHILD"));
    }

    [Fact]
    public void Names_MultiWordMembers_AreLowerCaseWithDashes()
    {
        Assert.Equal(["none", "needs-support", "good-news"], EnumSpelling.Names<Sample>());
        Assert.Equal("none, needs-support, good-news", EnumSpelling.List<Sample>());
        Assert.Equal("good-news", EnumSpelling.Name(Sample.GoodNews));
    }

    [Fact]
    public void Names_EveryShownSpelling_ParsesBackToItsMember()
    {
        foreach (var relationship in Enum.GetValues<Relationship>())
        {
            Assert.Equal(relationship, EnumSpelling.ParseOrNull<Relationship>(EnumSpelling.Name(relationship)));
        }
    }
}
