using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Offline;

/// <summary>What the offline responder needs: the message, its tone, who sent it, and the owner's similar past replies.</summary>
public sealed record OfflineRequest
{
    public required string Text { get; init; }

    public required ContactProfile Profile { get; init; }

    public ToneAnalysis? Tone { get; init; }

    public IReadOnlyList<SimilarExchange> SimilarExchanges { get; init; } = [];

    /// <summary>The channel's message id; seeds the choice among phrasings together with the text.</summary>
    public string? MessageId { get; init; }

    /// <summary>In a group, the most formal register any member needs (the floor); null in a one-to-one chat.</summary>
    public Register? RegisterFloor { get; init; }

    /// <summary>In a group, polite when any member present is addressed politely (the floor); null in a one-to-one chat.</summary>
    public AddressForm? AddressFloor { get; init; }

    /// <summary>
    /// False writes with the learned fingerprint alone (emoji and length): no reply from the owner's own words and no
    /// habits (case, shorthand, punctuation). Only <c>eval voice</c> turns it off, to show what each part adds.
    /// </summary>
    public bool OwnVoice { get; init; } = true;

    /// <summary>Replies the owner rejected for this contact: never given again, whether from memory or a phrasebook.</summary>
    public IReadOnlyList<string> Rejected { get; init; } = [];

    /// <summary>
    /// The owner's voice model's prediction for this reply, or null: the profile's style is fitted to it, and among the
    /// phrasings the one in the predicted length bucket is preferred.
    /// </summary>
    public VoicePrediction? Voice { get; init; }

    /// <summary>The local emergency number an emergency reply names (Agent:EmergencyNumber).</summary>
    public string EmergencyNumber { get; init; } = "112";
}

/// <summary>An offline reply and how it was chosen.</summary>
/// <param name="Text">The reply.</param>
/// <param name="Intent">What the message was taken to be about.</param>
/// <param name="Language">The language of the reply.</param>
/// <param name="Register">The voice used.</param>
/// <param name="FromMemory">True when it is the owner's own earlier reply to a similar message.</param>
/// <param name="Address">Tu or vous, du or Sie: familiar in a language without the distinction.</param>
public sealed record OfflineReply(string Text, OfflineIntent Intent, string Language, Register Register, bool FromMemory, AddressForm Address = AddressForm.Familiar);
