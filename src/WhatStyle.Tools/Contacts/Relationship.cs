namespace WhatStyle.Tools.Contacts;

/// <summary>How the owner is related to a contact; drives tone, emoji and sticker choices.</summary>
public enum Relationship { Partner, Parent, Sibling, Child, Friend, Colleague, Manager, Client, Other }
