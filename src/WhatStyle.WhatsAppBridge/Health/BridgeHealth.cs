namespace WhatStyle.WhatsAppBridge.Health;

/// <summary>Live state the health endpoint reports: whether sending is stopped (token expired) and how the agent is doing.</summary>
internal sealed class BridgeHealth(TimeProvider time)
{
    private readonly Lock _gate = new();
    private string? _sendingStoppedReason;
    private DateTimeOffset? _lastSendAt;
    private string? _lastAgentError;
    private DateTimeOffset? _lastAgentErrorAt;
    private string? _lastProvider;
    private DateTimeOffset? _lastReplyAt;

    /// <summary>True after a 190 (token expired): nothing is sent until the bridge restarts with a new token.</summary>
    public bool SendingStopped
    {
        get
        {
            lock (_gate)
            {
                return _sendingStoppedReason is not null;
            }
        }
    }

    public void StopSending(string reason)
    {
        lock (_gate)
        {
            _sendingStoppedReason ??= reason;
        }
    }

    public void Sent()
    {
        lock (_gate)
        {
            _lastSendAt = time.GetUtcNow();
        }
    }

    public void AgentReplied(string provider)
    {
        lock (_gate)
        {
            _lastProvider = provider;
            _lastReplyAt = time.GetUtcNow();
            _lastAgentError = null;
        }
    }

    public void AgentFailed(string error)
    {
        lock (_gate)
        {
            _lastAgentError = error;
            _lastAgentErrorAt = time.GetUtcNow();
        }
    }

    public (string State, string? Error, DateTimeOffset? LastSendAt) WhatsApp()
    {
        lock (_gate)
        {
            return (_sendingStoppedReason is null ? "ok" : "sending-stopped", _sendingStoppedReason, _lastSendAt);
        }
    }

    public (string State, string? LastProvider, DateTimeOffset? LastReplyAt, string? Error, DateTimeOffset? ErrorAt) Agent()
    {
        lock (_gate)
        {
            return (_lastAgentError is null ? "ok" : "failing", _lastProvider, _lastReplyAt, _lastAgentError, _lastAgentErrorAt);
        }
    }
}
