namespace WhatStyle.Agent.Offline;

/// <summary>What an incoming message is about, as far as a reply without a model needs to know.</summary>
/// <remarks>
/// Names match the keys of the phrasebooks under prompts/offline (camelCase). <see cref="Crisis"/> (presence) and
/// <see cref="Emergency"/> (presence and the emergency number) answer a possible crisis, and <see cref="PetEmergency"/>
/// (care and presence, no emergency number: that is for a person in danger) an animal's; such a reply is only ever a
/// draft for the owner, never sent automatically. <see cref="Glad"/> answers a happy message that says no news ("lol just
/// watched the new marvel film"): pleased, without congratulating anything.
/// </remarks>
public enum OfflineIntent
{
    Greeting, HowAreYou, GoodNews, BadNews, Thanks, Apology, Plans, Affection, Urgent, Default,
    Request, Question, Invitation, Praise, Condolence, Grief, Farewell, Crisis, Emergency, PetEmergency, Glad,
}
