namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>The outcome of one Graph API call: accepted (with the wamid or media id), a Graph error, or no response at all.</summary>
internal sealed record GraphApiResult
{
    public bool Success { get; init; }

    /// <summary>The wamid of a sent message, or the id of an uploaded media file.</summary>
    public string? Id { get; init; }

    /// <summary>The Graph error code (<c>error.code</c>), when the API answered with one.</summary>
    public int? ErrorCode { get; init; }

    /// <summary>HTTP status, or 0 when no response arrived (network error, timeout).</summary>
    public int HttpStatus { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>The API's <c>Retry-After</c> (seconds or a date), when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static GraphApiResult Ok(string? id) => new() { Success = true, Id = id, HttpStatus = 200 };
}
