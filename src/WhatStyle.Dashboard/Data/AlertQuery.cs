using Microsoft.Extensions.Options;
using WhatStyle.Tools.Attention;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Dashboard.Data;

/// <summary>
/// The alerts: every draft held as a possible crisis, every draft waiting longer than
/// <see cref="DashboardOptions.DraftAlertAfter"/>, and every urgent message not answered yet (within
/// <see cref="DashboardOptions.UrgentAlertFor"/>). One placement per alerting draft or urgent conversation (not per draft
/// waiting), and one read for the newest message of every urgent conversation; the page frame asks once per request.
/// </summary>
internal sealed class AlertQuery(
    IDraftStore drafts, IUrgentMessages urgent, IMessageRepository messages, DraftPlaces places, IOptions<DashboardOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<Alert>> LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var alerts = new List<Alert>();
        foreach (var draft in await drafts.ListAsync(DraftStatus.Pending, cancellationToken))
        {
            var waited = now - draft.CreatedAt;
            if (draft.Crisis is null && waited < settings.DraftAlertAfter)
            {
                continue;
            }

            var (key, who) = await places.PlaceAsync(draft.Contact, draft.Group, draft.Chat, cancellationToken);
            alerts.Add(draft.Crisis is not null
                ? new Alert("crisis", $"Possible crisis ({draft.Crisis}) from {who}: answer personally now.", key, "crisis:" + draft.Id)
                : new Alert("draft-waiting", $"A draft for {who} has waited {Describe(waited)}.", key, "draft:" + draft.Id));
        }

        alerts.AddRange(await UrgentAsync(now - settings.UrgentAlertFor, cancellationToken));
        return alerts;
    }

    /// <summary>The newest urgent message of each conversation where nothing was sent since it arrived.</summary>
    private async Task<IReadOnlyList<Alert>> UrgentAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var marks = await urgent.ListAsync(since, cancellationToken);
        if (marks.Count == 0)
        {
            return [];
        }

        var placed = new List<(UrgentMessage Mark, string Key, string Who)>();
        foreach (var mark in marks.DistinctBy(m => m.Chat, StringComparer.Ordinal))
        {
            var (key, who) = await places.PlaceAsync(mark.Contact, mark.Group, mark.Chat, cancellationToken);
            placed.Add((mark, key, who));
        }

        var latest = await messages.LatestAsync([.. placed.Select(p => p.Key).Where(k => !k.StartsWith(DraftPlaces.UnknownPrefix, StringComparison.Ordinal))], cancellationToken);
        return [.. placed
            .Where(p => latest.GetValueOrDefault(p.Key) is not { Direction: MessageDirection.Outgoing } answer || answer.Timestamp < p.Mark.At)
            .Select(p => new Alert("urgent", $"An urgent message from {p.Who} is not answered yet.", p.Key, "urgent:" + p.Mark.MessageId))];
    }

    internal static string Describe(TimeSpan waited) => waited.TotalHours >= 1
        ? $"{(int)waited.TotalHours} h {waited.Minutes} min"
        : $"{Math.Max(1, (int)waited.TotalMinutes)} min";
}
