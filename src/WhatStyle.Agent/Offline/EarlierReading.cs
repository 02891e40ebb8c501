namespace WhatStyle.Agent.Offline;

/// <summary>How an earlier message's intent is read, and whether that is the same reading the new message had.</summary>
/// <param name="IntentOf">The intent of an earlier incoming message.</param>
/// <param name="SameReading">True when <paramref name="IntentOf"/> reads as the new message was read (tone and keywords).</param>
internal sealed record EarlierReading(Func<string, OfflineIntent> IntentOf, bool SameReading);
