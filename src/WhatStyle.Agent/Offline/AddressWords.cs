namespace WhatStyle.Agent.Offline;

/// <summary>
/// How a language says "you" the familiar and the polite way, to one person and to several ("tu", "vous"; "du", "ihr",
/// "Sie"): the names the model's prompt uses to tell it which to write.
/// </summary>
public sealed record AddressWords
{
    public required string Familiar { get; init; }
    public required string Polite { get; init; }
    public required string FamiliarPlural { get; init; }
    public required string PolitePlural { get; init; }
}
