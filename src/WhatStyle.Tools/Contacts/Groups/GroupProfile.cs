namespace WhatStyle.Tools.Contacts.Groups;

/// <summary>A group with the tone the owner uses in it and who is in it.</summary>
/// <param name="Group">The group.</param>
/// <param name="Style">How the owner writes in this group (learned from the owner's messages there).</param>
/// <param name="RelationshipMix">How many members have each relationship to the owner (unset counts as "other").</param>
public sealed record GroupProfile(Group Group, StyleFingerprint Style, IReadOnlyDictionary<Relationship, int> RelationshipMix);
