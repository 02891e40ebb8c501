using Microsoft.Extensions.Options;

namespace WhatStyle.WhatsAppBridge.Configuration;

/// <summary>Fails start-up with one message naming every missing WhatsApp setting (never their values).</summary>
internal sealed class WhatsAppOptionsValidator : IValidateOptions<WhatsAppOptions>
{
    public ValidateOptionsResult Validate(string? name, WhatsAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Kind is null)
        {
            return ValidateOptionsResult.Fail("WhatsApp:Channel must be cloud, waha or evolution.");
        }

        var missing = options.MissingSettings();
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The WhatsApp bridge is not configured: missing {string.Join(", ", missing)}. Set them in appsettings.json or as " +
                "environment variables (e.g. WhatsApp__AppSecret); see docs/bridge.md.");
    }
}
