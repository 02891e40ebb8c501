using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Replies;
using WhatStyle.Agent.Replies.Queue;
using WhatStyle.Tools.Replies.Queue;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle queue list|run`: replies that fell back because a provider failed, and their regeneration.</summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var command = new Command("queue", "Replies answered offline because a provider failed, waiting to be regenerated.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Run());
        return command;
    }

    private static Command List()
    {
        var all = new Option<bool>("--all") { Description = "Include regenerated items (with their drafts)." };
        var json = CliOptions.Json();
        var command = new Command("list", "List queued replies.") { all, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = CliServices.Build(parseResult, (s, c) => s.AddReplyAgent(c));
            var items = await services.GetRequiredService<IRetryQueue>().ListAsync(parseResult.GetValue(all), cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { items }, WhatStyleJson.Indented));
                return ExitCodes.Success;
            }

            if (items.Count == 0)
            {
                await output.WriteLineAsync("The retry queue is empty.");
            }

            var names = await NamesAsync(services, items, cancellationToken);
            foreach (var item in items)
            {
                await output.WriteLineAsync(Describe(item, names));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Run()
    {
        var stdio = ReplyCli.McpStdio();
        var url = ReplyCli.McpUrl();
        var command = new Command("run", "Regenerate queued replies with the provider chain; better replies are kept as drafts.") { stdio, url };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = ReplyCli.Build(parseResult, stdio, url);
            var result = await services.GetRequiredService<RetryQueueRunner>().RunAsync(cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Regenerated {result.Regenerated.Count}; still pending {result.StillPending.Count}.");
            var names = await NamesAsync(services, result.Regenerated, cancellationToken);
            foreach (var item in result.Regenerated)
            {
                await output.WriteLineAsync(Describe(item, names));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Display names of the items' contacts (ids are what is stored; people read names).</summary>
    private static async Task<IReadOnlyDictionary<string, string>> NamesAsync(IServiceProvider services, IEnumerable<RetryItem> items, CancellationToken cancellationToken)
    {
        var directory = services.GetRequiredService<IContactDirectory>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in items.Select(i => i.ContactId).Distinct(StringComparer.Ordinal))
        {
            if (await directory.FindAsync(id, cancellationToken) is { } profile)
            {
                names[id] = profile.Contact.DisplayName;
            }
        }

        return names;
    }

    internal static string Describe(RetryItem item, IReadOnlyDictionary<string, string> names) =>
        (item.Crisis is null ? string.Empty : $"CRISIS ({item.Crisis}): answer personally{Environment.NewLine}")
        + $"{item.Id[..8]}  {item.Status.ToString().ToLowerInvariant(),-7} {item.EnqueuedAt:u}  {names.GetValueOrDefault(item.ContactId, item.ContactId)}: \"{item.Text}\"{Environment.NewLine}"
        + $"          offline: {item.OfflineReply}{Environment.NewLine}"
        + (item.Draft is null ? $"          reason: {item.Reason}; attempts {item.Attempts}" : $"          draft ({item.DraftProvider}): {item.Draft}");
}
