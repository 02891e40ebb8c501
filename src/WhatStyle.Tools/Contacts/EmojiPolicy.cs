namespace WhatStyle.Tools.Contacts;

/// <summary>How many emoji the owner uses with a contact.</summary>
public enum EmojiPolicy { None, Light, Heavy }
