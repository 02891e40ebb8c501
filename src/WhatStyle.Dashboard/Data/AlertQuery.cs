using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;

namespace WhatStyle.Dashboard.Data;

/// <summary>
/// The alerts: every draft held as a possible crisis, and every draft waiting longer than
/// <see cref="DashboardOptions.DraftAlertAfter"/>. Urgent messages show as alerts on the inbox, where their tone is read.
/// </summary>
internal sealed class AlertQuery(IDraftStore drafts, DraftPlaces places, IContactDirectory contacts, IOptions<DashboardOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<Alert>> LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var alerts = new List<Alert>();
        foreach (var draft in await drafts.ListAsync(DraftStatus.Pending, cancellationToken))
        {
            var waited = now - draft.CreatedAt;
            var who = await NameAsync(draft, cancellationToken);
            if (draft.Crisis is not null)
            {
                alerts.Add(new Alert("crisis", $"Possible crisis ({draft.Crisis}) from {who}: answer personally now.",
                    await places.KeyOfAsync(draft, cancellationToken), "crisis:" + draft.Id));
            }
            else if (waited >= options.Value.DraftAlertAfter)
            {
                alerts.Add(new Alert("draft-waiting", $"A draft for {who} has waited {Describe(waited)}.",
                    await places.KeyOfAsync(draft, cancellationToken), "draft:" + draft.Id));
            }
        }

        return alerts;
    }

    private async Task<string> NameAsync(Draft draft, CancellationToken cancellationToken)
    {
        try
        {
            return (await contacts.FindAsync(draft.Contact, cancellationToken))?.Contact.DisplayName ?? draft.Contact;
        }
        catch (ArgumentException)
        {
            return draft.Contact;
        }
    }

    internal static string Describe(TimeSpan waited) => waited.TotalHours >= 1
        ? $"{(int)waited.TotalHours} h {waited.Minutes} min"
        : $"{Math.Max(1, (int)waited.TotalMinutes)} min";
}
