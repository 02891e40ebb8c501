using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Storage.LiteDb;

// LiteDB maps these mutable documents; the domain keeps its immutable records. Times are Unix milliseconds plus
// an offset in minutes, because LiteDB's DateTime round-trip loses the offset and converts to local time.

/// <summary>A contact as stored in the <c>contacts</c> collection.</summary>
internal sealed class ContactDocument
{
    public string Id { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public List<string> PhoneNumbers { get; set; } = [];
    public List<string> WhatsAppIds { get; set; } = [];
    public List<string> Keys { get; set; } = [];
    public Relationship? Relationship { get; set; }
    public string? Tone { get; set; }
    public string? Language { get; set; }
    public EmojiPolicy? Emoji { get; set; }

    /// <summary>Absent in older databases: null, the learned or default address.</summary>
    public AddressForm? Address { get; set; }
    public string? Nickname { get; set; }
    public string? Greeting { get; set; }
    public string? SignOff { get; set; }
    public ReplyMode? ReplyMode { get; set; }
    public StyleAccumulator Style { get; set; } = new();
}

/// <summary>One identity key in <c>contact_keys</c> or <c>group_keys</c>: the key is the document id, so it can belong to one owner only.</summary>
internal sealed class KeyDocument
{
    public string Id { get; set; } = "";
    public string OwnerId { get; set; } = "";
}

/// <summary>A group as stored in the <c>groups</c> collection.</summary>
internal sealed class GroupDocument
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> MemberIds { get; set; } = [];
    public StyleAccumulator Style { get; set; } = new();
}

/// <summary>A message in the <c>messages</c> collection; <see cref="Key"/> ("conversation|unix-ms") orders a conversation by time through one index.</summary>
internal sealed class MessageDocument
{
    public string Id { get; set; } = "";
    public string Key { get; set; } = "";
    public string ContactId { get; set; } = "";
    public string? GroupId { get; set; }
    public int Direction { get; set; }
    public string Text { get; set; } = "";
    public long UnixMs { get; set; }
    public int OffsetMinutes { get; set; }

    /// <summary>Written by a model or the offline responder, not the owner (absent in older databases: false).</summary>
    public bool WrittenByWhatStyle { get; set; }
}

/// <summary>An (incoming, reply) exchange with its embedding, in the <c>exchanges</c> collection.</summary>
internal sealed class ExchangeDocument
{
    public string Id { get; set; } = "";
    public string Conversation { get; set; } = "";
    public string Incoming { get; set; } = "";
    public string Reply { get; set; } = "";
    public long UnixMs { get; set; }
    public int OffsetMinutes { get; set; }
    /// <summary>The embedding, int8-quantised (see <see cref="VectorCodec"/>): a quarter of the floats' size.</summary>
    public byte[] Vector { get; set; } = [];
    public string Model { get; set; } = "";
}

/// <summary>A tone reading in the <c>tone_history</c> collection, keyed by message id.</summary>
internal sealed class ToneDocument
{
    public string Id { get; set; } = "";
    public double Sentiment { get; set; }
    public int Emotion { get; set; }
}
