using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Contacts.Groups;

/// <summary>What a group repository stores: the group and the style learner's state for the owner's messages in it.</summary>
public sealed record GroupRecord(Group Group, StyleAccumulator Style);
