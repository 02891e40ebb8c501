namespace WhatStyle.Tools.Storage;

/// <summary>
/// One thing the WhatsApp bridge gave up on, as <c>GET /admin/dead-letters</c> returns it and <c>whatstyle deadletters</c>
/// shows it. One type for both ends, so the two cannot drift apart.
/// </summary>
/// <param name="Id">What to pass to <c>whatstyle deadletters retry|dismiss</c>.</param>
/// <param name="Source"><c>outbox</c> (a reply not sent), <c>incoming</c> (a message the agent could not answer) or <c>inbox</c> (a webhook body that could not be processed).</param>
/// <param name="To">Recipient (outbox) or chat (incoming); empty for inbox records.</param>
/// <param name="Kind">text / sticker (outbox), the message type (incoming), <c>webhook</c> (inbox).</param>
/// <param name="Text">The reply or message text; for an inbox record its body as received.</param>
/// <param name="Attempts">Attempts made before giving up.</param>
/// <param name="ErrorCode">The Graph API error code, when there was one.</param>
/// <param name="Error">Why it was given up on.</param>
/// <param name="CreatedAt">When the reply was queued or the message / body received.</param>
/// <param name="Corrupt">An inbox record whose checksum did not match: its bytes are not the ones the webhook signature
/// verified, so the bridge only dismisses it and refuses to retry it.</param>
public sealed record BridgeDeadLetter(
    string Id, string Source, string To, string Kind, string? Text, int Attempts, int? ErrorCode, string? Error, DateTimeOffset CreatedAt,
    bool Corrupt = false)
{
    /// <summary>Why <c>retry</c> is refused for a <see cref="Corrupt"/> record (the bridge and the CLI say the same).</summary>
    public const string CorruptRetryRefusal =
        "is an inbox record damaged on disk (its checksum did not match): its bytes are not what the webhook signature verified " +
        "(a changed digit in the sender would send a reply to a stranger), so it cannot be retried; dismiss it instead";

    /// <summary>Prefix of an incoming message's dead-letter id (the message id follows).</summary>
    public const string IncomingPrefix = "incoming:";

    // The mapping from the bridge's stored records, in one place: the bridge (its typed records) and the CLI (reading
    // bridge.db while no bridge runs) both build dead letters through these, so ids, sources and times cannot drift.

    /// <summary>A reply the bridge gave up sending (an outbox item).</summary>
    public static BridgeDeadLetter FromOutbox(string id, string to, string kind, string? text, int attempts, int? errorCode, string? error, long createdAtUnixMs) =>
        new(id, "outbox", to, kind, text, attempts, errorCode, error, DateTimeOffset.FromUnixTimeMilliseconds(createdAtUnixMs));

    /// <summary>An incoming message the bridge gave up answering.</summary>
    public static BridgeDeadLetter FromIncoming(string messageId, string chat, string type, string? text, int attempts, string? note, long receivedAtUnixMs) =>
        new(IncomingPrefix + messageId, "incoming", chat, type, text, attempts, null, note, DateTimeOffset.FromUnixTimeMilliseconds(receivedAtUnixMs));

    /// <summary>A webhook body the bridge set aside.</summary>
    public static BridgeDeadLetter FromInbox(string id, ReadOnlySpan<byte> body, int attempts, string? reason, long receivedAtUnixMs, bool corrupt) =>
        new(id, "inbox", "", "webhook", System.Text.Encoding.UTF8.GetString(body), attempts, null, reason, DateTimeOffset.FromUnixTimeMilliseconds(receivedAtUnixMs), corrupt);
}
