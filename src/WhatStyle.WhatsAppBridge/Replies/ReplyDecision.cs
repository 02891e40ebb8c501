using WhatStyle.Tools.Contacts;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>What to do with a chat now: its mode, the reason, and (in quiet hours) when to come back.</summary>
internal sealed record ReplyDecision(ReplyMode Mode, string Reason, DateTimeOffset? NotBefore = null);
