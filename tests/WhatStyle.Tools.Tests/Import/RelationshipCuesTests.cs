using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Import;

namespace WhatStyle.Tools.Tests.Import;

public sealed class RelationshipCuesTests
{
    [Theory]
    [InlineData("Dad", Relationship.Parent)]
    [InlineData("Mum 🌸", Relationship.Parent)]
    [InlineData("Papá", Relationship.Parent)]
    [InlineData("Mamá", Relationship.Parent)]
    [InlineData("Papa", Relationship.Parent)]
    [InlineData("Maman", Relationship.Parent)]
    [InlineData("Vater", Relationship.Parent)]
    [InlineData("bro", Relationship.Sibling)]
    [InlineData("Sis", Relationship.Sibling)]
    [InlineData("Babe", Relationship.Partner)]
    [InlineData("Mi Amor", Relationship.Partner)]
    [InlineData("Chéri", Relationship.Partner)]
    public void Suggest_ContactNamedByTheirRole_IsThatRole(string name, Relationship expected)
    {
        var suggestion = RelationshipCues.Suggest(name, []);

        Assert.NotNull(suggestion);
        Assert.Equal(expected, suggestion.Value.Relationship);
        Assert.Contains(name, suggestion.Value.Cue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lovely Rita")]
    [InlineData("Paidra")]
    [InlineData("Dadaist Club")]
    [InlineData("Anna")]
    public void Suggest_WordsInsideOtherWords_AreNoCue(string name) =>
        Assert.Null(RelationshipCues.Suggest(name, ["ok", "see you at 3"]));

    [Fact]
    public void Suggest_PetNameUsedTwiceByTheOwner_IsPartner()
    {
        var suggestion = RelationshipCues.Suggest("Alex", ["yes babe", "love you babe", "ok"]);

        Assert.Equal(Relationship.Partner, suggestion?.Relationship);
    }

    [Fact]
    public void Suggest_PetNameUsedOnce_IsNoCue() =>
        Assert.Null(RelationshipCues.Suggest("Alex", ["thanks babe", "see you at the meeting"]));
}
