using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Contacts;

/// <summary>What a contact repository stores for one person: identity, the owner's settings and the style learner's state.</summary>
public sealed record ContactRecord(Contact Contact, ContactSettings Settings, StyleAccumulator Style);
