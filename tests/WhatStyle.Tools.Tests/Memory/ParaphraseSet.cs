namespace WhatStyle.Tools.Tests.Memory;

/// <summary>
/// Messages a contact sent, the owner's reply to each, and the same message said again in other words (few shared
/// words, same meaning), written for this project. Retrieval by meaning has to find the original from the paraphrase.
/// </summary>
internal static class ParaphraseSet
{
    public static IReadOnlyList<(string Original, string Reply, string Paraphrase)> Items { get; } =
    [
        ("Are you coming to the party tonight?", "yes, be there at 9", "Will I see you at the celebration this evening?"),
        ("My flight got cancelled", "oh no, what a pain", "The airline just scrapped my plane home"),
        ("Can you pick up some milk on the way?", "sure, anything else?", "Could you grab dairy from the shop while you're out?"),
        ("I passed my driving test!", "amazing, well done!", "Got my licence today, the examiner said yes!"),
        ("The dog is sick again", "poor thing, vet tomorrow?", "Our puppy is unwell and throwing up"),
        ("What time does the film start?", "half seven I think", "When is the movie showing?"),
        ("I lost my keys", "check your coat pocket", "Can't find how to get into the flat, they're gone"),
        ("Happy birthday!", "thank you so much!", "Many happy returns of the day"),
        ("Shall we order pizza?", "yes, pepperoni", "Fancy getting takeaway Italian for dinner?"),
        ("I'm so tired today", "early night then", "Completely exhausted, barely slept"),
        ("Did you pay the rent?", "yes, sent it this morning", "Has the landlord had his money this month?"),
        ("It's raining really hard here", "stay dry!", "Absolutely pouring down outside"),
        ("I got a new job", "congrats, tell me everything", "They offered me the position and I accepted"),
        ("Can I borrow your car?", "sure, keys are in the drawer", "Mind if I take your vehicle for the day?"),
        ("The baby finally slept through the night", "hooray, at last", "Little one didn't wake once till morning"),
        ("My phone screen cracked", "get it fixed at the mall", "Dropped my mobile and the display shattered"),
        ("Are you angry with me?", "no, just busy", "Have I upset you?"),
        ("Let's go to the beach on the weekend", "love that idea", "How about a seaside trip Saturday?"),
        ("I need help moving the sofa", "I'll come round after lunch", "Could you give me a hand carrying the couch?"),
        ("The train is delayed", "no worries, I'll wait", "Running late, the railway is stuck"),
        ("I burned dinner", "haha, chips it is", "The food is charred, cooking disaster"),
        ("Do you want to go running tomorrow?", "yes, 7am?", "Up for a jog in the morning?"),
        ("My grandmother is in hospital", "so sorry, sending love", "Nan was admitted to the ward last night"),
        ("I can't log into my email", "try resetting the password", "My inbox won't let me sign in"),
        ("We should watch the match together", "yes, my place?", "Want to see the game with me?"),
        ("I'm nervous about my interview", "you'll be great", "Feeling anxious before meeting the hiring manager"),
        ("The heating is broken", "call the plumber", "The radiators are cold, boiler stopped working"),
        ("I finished the marathon", "legend!", "Crossed the line after 42 kilometres"),
        ("Could you water my plants while I'm away?", "of course", "Will you look after my garden during my holiday?"),
        ("I think I'm getting a cold", "drink lots of tea", "Sniffly and sore throat, coming down with something"),
    ];
}
