namespace WhatStyle.Tools.Contacts.Style;

/// <summary>Whether a text addresses someone the familiar way (tu, du), the polite way (vous, Sie), or both.</summary>
public readonly record struct AddressMarks(bool Familiar, bool Polite);
