using Microsoft.Extensions.Options;
using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Prompting;
using WhatStyle.Agent.Replies;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Support;

/// <summary>Gathered reply contexts for the owner's scenarios, and a prompt builder over the real prompt files.</summary>
internal static class TestContexts
{
    public static ReplyPromptBuilder Builder() => new(
        new PromptLibrary(Options.Create(new PromptOptions { Directory = TestPrompts.Directory })),
        Options.Create(new AgentOptions { OwnerName = "Alex" }),
        TestPrompts.Phrasebooks);

    public static ReplyContext Make(ContactProfile profile, string text, ToneAnalysis? tone = null, GroupContext? group = null) => new()
    {
        Message = new IncomingMessage { Contact = profile.Contact.DisplayName, Text = text, Group = group?.Name },
        Profile = profile,
        Tone = tone ?? TestTones.Neutral(text),
        Conversation = new ConversationContext(profile.Contact.Id,
            [new ConversationMessage("m1", profile.Contact.Id, null, MessageDirection.Incoming, "earlier {{owner_name}} message", DateTimeOffset.UnixEpoch)],
            "They talked about the weekend.", ToneTrend.None),
        SimilarExchanges = [new SimilarExchange("how was your day?", "Long but good, you?", DateTimeOffset.UnixEpoch, 0.7)],
        Group = group,
    };

    public static ReplyContext Partner() => Make(TestProfiles.Partner(), "hey babe 😘 what's up?");

    public static ReplyContext Father() => Make(TestProfiles.Father(), "Good morning. How are your studies going?",
        TestTones.Make("Good morning. How are your studies going?", formality: FormalityLabel.Formal));

    public static ReplyContext Brother() => Make(TestProfiles.Brother(), "failed my exam again 😞 feeling terrible",
        TestTones.Sad("failed my exam again 😞 feeling terrible"));

    public static ReplyContext Urgent() => Make(TestProfiles.Friend(), "call me now, it's urgent",
        TestTones.Make("call me now, it's urgent", urgency: UrgencyLevel.High));

    public static ReplyContext Group()
    {
        var members = new[] { TestProfiles.Brother(), TestProfiles.Father(), TestProfiles.Partner() };
        return Make(TestProfiles.Brother(), "Who's bringing the cake on Sunday?", group: new GroupContext("Family", members, GroupContext.FloorOf(members)));
    }

    /// <summary>A friend stranded at night: a likely danger crisis.</summary>
    public static ReplyContext Crisis(string kind = "danger", string text = "my car broke down on the motorway and it's getting dark", string language = "en") => Make(TestProfiles.Friend(), text,
        TestTones.Make(text, language, urgency: UrgencyLevel.High, needsSupport: true) with
        {
            Crisis = new CrisisReading(CrisisLevel.Likely, kind, [$"{kind}:phrase"]),
        });

    public static IEnumerable<ReplyContext> All() => [Partner(), Father(), Brother(), Urgent(), Group(), Crisis()];
}
