namespace WhatStyle.WhatsAppBridge.Poison;

/// <summary>
/// The reason stored with a dead letter: the exception's type and message, shortened, with every configured secret value
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

    /// <summary>
    /// True for a failure of the machine rather than of the record being worked on: file or disk errors (a full disk is
    /// an <see cref="IOException"/>), LiteDB's lock timeout, timeouts, HTTP failures. Retrying such a failure later
    /// usually works, so it must not spend a record's attempt budget: a short outage would otherwise dead-letter every
    /// message it touched. Inner exceptions count too (LiteDB and HttpClient wrap the cause).
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            // A regex that times out did so on the text it was given (a draft the message can steer), and a server that
            // answered 4xx refused this request: both repeat on the same record, so they are the record's failures.
            if (current is System.Text.RegularExpressions.RegexMatchTimeoutException
                || current is HttpRequestException { StatusCode: { } status } && !IsTransientStatus(status))
            {
                return false;
            }

            if (current is IOException or UnauthorizedAccessException or TimeoutException or HttpRequestException
                || current is LiteDB.LiteException { ErrorCode: LiteDB.LiteException.LOCK_TIMEOUT })
            {
                return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the failure is clearly the record's own and would repeat on every attempt, so waiting cannot help: the
    /// text cannot be decoded (a string System.Text.Json cannot read; the inbox mends broken text first, JsonTextRepair), a key is longer than storage allows (a message id over
    /// LiteDB's 1,023-byte index key), or the document breaks storage's rules (a NUL in a string, nesting too deep).
    /// </summary>
    public static bool IsRecordsOwn(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is System.Text.DecoderFallbackException or System.Text.EncoderFallbackException
                || current is InvalidOperationException { Source: "System.Text.Json" }
                || current is LiteDB.LiteException
                {
                    ErrorCode: LiteDB.LiteException.INVALID_INDEX_KEY or LiteDB.LiteException.INVALID_NULL_CHAR_STRING or LiteDB.LiteException.DOCUMENT_MAX_DEPTH
                })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTransientStatus(System.Net.HttpStatusCode status) =>
        status is System.Net.HttpStatusCode.RequestTimeout or System.Net.HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <param name="exception">The failure.</param>
    /// <param name="secrets">Every configured secret value (see <see cref="ConfiguredSecrets"/>), cut out of the text.</param>
    public static string Describe(Exception exception, IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(secrets);
        var text = $"{Kind(exception)}: {exception.Message}";
        // Longest first, so a secret containing another is cut out whole.
        foreach (var secret in secrets.OrderByDescending(s => s.Length))
        {
            if (secret.Length >= 4)
            {
                text = text.Replace(secret, "[redacted]", StringComparison.Ordinal);
            }
        }

        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }
}
