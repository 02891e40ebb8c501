using System.ClientModel;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using OllamaSharp.Models.Exceptions;

namespace WhatStyle.Agent.Providers;

/// <summary>Turns an exception from the OpenAI SDK, OllamaSharp or HttpClient into a <see cref="ProviderFailure"/>.</summary>
internal static class ProviderErrorClassifier
{
    private const int MaxMessageLength = 300;

    public static ProviderFailure Classify(string provider, Exception exception, DateTimeOffset now, IEnumerable<string?>? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = Clean(exception.Message, secrets);
        switch (exception)
        {
            case ClientResultException { Status: > 0 } result:
                return FromStatus(provider, result.Status, RetryAfter(result, now), message);
            case ClientResultException result when result.InnerException is { } inner:
                return Classify(provider, inner, now, secrets);
            case HttpRequestException { StatusCode: { } status }:
                return FromStatus(provider, (int)status, null, message);
            case HttpRequestException or SocketException or IOException:
                return new ProviderFailure(provider, ProviderErrorKind.ConnectionFailed, null, null, message);
            case TimeoutException or OperationCanceledException:
                // The chain only sees a cancellation here when the caller's token is still live: an SDK or attempt timeout.
                return new ProviderFailure(provider, ProviderErrorKind.Timeout, null, null, message);
            case ModelDoesNotSupportToolsException:
                return new ProviderFailure(provider, ProviderErrorKind.ConfigurationError, 400, null, message);
            case JsonException or FormatException or InvalidDataException:
                return new ProviderFailure(provider, ProviderErrorKind.InvalidResponse, null, null, message);
            default:
                return new ProviderFailure(provider, ProviderErrorKind.Unexpected, null, null, Clean($"{exception.GetType().Name}: {exception.Message}", secrets));
        }
    }

    internal static ProviderFailure FromStatus(string provider, int status, TimeSpan? retryAfter, string message) => status switch
    {
        429 => new(provider, ProviderErrorKind.RateLimited, status, retryAfter, message),
        401 or 403 => new(provider, ProviderErrorKind.AuthenticationFailed, status, null, message),
        408 => new(provider, ProviderErrorKind.Timeout, status, retryAfter, message),
        >= 500 => new(provider, ProviderErrorKind.ServerError, status, retryAfter, message),
        >= 400 => new(provider, ProviderErrorKind.ConfigurationError, status, null, message),
        _ => new(provider, ProviderErrorKind.InvalidResponse, status, null, message),
    };

    /// <summary>Parses Retry-After (seconds or an HTTP date) and the <c>retry-after-ms</c> variant some gateways send.</summary>
    internal static TimeSpan? ParseRetryAfter(string? retryAfter, string? retryAfterMs, DateTimeOffset now)
    {
        if (double.TryParse(retryAfterMs, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        if (string.IsNullOrWhiteSpace(retryAfter))
        {
            return null;
        }

        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static TimeSpan? RetryAfter(ClientResultException exception, DateTimeOffset now)
    {
        var headers = exception.GetRawResponse()?.Headers;
        if (headers is null)
        {
            return null;
        }

        headers.TryGetValue("Retry-After", out var retryAfter);
        headers.TryGetValue("retry-after-ms", out var retryAfterMs);
        return ParseRetryAfter(retryAfter, retryAfterMs, now);
    }

    private static string Clean(string message, IEnumerable<string?>? secrets)
    {
        var text = message.ReplaceLineEndings(" ").Trim();
        foreach (var secret in secrets ?? [])
        {
            if (!string.IsNullOrEmpty(secret))
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text.Length <= MaxMessageLength ? text : string.Concat(text.AsSpan(0, MaxMessageLength), "…");
    }
}
