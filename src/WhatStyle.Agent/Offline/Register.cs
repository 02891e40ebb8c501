namespace WhatStyle.Agent.Offline;

/// <summary>The voice of a reply: formal (parents, work), casual (friends, siblings) or warm (a partner).</summary>
public enum Register { Formal, Casual, Warm }
