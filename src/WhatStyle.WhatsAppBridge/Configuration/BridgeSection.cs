namespace WhatStyle.WhatsAppBridge.Configuration;

/// <summary>
/// The configuration section every bridge options class binds to. The settings are split by concern into classes
/// (<c>ReplyPolicyOptions</c>, <c>SendingOptions</c>, <c>PoisonOptions</c>, <c>RetentionOptions</c>, <c>AdminOptions</c>,
/// <c>WorkerOptions</c>), but their keys stay flat (<c>Bridge:MaxAttempts</c>, not <c>Bridge:Sending:MaxAttempts</c>),
/// so that a deployment's existing settings keep working. Each class owns a disjoint set of keys.
/// </summary>
internal static class BridgeSection
{
    public const string Name = "Bridge";
}
