using WhatStyle.Agent.Replies;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Tests.Replies.PostProcessing;

/// <summary>
/// A draft that says "you" the other way than the owner does with the person (tu to a client, Sie to a father) is not
/// sent: the offline reply, in the right form, goes instead, and the reason says which form the model used.
/// </summary>
public sealed class AddressPostProcessingTests
{
    private static readonly string[] Directory = ["Robert", "Leo"];
    private readonly Agent.Replies.PostProcessing.ReplyPostProcessor _processor = TestPrompts.PostProcessor();

    [Fact]
    public void Process_TuToAClientAddressedWithVous_Rejected()
    {
        var result = _processor.Process("Merci, je regarde et je te redis !", French(Client(), "Vous avez reçu le devis ?"), Directory);

        Assert.False(result.Accepted);
        Assert.Equal("said tu, not vous", result.RejectedBecause);
    }

    [Fact]
    public void Process_VousToAClientAddressedWithVous_Accepted()
    {
        var result = _processor.Process("Merci, je regarde et je vous redis.", French(Client(), "Vous avez reçu le devis ?"), Directory);

        Assert.True(result.Accepted, result.RejectedBecause);
    }

    [Fact]
    public void Process_SieToAFatherAddressedWithDu_Rejected()
    {
        const string text = "Wie geht es dir?";
        var context = TestContexts.Make(TestProfiles.Father(), text, TestTones.Neutral(text, "de"));

        var result = _processor.Process("Mir geht es gut, danke. Und wie geht es Ihnen?", context, Directory);

        Assert.False(result.Accepted);
        Assert.Equal("said Sie, not du", result.RejectedBecause);
    }

    [Fact]
    public void Process_VousToSeveralInAFamiliarGroup_Accepted()
    {
        // Vous is also the familiar plural: the whole family may hear it.
        var members = new[] { TestProfiles.Brother(), TestProfiles.Father() };
        var group = new GroupContext("Famille", members, GroupContext.FloorOf(members));
        var context = French(TestProfiles.Brother(), "On mange à quelle heure dimanche ?", group);

        var result = _processor.Process("Vous venez vers midi ?", context, Directory);

        Assert.True(result.Accepted, result.RejectedBecause);
    }

    [Fact]
    public void Process_TuInAGroupWithSomeoneAddressedWithVous_Rejected()
    {
        var members = new[] { TestProfiles.Brother(), Client() };
        var group = new GroupContext("Projet", members, GroupContext.FloorOf(members));
        var context = French(TestProfiles.Brother(), "On se retrouve à quelle heure ?", group);

        var result = _processor.Process("Je regarde et je te dis.", context, Directory);

        Assert.False(result.Accepted);
        Assert.Equal("said tu, not vous", result.RejectedBecause);
    }

    private static ContactProfile Client() => TestProfiles.Make("Madame Laurent", Relationship.Client, language: "fr");

    private static ReplyContext French(ContactProfile profile, string text, GroupContext? group = null) =>
        TestContexts.Make(profile, text, TestTones.Neutral(text, "fr"), group);
}
