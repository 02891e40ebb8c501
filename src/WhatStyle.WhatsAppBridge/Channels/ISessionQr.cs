namespace WhatStyle.WhatsAppBridge.Channels;

/// <summary>
/// A personal channel's QR code while its session waits to be linked, asked of the engine when the owner looks (it
/// rotates every ~20 s and is a credential: never stored or logged).
/// </summary>
internal interface ISessionQr
{
    /// <summary>The QR as validated PNG bytes; null when the engine has none, answers something else, or is unreachable.</summary>
    Task<byte[]?> FetchAsync(CancellationToken cancellationToken);
}
