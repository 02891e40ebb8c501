namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>A named position in a log, stored in the same transaction as the work done up to it.</summary>
internal sealed class CursorRecord
{
    /// <summary>Cursor name, e.g. <c>inbox</c>.</summary>
    public string Id { get; set; } = "";

    public long Segment { get; set; }

    public long Offset { get; set; }
}
