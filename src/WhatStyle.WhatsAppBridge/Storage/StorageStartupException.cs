using LiteDB;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>bridge.db cannot be opened at start-up: the message is one line saying what is wrong and what to do.</summary>
internal sealed class StorageStartupException : Exception
{
    public StorageStartupException()
    {
    }

    public StorageStartupException(string message)
        : base(message)
    {
    }

    public StorageStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Turns what opening <paramref name="path"/> threw into that one line.</summary>
    public static StorageStartupException From(string path, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var aside = $"move it aside (mv {path} {path}.damaged) and start again: the bridge makes a new one, and webhooks it had not processed are still in the inbox log";
        var message = error switch
        {
            LiteException { ErrorCode: LiteException.NOT_ENCRYPTED } =>
                $"{path} was made without a password, but a password is set: {WhatStyle.Tools.Storage.StorageOptions.UnencryptedDirectoryAdvice}.",
            LiteException { ErrorCode: LiteException.INVALID_PASSWORD } =>
                $"{path} is encrypted with a password this bridge was not given: start it with the password the file was made with.",
            LiteException { ErrorCode: LiteException.INVALID_DATABASE } when error.Message.Contains("version", StringComparison.OrdinalIgnoreCase) =>
                $"{path} was written by a newer version of its storage engine: run the WhatStyle version that wrote it, or {aside}.",
            UnauthorizedAccessException =>
                $"{path} cannot be opened: permission denied ({error.Message}). Give the bridge's user read and write access to it and its folder.",
            IOException when error is not EndOfStreamException =>
                $"{path} cannot be opened: {error.Message}. Check the disk and the file, then start again.",
            _ => $"{path} is damaged and cannot be opened ({error.GetType().Name}: {OneLine(error.Message)}): {aside}.",
        };
        return new StorageStartupException(message, error);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
