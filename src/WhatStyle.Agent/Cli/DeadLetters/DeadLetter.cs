namespace WhatStyle.Agent.Cli.DeadLetters;

/// <summary>A reply the WhatsApp bridge gave up sending, as the owner sees it.</summary>
internal sealed record DeadLetter(
    string Id, string To, string Kind, string? Text, int Attempts, int? ErrorCode, string? Error, DateTimeOffset CreatedAt);
