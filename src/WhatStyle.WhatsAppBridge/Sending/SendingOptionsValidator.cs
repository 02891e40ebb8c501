using Microsoft.Extensions.Options;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>A backoff whose cap is below its first step would never grow; say so at start instead.</summary>
internal sealed class SendingOptionsValidator : IValidateOptions<SendingOptions>
{
    public ValidateOptionsResult Validate(string? name, SendingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MaxRetryDelay < options.RetryBaseDelay
            ? ValidateOptionsResult.Fail($"Bridge:MaxRetryDelay ({options.MaxRetryDelay:c}) must not be shorter than Bridge:RetryBaseDelay ({options.RetryBaseDelay:c}).")
            : ValidateOptionsResult.Success;
    }
}
