using WhatStyle.Dashboard.Events;
using WhatStyle.Tools.Attention;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.ReplyLog;
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
        // Weeks of the owner's own messages to Lena: the contact page draws how the style changed (emoji crept in).
        for (var day = 1; day <= 24; day++)
        {
            await seed.MessageAsync(lena, MessageDirection.Incoming, "how was your day?", -day * 60 * 24, cancellationToken);
            await seed.MessageAsync(lena, MessageDirection.Outgoing, day > 12 ? "Fine, long day at work. You?" : "good!! cooking now 🍝 you?", -day * 60 * 24 + 3, cancellationToken);
        }

        await server.Get<IContactDirectory>().UpdateSettingsAsync(lena.Contact.Id, new ContactSettings { Relationship = Relationship.Sibling, Nickname = "Lenchen", ReplyMode = ReplyMode.Draft }, cancellationToken);

        var tom = await seed.ContactAsync("+491701234502", "Tom", cancellationToken);
        await seed.MessageAsync(tom, MessageDirection.Incoming, "URGENT: the server is down, call me asap!!!", 50, cancellationToken);
        await server.Get<IUrgentMessages>().AddAsync(new UrgentMessage("wamid.tom1", "+491701234502", "491701234502", null, server.Time.GetUtcNow().AddMinutes(-10)), cancellationToken);

        var omar = await seed.ContactAsync("+491701234503", "Omar", cancellationToken);
        await seed.MessageAsync(omar, MessageDirection.Incoming, "thanks for yesterday, was fun", 30, cancellationToken);
        await seed.MessageAsync(omar, MessageDirection.Outgoing, "anytime! same time next week?", 31, cancellationToken, byWhatStyle: true);

        var sara = await seed.ContactAsync("+491701234504", "Sara", cancellationToken);
        await seed.MessageAsync(sara, MessageDirection.Incoming, "did you see my email?", 20, cancellationToken);
        await server.Get<ITakeovers>().TakeOverAsync(sara.Contact.Id, cancellationToken);

        // How replies were written: the analytics' providers table.
        var replies = server.Get<IReplyLog>();
        var at = Seed.Start;
        await replies.RecordAsync(new ReplyRecord { Id = "reply:w1", Contact = "+491701234503", WrittenAt = at, Provider = "mistral", Calls = 1, SentBy = "mistral", SentAt = at }, cancellationToken);
        await replies.RecordAsync(new ReplyRecord { Id = "reply:w2", Contact = "+491701234503", WrittenAt = at, Provider = "mistral", Calls = 2, SentBy = "mistral", SentAt = at }, cancellationToken);
        await replies.RecordAsync(new ReplyRecord { Id = "reply:w3", Contact = "+491701234504", WrittenAt = at, Provider = "openai", Fallback = true, Calls = 1, FailedCalls = 1, SentBy = ReplyRecord.Owner, SentAt = at }, cancellationToken);
        await replies.RecordAsync(new ReplyRecord { Id = "reply:w4", Contact = "+491701234501", WrittenAt = at, Provider = "offline", Fallback = true, FailedCalls = 3 }, cancellationToken);

        // A personal channel waiting for its scan. The image is a stand-in pattern (not a working QR): the real one comes from the engine.
        server.Bridge.Status = new("waha", true, "SCAN_QR_CODE", at, Convert.FromBase64String(StandInQr),
            "The session needs its QR code scanned: link WhatsApp on your phone. Replies wait until then.");

        var events = server.Get<IDashboardEvents>();
        events.Publish(new DashboardEvent(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), "inbox-processor", "Stored 3 message(s) from 1 webhook."));
        events.Publish(new DashboardEvent(new DateTimeOffset(2026, 5, 1, 10, 0, 1, TimeSpan.Zero), "chat-responder", "Reply queued for chat 4917012345 (mistral)."));
        return (lena.Contact.Id, tom.Contact.Id);
    }

    private const string StandInQr =
        "iVBORw0KGgoAAAANSUhEUgAAAHQAAAB0CAAAAABx8Un7AAABNklEQVR42u3a0Q6CMAyFYd7/pfXWzPX0bNACyb8rI7EfibNri8fnhnWAgoJuoYdY0fXf9904oL3o9EufoCM2vlZxQPvRWXAV4C+gEQf0OWiWGEDfhUY/+tKNBHoJmiV8dViXnTKg22hWUI1BouRwWTUIegq1mx+BlHVtoFtoVICpw1zBsngDbUGjQksVZ05zNb0B0DbUCZxtFCdRgPagagO5jbFdAIC2o6ohig6DqOmaFm+gLahTdEWHdfS58DpoGzpLCO4GUg1y2kCBlqDZJnEeEmSHAGg/enaAEcUBvQd1BhxZIa2a6K3pCugpdHUgmQ2bS4bMoOUP4p1NdvmfK0CX0Sy4ewOg70Cdg9p56Af6LHSlWQoTBmgr6gwlVWOsmmvQfnT1D6hZs2UlfNAytHOBgoIurS+MwMHyO85rlAAAAABJRU5ErkJggg==";
}
