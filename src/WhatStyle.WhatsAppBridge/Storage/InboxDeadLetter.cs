using LiteDB;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// An inbox record that failed every attempt (unreadable, or its processing threw each time): set aside with its body,
/// byte for byte, so the inbox moves on and nothing is lost. Retrying it appends the body to the inbox again (not when
/// <see cref="Corrupt"/>).
/// </summary>
internal sealed class InboxDeadLetter
{
    /// <summary><c>inbox:&lt;segment&gt;-&lt;offset&gt;</c>, where the record was in the inbox log.</summary>
    [BsonId]
    public string Id { get; set; } = "";

    public byte[] Body { get; set; } = [];
    public long ReceivedAtMs { get; set; }
    public long DeadAtMs { get; set; }
    public int Attempts { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>
    /// The record failed its checksum: damaged on disk, so its bytes are not the ones whose webhook signature was
    /// verified (a flipped digit in <c>from</c> would address a stranger). Only dismissing it is allowed, never a retry.
    /// </summary>
    public bool Corrupt { get; set; }
}
