using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Dashboard.Components.Pages;
using WhatStyle.Dashboard.Data;
using WhatStyle.Dashboard.Events;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Dashboard.Endpoints;

/// <summary>The pages the owner reads (GET); each loads its data, then renders its component.</summary>
internal static class PageEndpoints
{
    public static void MapPages(this RouteGroupBuilder dashboard)
    {
        dashboard.MapGet("/", async (HttpContext http, PageRenderer pages, InboxQuery inbox, string? show, string? contact, CancellationToken cancellationToken) =>
        {
            var filter = InboxFilter.Parse(show, contact);
            return await pages.RenderAsync<InboxPage>(http, new Dictionary<string, object?>
            {
                ["Rows"] = await inbox.LoadAsync(filter, cancellationToken),
                ["Filter"] = filter,
            }, cancellationToken);
        });

        dashboard.MapGet("/conversations/{key}", async (HttpContext http, PageRenderer pages, ConversationQuery conversations, string key, CancellationToken cancellationToken) =>
            await conversations.LoadAsync(key, cancellationToken) is { } view
                ? await pages.RenderAsync<ConversationPage>(http, new Dictionary<string, object?> { ["View"] = view }, cancellationToken)
                : await pages.MessageAsync(http, "Not found", "No conversation has that address: it may have been removed. Pick one in the inbox.", StatusCodes.Status404NotFound, cancellationToken));

        dashboard.MapGet("/contacts/{id}", async (HttpContext http, PageRenderer pages, IContactDirectory contacts, StyleHistoryQuery styles, string id, CancellationToken cancellationToken) =>
            await FindContactAsync(contacts, id, cancellationToken) is { } profile
                ? await pages.RenderAsync<ContactPage>(http, new Dictionary<string, object?>
                {
                    ["Profile"] = profile,
                    ["History"] = await styles.LoadAsync(profile.Contact.Id, cancellationToken),
                }, cancellationToken)
                : await pages.MessageAsync(http, "Not found", "No contact has that id. Pick a conversation in the inbox to reach its contact.", StatusCodes.Status404NotFound, cancellationToken));

        dashboard.MapGet("/operations", async (HttpContext http, PageRenderer pages, IBridgeOperations bridge, CancellationToken cancellationToken) =>
            await pages.RenderAsync<OperationsPage>(http, new Dictionary<string, object?>
            {
                ["Live"] = bridge.IsLive,
                ["Channel"] = await bridge.ChannelAsync(cancellationToken),
                ["Providers"] = await bridge.ProvidersAsync(cancellationToken),
                ["DeadLetters"] = await bridge.DeadLettersAsync(cancellationToken),
            }, cancellationToken));

        dashboard.MapGet("/analytics", async (HttpContext http, PageRenderer pages, AnalyticsQuery analytics, CancellationToken cancellationToken) =>
            await pages.RenderAsync<AnalyticsPage>(http, new Dictionary<string, object?> { ["Report"] = await analytics.LoadAsync(cancellationToken) }, cancellationToken));

        dashboard.MapGet("/analytics/{table}.csv", async (string table, AnalyticsQuery analytics, CancellationToken cancellationToken) =>
            CsvTable.Names.Contains(table)
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(CsvTable.Render(await analytics.LoadAsync(cancellationToken), table)!), "text/csv; charset=utf-8", $"whatstyle-{table}.csv")
                : Results.NotFound());

        dashboard.MapGet("/events", (HttpContext http, PageRenderer pages, IDashboardEvents events, CancellationToken cancellationToken) =>
            pages.RenderAsync<EventsPage>(http, new Dictionary<string, object?> { ["Recent"] = events.Recent() }, cancellationToken));
    }

    internal static async Task<ContactProfile?> FindContactAsync(IContactDirectory contacts, string id, CancellationToken cancellationToken)
    {
        try
        {
            var profile = await contacts.FindAsync(id, cancellationToken);
            // Only by id: a name in the address must not reach a different contact.
            return profile?.Contact.Id == id ? profile : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
