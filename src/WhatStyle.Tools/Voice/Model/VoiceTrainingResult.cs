namespace WhatStyle.Tools.Voice.Model;

/// <summary>What a training run did.</summary>
/// <param name="Manifest">The version written, or the newest one when nothing was trained.</param>
/// <param name="Trained">False when nothing changed since the newest version (a background run) or too few examples.</param>
/// <param name="Reason">Why nothing was trained, for the one line a user sees.</param>
public sealed record VoiceTrainingResult(VoiceModelManifest? Manifest, bool Trained, string? Reason = null);
