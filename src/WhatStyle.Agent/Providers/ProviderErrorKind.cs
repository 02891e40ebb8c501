namespace WhatStyle.Agent.Providers;

/// <summary>What went wrong with one provider attempt; decides between cooldown, disabling and plain failover.</summary>
public enum ProviderErrorKind
{
    /// <summary>HTTP 429: fail over and cool down, honouring Retry-After.</summary>
    RateLimited,

    /// <summary>HTTP 5xx (overload, outage): fail over and cool down.</summary>
    ServerError,

    /// <summary>The attempt ran out of time: fail over and cool down.</summary>
    Timeout,

    /// <summary>No connection (refused, DNS, reset): fail over and cool down.</summary>
    ConnectionFailed,

    /// <summary>HTTP 401/403: the key is wrong or lacks access; the provider is disabled until restart.</summary>
    AuthenticationFailed,

    /// <summary>Another HTTP 4xx (bad model name, rejected field): fail over, logged as a configuration error; no cooldown.</summary>
    ConfigurationError,

    /// <summary>The provider answered with something unreadable: fail over and cool down.</summary>
    InvalidResponse,

    /// <summary>Any other failure: fail over and cool down.</summary>
    Unexpected,
}
