namespace WhatStyle.WhatsAppBridge.Channels;

/// <summary>
/// Finds the phone number behind a hidden WhatsApp id (<c>…@lid</c>), where the channel can: WhatsApp shows some people
/// (group members, privacy settings) by a LID, and the same person must stay one contact with one learned style.
/// </summary>
internal interface IPhoneNumberLookup
{
    /// <summary>The bare phone number (digits, as a contact key) for <paramref name="lid"/>, or null when not known.</summary>
    Task<string?> PhoneForAsync(string lid, CancellationToken cancellationToken);
}

/// <summary>Channels without a lookup: the Cloud API never shows LIDs, and Evolution API carries the phone form in the body.</summary>
internal sealed class NoPhoneNumberLookup : IPhoneNumberLookup
{
    public Task<string?> PhoneForAsync(string lid, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
