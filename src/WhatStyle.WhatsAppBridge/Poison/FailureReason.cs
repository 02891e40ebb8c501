using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Poison;

/// <summary>
/// The reason stored with a dead letter: the exception's type and message, shortened, with any configured secret value
/// cut out (an exception message may quote a URL or header). Logs get <see cref="Kind"/> only, never the message, since
/// an exception thrown over a message may quote its text.
/// </summary>
internal static class FailureReason
{
    private const int MaxLength = 300;

    public static string Kind(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.GetType().Name;
    }

    public static string Describe(Exception exception, WhatsAppOptions secrets)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(secrets);
        var text = $"{Kind(exception)}: {exception.Message}";
        foreach (var secret in new[] { secrets.AppSecret, secrets.AccessToken, secrets.VerifyToken })
        {
            if (secret.Length >= 4)
            {
                text = text.Replace(secret, "[redacted]", StringComparison.Ordinal);
            }
        }

        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }
}
