using Microsoft.Extensions.Options;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// What data annotations cannot say: the time zone must exist on this machine (else the first reply in quiet hours
/// would throw), and quiet hours need both ends.
/// </summary>
internal sealed class ReplyPolicyOptionsValidator : IValidateOptions<ReplyPolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, ReplyPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.QuietHoursStart.HasValue != options.QuietHoursEnd.HasValue)
        {
            return ValidateOptionsResult.Fail("Bridge:QuietHoursStart and Bridge:QuietHoursEnd must be set together.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            return ValidateOptionsResult.Fail($"Bridge:TimeZone '{options.TimeZone}' is not a time zone this machine knows (use an IANA id such as Europe/Berlin).");
        }

        return ValidateOptionsResult.Success;
    }
}
