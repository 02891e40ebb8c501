namespace WhatStyle.Tools.Takeovers;

/// <summary>The owner answers this contact personally: nothing is answered automatically until they hand the chat back.</summary>
/// <param name="ContactId">The contact whose one-to-one chat the owner took over.</param>
/// <param name="Since">When the owner took it over.</param>
public sealed record Takeover(string ContactId, DateTimeOffset Since);
