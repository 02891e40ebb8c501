using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Dashboard.Events;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Takeovers;
using WhatStyle.Tools.Text;

namespace WhatStyle.Dashboard.Endpoints;

/// <summary>What the owner does (POST, behind the gate's login and antiforgery checks); each redirects back with a notice code.</summary>
internal static class ActionEndpoints
{
    public static void MapActions(this RouteGroupBuilder dashboard)
    {
        dashboard.MapPost("/drafts/{id}/approve", ApproveAsync);
        dashboard.MapPost("/drafts/{id}/reject", RejectAsync);
        dashboard.MapPost("/conversations/{key}/takeover", (string key, ITakeovers takeovers, IDashboardEvents events, TimeProvider time, CancellationToken cancellationToken) =>
            SwitchAsync(key, takeover: true, takeovers, events, time, cancellationToken));
        dashboard.MapPost("/conversations/{key}/handback", (string key, ITakeovers takeovers, IDashboardEvents events, TimeProvider time, CancellationToken cancellationToken) =>
            SwitchAsync(key, takeover: false, takeovers, events, time, cancellationToken));
        dashboard.MapPost("/contacts/{id}", UpdateContactAsync);
        dashboard.MapPost("/operations/dead-letters", DeadLetterAsync);
    }

    private static async Task<IResult> ApproveAsync(
        string id, HttpContext http, IDraftStore drafts, IBridgeOperations bridge, IDashboardEvents events, TimeProvider time, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var text = form["text"].ToString();
        var back = Back(form["back"]);
        if (string.IsNullOrWhiteSpace(text) || text.Length > TextLimits.MaxMessageLength)
        {
            return Results.Text($"The reply must have 1 to {TextLimits.MaxMessageLength} characters. Go back and write one, or reject the draft.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (await drafts.GetAsync(id, cancellationToken) is not { } draft)
        {
            return Results.Text("No draft has that id: it may have been decided elsewhere. Reload the conversation.", statusCode: StatusCodes.Status404NotFound);
        }

        try
        {
            // Browsers send textarea line breaks as CRLF: unchanged text is the proposal, not an edit.
            var edited = text.ReplaceLineEndings("\n") == draft.Text.ReplaceLineEndings("\n") ? null : text.ReplaceLineEndings("\n");
            await drafts.ApproveAsync(id, edited, cancellationToken);
            events.Publish(new DashboardEvent(time.GetUtcNow(), "draft", edited is null ? "The owner approved a draft." : "The owner approved an edited draft."));
            return Results.Redirect($"{back}?note={(bridge.IsLive ? "approved" : "approved-later")}");
        }
        catch (InvalidOperationException)
        {
            return Results.Redirect($"{back}?note=decided");
        }
    }

    private static async Task<IResult> RejectAsync(
        string id, HttpContext http, IDraftStore drafts, IDashboardEvents events, TimeProvider time, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var back = Back(form["back"]);
        try
        {
            await drafts.RejectAsync(id, cancellationToken);
            events.Publish(new DashboardEvent(time.GetUtcNow(), "draft", "The owner rejected a draft."));
            return Results.Redirect($"{back}?note=rejected");
        }
        catch (KeyNotFoundException)
        {
            return Results.Text("No draft has that id: it may have been decided elsewhere. Reload the conversation.", statusCode: StatusCodes.Status404NotFound);
        }
        catch (InvalidOperationException)
        {
            return Results.Redirect($"{back}?note=decided");
        }
    }

    private static async Task<IResult> SwitchAsync(string key, bool takeover, ITakeovers takeovers, IDashboardEvents events, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ConversationKeys.TryContactId(key, out var contactId))
        {
            return Results.Text("Only a one-to-one chat can be taken over.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (takeover)
        {
            await takeovers.TakeOverAsync(contactId, cancellationToken);
        }
        else
        {
            await takeovers.HandBackAsync(contactId, cancellationToken);
        }

        events.Publish(new DashboardEvent(time.GetUtcNow(), "takeover", takeover ? "The owner took a chat over." : "The owner handed a chat back."));
        return Results.Redirect($"{DashboardPaths.Conversation(key)}?note={(takeover ? "takeover" : "handback")}");
    }

    private static async Task<IResult> UpdateContactAsync(string id, HttpContext http, IContactDirectory contacts, CancellationToken cancellationToken)
    {
        if (await PageEndpoints.FindContactAsync(contacts, id, cancellationToken) is not { } profile)
        {
            return Results.Text("No contact has that id.", statusCode: StatusCodes.Status404NotFound);
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (ContactForm.Parse(form, profile.Settings) is not { } settings)
        {
            return Results.Text(ContactForm.Rules, statusCode: StatusCodes.Status400BadRequest);
        }

        await contacts.ReplaceSettingsAsync(id, settings, cancellationToken);
        return Results.Redirect($"{DashboardPaths.Contact(id)}?note=saved");
    }

    private static async Task<IResult> DeadLetterAsync(HttpContext http, IBridgeOperations bridge, IDashboardEvents events, TimeProvider time, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var id = form["id"].ToString();
        if (string.IsNullOrWhiteSpace(id) || EnumSpelling.ParseOrNull<DeadLetterAction>(form["action"]) is not { } action)
        {
            return Results.Text("Pick a dead letter and retry or dismiss it.", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await bridge.ActOnDeadLetterAsync(id, action, cancellationToken);
        events.Publish(new DashboardEvent(time.GetUtcNow(), "dead-letter", outcome));
        return Results.Redirect($"{DashboardPaths.Operations}?note={EnumSpelling.Name(action)}");
    }

    /// <summary>Where to go after a draft decision: the conversation it came from, else the inbox (never outside the dashboard).</summary>
    private static string Back(string? conversationKey) =>
        string.IsNullOrWhiteSpace(conversationKey) ? DashboardPaths.Root : DashboardPaths.Conversation(conversationKey);
}
