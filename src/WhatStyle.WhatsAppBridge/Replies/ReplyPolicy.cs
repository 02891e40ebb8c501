using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// Applies deny/allow lists, the reply mode (configuration <c>Bridge:Contacts:&lt;id&gt;</c> as an override, then the
/// mode on the sender's contact profile in 1:1 chats, then <c>Bridge:DefaultMode</c>) and quiet hours.
/// </summary>
internal sealed class ReplyPolicy(IOptionsMonitor<ReplyPolicyOptions> options)
{
    /// <param name="chat">The chat key: the group id or the sender's id.</param>
    /// <param name="sender">The sender's id.</param>
    /// <param name="now">The current time.</param>
    /// <param name="profileMode">The mode on the sender's contact profile (1:1 chats only), or null.</param>
    public ReplyDecision Decide(string chat, string sender, DateTimeOffset now, ReplyMode? profileMode = null)
    {
        var settings = options.CurrentValue;
        if (settings.Deny.Contains(chat) || settings.Deny.Contains(sender))
        {
            return new ReplyDecision(ReplyMode.Off, "on the deny list");
        }

        if (settings.Allow.Count > 0 && !settings.Allow.Contains(chat) && !settings.Allow.Contains(sender))
        {
            return new ReplyDecision(ReplyMode.Off, "not on the allow list");
        }

        var mode = settings.Contacts.TryGetValue(chat, out var chatMode) ? chatMode
            : settings.Contacts.TryGetValue(sender, out var senderMode) ? senderMode
            : profileMode ?? settings.DefaultMode;
        if (mode == ReplyMode.Off)
        {
            return new ReplyDecision(ReplyMode.Off, "mode off");
        }

        // Quiet hours hold back sending only; a draft notifies nobody, so drafting goes ahead.
        if (mode == ReplyMode.Auto && QuietUntil(settings, now) is { } end)
        {
            return new ReplyDecision(mode, "quiet hours", end);
        }

        return new ReplyDecision(mode, mode == ReplyMode.Auto ? "auto" : "draft");
    }

    /// <summary>The end of the current quiet period, or null when <paramref name="now"/> is outside quiet hours.</summary>
    internal static DateTimeOffset? QuietUntil(ReplyPolicyOptions settings, DateTimeOffset now)
    {
        if (settings.QuietHoursStart is not { } start || settings.QuietHoursEnd is not { } end || start == end)
        {
            return null;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        var quiet = start < end ? time >= start && time < end : time >= start || time < end;
        if (!quiet)
        {
            return null;
        }

        var endDate = DateOnly.FromDateTime(local.DateTime);
        if (time >= end)
        {
            endDate = endDate.AddDays(1);
        }

        var endLocal = endDate.ToDateTime(end);
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal));
    }
}
