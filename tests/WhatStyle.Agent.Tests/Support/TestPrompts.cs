using Microsoft.Extensions.Options;
using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Support;

/// <summary>The real prompt files as copied beside the test assembly.</summary>
internal static class TestPrompts
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "prompts");

    public static PhrasebookLibrary Phrasebooks { get; } = PhrasebookLibrary.Load(Path.Combine(Directory, "offline"));

    /// <summary>Every register with every address: together, each phrasing a phrasebook can give.</summary>
    public static IEnumerable<(Register Register, AddressForm Address)> Voices =>
        from register in Enum.GetValues<Register>() from address in Enum.GetValues<AddressForm>() select (register, address);

    public static IOfflineResponder Offline(double threshold = 0.85, IToneAnalyzer? toneAnalyzer = null) =>
        new OfflineResponder(Phrasebooks, Options.Create(new OfflineResponderOptions { SimilarReplyThreshold = threshold }), toneAnalyzer);

    public static SafetyRules Safety { get; } = SafetyRules.Load(Path.Combine(Directory, "safety", "rules.json"));

    public static ReplyPostProcessor PostProcessor() => new(Safety, Phrasebooks);
}
