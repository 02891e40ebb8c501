using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Replies;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Replies;

/// <summary>
/// A sticker goes only where the reply is relaxed: someone the owner says vous or Sie to gets none, however casual the
/// owner's messages to them are, just as the formal register gets none.
/// </summary>
public sealed class StickerReadingTests
{
    private const string Contract = "On a signé le contrat !!";

    [Fact]
    public void Wanted_StrongJoyFromACasualColleagueAddressedWithTu_Sticker()
    {
        var context = TestContexts.Make(Colleague(AddressForm.Familiar), Contract, Joy(Contract, "fr"));

        Assert.True(StickerReading.Wanted(context));
    }

    [Fact]
    public void Wanted_StrongJoyFromACasualColleagueAddressedWithVous_NoSticker()
    {
        var context = TestContexts.Make(Colleague(AddressForm.Polite), Contract, Joy(Contract, "fr"));

        Assert.False(StickerReading.Allowed(context));
        Assert.False(StickerReading.Wanted(context));
    }

    [Fact]
    public void Wanted_SupportInACasualGroupWithSomeoneAddressedWithVous_NoSticker()
    {
        const string text = "J'ai raté mon examen 😞";
        var members = new[] { TestProfiles.Brother(), Colleague(AddressForm.Polite) };
        var group = new GroupContext("Projet", members, GroupContext.FloorOf(members));
        var context = TestContexts.Make(TestProfiles.Brother(), text, TestTones.Sad(text, "fr"), group);

        Assert.Equal(Register.Casual, group.Floor);
        Assert.False(StickerReading.Wanted(context));
    }

    [Fact]
    public void Allowed_ColleagueAddressedWithVousWritingInEnglish_AddressChangesNothing()
    {
        // English says "you" one way: the reply is as casual as the owner is with them, as the offline responder writes it.
        const string text = "We signed the contract!!";

        Assert.True(StickerReading.Allowed(TestContexts.Make(Colleague(AddressForm.Polite), text, Joy(text, "en"))));
    }

    private static ContactProfile Colleague(AddressForm address)
    {
        var colleague = TestProfiles.Make("Marc", Relationship.Colleague, EmojiPolicy.Light, language: "fr",
            style: StyleFingerprint.Empty with { MessageCount = 10, Formality = 0.2 });
        return colleague with { Settings = colleague.Settings with { Address = address } };
    }

    private static ToneAnalysis Joy(string text, string language) =>
        TestTones.Make(text, language, SentimentLabel.Positive, 0.9, Emotion.Joy, intensity: 0.9);
}
