using LiteDB;
using WhatStyle.Hosting;
using WhatStyle.Tools.Storage;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// Why bridge.db cannot be opened at start-up, as a <see cref="HostStartupException"/> whose message is one line saying
/// what is wrong and what to do; <see cref="StartupErrors.Describe"/> turns it into the host's one line and exit 1.
/// </summary>
internal static class BridgeStorageErrors
{
    /// <summary>Turns what opening <paramref name="path"/> threw into that exception.</summary>
    public static Exception ForStartup(string path, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is StorageException or HostStartupException)
        {
            // Already one line (e.g. a bridge.db written by a newer WhatStyle).
            return error;
        }

        var aside = $"run `whatstyle storage repair` (it salvages what can be read and keeps the damaged file beside it), or move it aside " +
            $"(mv {path} {path}.damaged) and start again: the bridge makes a new one, and webhooks it had not processed are still in the inbox log";
        var message = error switch
        {
            LiteException { ErrorCode: LiteException.NOT_ENCRYPTED } =>
                $"{path} was made without a password, but a password is set: {StorageOptions.UnencryptedDirectoryAdvice}.",
            LiteException { ErrorCode: LiteException.INVALID_PASSWORD } =>
                $"{path} is encrypted with a password this bridge was not given: start it with the password the file was made with.",
            LiteException { ErrorCode: LiteException.INVALID_DATABASE } when error.Message.Contains("version", StringComparison.OrdinalIgnoreCase) =>
                $"{path} was written by a newer version of its storage engine: upgrade WhatStyle to the version that wrote it, or {aside}.",
            UnauthorizedAccessException =>
                $"{path} cannot be opened: permission denied ({error.Message}). Give the bridge's user read and write access to it and its folder.",
            IOException when error is not EndOfStreamException =>
                $"{path} cannot be opened: {error.Message}. Check the disk and the file, then start again.",
            _ => $"{path} is damaged and cannot be opened ({error.GetType().Name}: {OneLine(error.Message)}): {aside}.",
        };
        return new HostStartupException(message, error);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
