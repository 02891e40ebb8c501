using WhatStyle.Dashboard.Events;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.Dashboard.Tests.Support;

/// <summary>A small, believable inbox for the browser tests and their screenshots.</summary>
internal static class DemoData
{
    public static async Task<(string Conversation, string Crisis)> SeedAsync(DashboardServer server, CancellationToken cancellationToken)
    {
        var seed = new Seed(server.Services);
        var lena = await seed.ContactAsync("+491701234501", "Lena", cancellationToken);
        await seed.MessageAsync(lena, MessageDirection.Incoming, "guess who passed the driving test!!! 🎉", 0, cancellationToken);
        await seed.MessageAsync(lena, MessageDirection.Outgoing, "NO WAY 😍 so proud of you!!", 2, cancellationToken);
        await seed.MessageAsync(lena, MessageDirection.Incoming, "can you pick me up later? my bus is cancelled and I am stuck", 60, cancellationToken);
        await seed.DraftAsync("+491701234501", "can you pick me up later? my bus is cancelled", "sure, text me when you're ready 🚗", cancellationToken);
        await server.Get<IContactDirectory>().UpdateSettingsAsync(lena.Contact.Id, new ContactSettings { Relationship = Relationship.Sibling, Nickname = "Lenchen", ReplyMode = ReplyMode.Draft }, cancellationToken);

        var tom = await seed.ContactAsync("+491701234502", "Tom", cancellationToken);
        await seed.MessageAsync(tom, MessageDirection.Incoming, "URGENT: the server is down, call me asap!!!", 50, cancellationToken);

        var omar = await seed.ContactAsync("+491701234503", "Omar", cancellationToken);
        await seed.MessageAsync(omar, MessageDirection.Incoming, "thanks for yesterday, was fun", 30, cancellationToken);
        await seed.MessageAsync(omar, MessageDirection.Outgoing, "anytime! same time next week?", 31, cancellationToken, byWhatStyle: true);

        var sara = await seed.ContactAsync("+491701234504", "Sara", cancellationToken);
        await seed.MessageAsync(sara, MessageDirection.Incoming, "did you see my email?", 20, cancellationToken);
        await server.Get<ITakeovers>().TakeOverAsync(sara.Contact.Id, cancellationToken);

        var events = server.Get<IDashboardEvents>();
        events.Publish(new DashboardEvent(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), "inbox-processor", "Stored 3 message(s) from 1 webhook."));
        events.Publish(new DashboardEvent(new DateTimeOffset(2026, 5, 1, 10, 0, 1, TimeSpan.Zero), "chat-responder", "Reply queued for chat 4917012345 (mistral)."));
        return (lena.Contact.Id, tom.Contact.Id);
    }
}
