using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Replies;

/// <summary>Everything gathered (through MCP, without any LLM call) before a reply is written.</summary>
public sealed record ReplyContext
{
    public required IncomingMessage Message { get; init; }

    /// <summary>The contact being answered (in a group: the sender).</summary>
    public required ContactProfile Profile { get; init; }

    public required ToneAnalysis Tone { get; init; }

    /// <summary>When the message arrived: its own timestamp, else when it was recorded. The reply is filed after it.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    public ConversationContext? Conversation { get; init; }

    public IReadOnlyList<SimilarExchange> SimilarExchanges { get; init; } = [];

    /// <summary>
    /// Replies the owner rejected for this contact, newest first (a few; never in a group): negative examples the prompt
    /// names and the offline responder never repeats.
    /// </summary>
    public IReadOnlyList<string> RejectedReplies { get; init; } = [];

    /// <summary>Set when the message was written in a group.</summary>
    public GroupContext? Group { get; init; }

    /// <summary>
    /// The owner's voice model's prediction for this reply (length bucket, emoji, formality); null without a model, and
    /// always in a group (the model learns one-to-one replies).
    /// </summary>
    public VoicePrediction? Voice { get; init; }

    /// <summary>The profile whose style the reply is written in: the learned fingerprint fitted to <see cref="Voice"/>.</summary>
    public ContactProfile VoicedProfile => VoiceStyle.Apply(Profile, Voice);

    /// <summary>The language the reply must be in: the message's when known, else the contact's usual one.</summary>
    public string Language => Tone.Language is { Length: 2 } language ? language : Profile.Language;

    /// <summary>
    /// The "you" the reply says: the group's (polite when anyone present is addressed politely) or the contact's, where
    /// the reply's language has two; familiar in one that has only one (English).
    /// </summary>
    /// <remarks>Read from the profile the voice model did not fit: tu or vous is how the owner stands with the person.</remarks>
    public AddressForm Address => AddressMarkers.Distinguishes(Language) ? Group?.Address ?? Profile.Address : AddressForm.Familiar;
}
