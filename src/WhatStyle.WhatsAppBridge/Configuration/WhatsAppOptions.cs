namespace WhatStyle.WhatsAppBridge.Configuration;

/// <summary>The WhatsApp Business Cloud API connection (section <c>WhatsApp</c>; env <c>WhatsApp__AppSecret</c> …).</summary>
/// <remarks>Secrets (<see cref="AppSecret"/>, <see cref="AccessToken"/>, <see cref="VerifyToken"/>) are never logged or echoed.</remarks>
internal sealed class WhatsAppOptions
{
    public const string SectionName = "WhatsApp";

    /// <summary>The Meta app secret: the HMAC key of <c>X-Hub-Signature-256</c>. Required.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>The token you typed into the App Dashboard's webhook form; checked on the GET handshake. Required.</summary>
    public string VerifyToken { get; set; } = "";

    /// <summary>The Graph API bearer token (system-user token). Required.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The business phone number id that sends replies. Required.</summary>
    public string PhoneNumberId { get; set; } = "";

    /// <summary>Graph API base address; default <c>https://graph.facebook.com</c> (tests point it at a fake).</summary>
    public Uri GraphApiBaseUrl { get; set; } = new("https://graph.facebook.com");

    /// <summary>Graph API version segment; default <c>v23.0</c>.</summary>
    public string ApiVersion { get; set; } = "v23.0";

    /// <summary>
    /// Which connection the bridge serves: <c>cloud</c> (the Business Cloud API; default), <c>waha</c> or <c>evolution</c>
    /// (a personal phone through a WhatsApp Web engine; see the <c>Waha</c> and <c>Evolution</c> sections).
    /// </summary>
    public string Channel { get; set; } = "cloud";

    /// <summary>The channel named by <see cref="Channel"/>, or null when it names none.</summary>
    public Channels.ChannelKind? Kind =>
        Enum.TryParse<Channels.ChannelKind>(Channel, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(Channel, out _) ? kind : null;

    /// <summary>The names of required settings that are missing, as configuration keys.</summary>
    public IReadOnlyList<string> MissingSettings()
    {
        var missing = new List<string>();
        if (Kind != Channels.ChannelKind.Cloud)
        {
            // The Cloud API's settings are needed only by that channel; the others validate their own sections.
            return missing;
        }
        if (string.IsNullOrWhiteSpace(AppSecret))
        {
            missing.Add($"{SectionName}:{nameof(AppSecret)}");
        }

        if (string.IsNullOrWhiteSpace(VerifyToken))
        {
            missing.Add($"{SectionName}:{nameof(VerifyToken)}");
        }

        if (string.IsNullOrWhiteSpace(AccessToken))
        {
            missing.Add($"{SectionName}:{nameof(AccessToken)}");
        }

        if (string.IsNullOrWhiteSpace(PhoneNumberId))
        {
            missing.Add($"{SectionName}:{nameof(PhoneNumberId)}");
        }

        if (string.IsNullOrWhiteSpace(ApiVersion))
        {
            missing.Add($"{SectionName}:{nameof(ApiVersion)}");
        }

        return missing;
    }
}
