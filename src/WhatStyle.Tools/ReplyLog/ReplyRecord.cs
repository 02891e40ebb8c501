namespace WhatStyle.Tools.ReplyLog;

/// <summary>
/// How one reply was written and who it was sent as: the provider that wrote it (or the offline responder), whether the
/// chain fell back, how many model calls failed on the way, and, once sent, whose words went out.
/// </summary>
public sealed record ReplyRecord
{
    /// <summary><see cref="SentBy"/> when the owner's own words went out (an edited draft).</summary>
    public const string Owner = "owner";

    /// <summary>The reply's id (the bridge's <c>reply:{message}</c>, which is also its draft's id).</summary>
    public required string Id { get; init; }

    /// <summary>Who the reply is for (WhatsApp id or contact id, as the writer knew it).</summary>
    public required string Contact { get; init; }

    /// <summary>When it was written.</summary>
    public required DateTimeOffset WrittenAt { get; init; }

    /// <summary>The provider that wrote the text: mistral, openai, ollama or offline.</summary>
    public required string Provider { get; init; }

    /// <summary>A provider other than the first configured one wrote it (the offline responder included).</summary>
    public bool Fallback { get; init; }

    /// <summary>Model calls answered while writing it.</summary>
    public int Calls { get; init; }

    /// <summary>Model calls that failed while writing it (a provider down, throttled or refusing).</summary>
    public int FailedCalls { get; init; }

    /// <summary>Whose words were sent: <see cref="Owner"/>, or the provider's name; null while not sent (a draft waiting or rejected).</summary>
    public string? SentBy { get; init; }

    /// <summary>When it was queued to be sent.</summary>
    public DateTimeOffset? SentAt { get; init; }
}
