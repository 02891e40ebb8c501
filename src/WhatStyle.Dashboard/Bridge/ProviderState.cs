namespace WhatStyle.Dashboard.Bridge;

/// <summary>One AI provider's health as the dashboard shows it.</summary>
/// <param name="Name">mistral, openai, ollama or offline.</param>
/// <param name="Configured">Whether it has what it needs (a key, an endpoint); never the key itself.</param>
/// <param name="Healthy">Whether it is used now.</param>
/// <param name="CooldownUntil">While it rests after failures: until when.</param>
/// <param name="LastError">The last failure's kind (secret-free), or null.</param>
public sealed record ProviderState(string Name, bool Configured, bool Healthy, DateTimeOffset? CooldownUntil, string? LastError);
