namespace WhatStyle.Agent.Offline;

/// <summary>What an incoming message is about, as far as a reply without a model needs to know.</summary>
/// <remarks>Names match the keys of the phrasebooks under prompts/offline (camelCase).</remarks>
public enum OfflineIntent { Greeting, HowAreYou, GoodNews, BadNews, Thanks, Apology, Plans, Affection, Urgent, Default }
