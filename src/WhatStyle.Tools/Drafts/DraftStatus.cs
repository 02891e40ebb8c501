namespace WhatStyle.Tools.Drafts;

/// <summary>Where a draft is in its life: pending → approved → sent, or pending → rejected, or pending → withdrawn.</summary>
public enum DraftStatus
{
    /// <summary>Waiting for the owner.</summary>
    Pending,

    /// <summary>Approved by the owner; the bridge will send it.</summary>
    Approved,

    /// <summary>Discarded by the owner.</summary>
    Rejected,

    /// <summary>Handed to the bridge's outbox (sent exactly once from there).</summary>
    Sent,

    /// <summary>
    /// Overtaken: the owner wrote in the chat themselves before deciding (takeover). Unlike <see cref="Rejected"/> it says
    /// nothing about the draft's quality, so it is never a negative example.
    /// </summary>
    Withdrawn,
}
