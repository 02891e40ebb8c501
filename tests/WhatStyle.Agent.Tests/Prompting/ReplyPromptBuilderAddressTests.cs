using WhatStyle.Agent.Replies;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Tests.Prompting;

/// <summary>The model is told which "you" the owner uses with the person, where the reply's language has two.</summary>
public sealed class ReplyPromptBuilderAddressTests
{
    private readonly Agent.Prompting.ReplyPromptBuilder _builder = TestContexts.Builder();

    [Fact]
    public void Build_FrenchFather_TuNotVous()
    {
        var prompt = _builder.Build(TestContexts.Make(TestProfiles.Father(), "Comment se passent tes études ?", TestTones.Neutral("Comment se passent tes études ?", "fr")));

        Assert.Contains("French (fr), the language of the incoming message. Address them with tu, not vous.", prompt.System, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GermanClient_SieNotDu()
    {
        var client = TestProfiles.Make("Frau Weber", Relationship.Client);

        var prompt = _builder.Build(TestContexts.Make(client, "Haben Sie die Unterlagen?", TestTones.Neutral("Haben Sie die Unterlagen?", "de")));

        Assert.Contains("Address them with Sie, not du.", prompt.System, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SpanishFriendTheOwnerSetToPolite_TheSettingIsSaid()
    {
        var friend = TestProfiles.Friend();
        friend = friend with { Settings = friend.Settings with { Address = AddressForm.Polite } };

        var prompt = _builder.Build(TestContexts.Make(friend, "¿Qué tal?", TestTones.Neutral("¿Qué tal?", "es")));

        Assert.Contains("Address them with usted, not tú.", prompt.System, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FrenchColleagueWrittenToCasuallyWithVous_FormalityLineSaysVousToo()
    {
        var colleague = TestProfiles.Make("Marc", Relationship.Colleague, style: StyleFingerprint.Empty with { MessageCount = 10, Formality = 0.2 });
        colleague = colleague with { Settings = colleague.Settings with { Address = AddressForm.Polite } };

        var prompt = _builder.Build(TestContexts.Make(colleague, "Merci pour le coup de main !", TestTones.Neutral("Merci pour le coup de main !", "fr")));

        Assert.Contains("- Formality: casual, but with vous.\n", prompt.System, StringComparison.Ordinal);
        Assert.Contains("Address them with vous, not tu.", prompt.System, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FrenchFather_FormalityLineSaysTu()
    {
        var prompt = _builder.Build(TestContexts.Make(TestProfiles.Father(), "Comment se passent tes études ?", TestTones.Neutral("Comment se passent tes études ?", "fr")));

        Assert.Contains("- Formality: formal, but with tu.\n", prompt.System, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EnglishColleagueSetToPolite_FormalityLineAlone()
    {
        var colleague = TestProfiles.Make("Mark", Relationship.Colleague, style: StyleFingerprint.Empty with { MessageCount = 10, Formality = 0.2 });
        colleague = colleague with { Settings = colleague.Settings with { Address = AddressForm.Polite } };

        var prompt = _builder.Build(TestContexts.Make(colleague, "Thanks for the help!"));

        Assert.Contains("- Formality: casual.\n", prompt.System, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_English_NoAddressRule()
    {
        var prompt = _builder.Build(TestContexts.Father());

        Assert.DoesNotContain("Address them with", prompt.System, StringComparison.Ordinal);
        Assert.Contains("the language of the incoming message.\n", prompt.System, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FrenchGroupWithAClient_VousForEveryone()
    {
        var members = new[] { TestProfiles.Brother(), TestProfiles.Make("Madame Laurent", Relationship.Client) };
        var group = new GroupContext("Projet", members, GroupContext.FloorOf(members));

        var prompt = _builder.Build(TestContexts.Make(TestProfiles.Brother(), "On se retrouve à quelle heure ?", TestTones.Neutral("On se retrouve à quelle heure ?", "fr"), group));

        Assert.Equal(AddressForm.Polite, group.Address);
        Assert.Contains("In this group say vous to one person and vous to several; never tu.", prompt.System, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GermanFamilyGroup_DuAndIhr()
    {
        var prompt = _builder.Build(TestContexts.Group() with { Tone = TestTones.Neutral("Wer bringt Sonntag den Kuchen mit?", "de") });

        Assert.Contains("In this group say du to one person and ihr to several; never Sie to one person.", prompt.System, StringComparison.Ordinal);
    }
}
