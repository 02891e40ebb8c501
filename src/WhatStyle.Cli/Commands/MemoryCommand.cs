using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Cli.Terminal;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Cli.Commands;

/// <summary>
/// `whatstyle memory status|embed`: how much of the conversation memory is embedded by meaning, and embedding the rest
/// now (an import leaves its history waiting; the bridge and the MCP server embed it in the background).
/// </summary>
internal static class MemoryCommand
{
    public static Command Create()
    {
        var command = new Command("memory", "Conversation memory: which exchanges are embedded by meaning, and embedding imported history now.");
        command.Subcommands.Add(Status());
        command.Subcommands.Add(Embed());
        return command;
    }

    private static Command Status()
    {
        var json = CliOptions.Json();
        var command = new Command("status", "Per contact and group: exchanges remembered, embedded by meaning, and waiting (compared by wording until embedded).") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = CliServices.Build(parseResult);
            var counts = await services.GetRequiredService<IEmbeddingBacklog>().StatusAsync(cancellationToken);
            var rows = new List<MemoryStatusRow>();
            foreach (var count in counts.OrderByDescending(c => c.Pending).ThenByDescending(c => c.Exchanges))
            {
                rows.Add(new MemoryStatusRow(await NameAsync(services, count.ConversationKey, cancellationToken), count.Exchanges, count.Embedded, count.Pending));
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(rows, WhatStyleJson.Options));
                return ExitCodes.Success;
            }

            var culture = CultureInfo.InvariantCulture;
            var width = rows.Count == 0 ? 0 : rows.Max(r => r.Name.Length);
            foreach (var row in rows)
            {
                await output.WriteLineAsync(string.Create(culture, $"{row.Name.PadRight(width)}  {row.Embedded,7:N0} of {row.Exchanges,7:N0} embedded, {row.Pending,7:N0} waiting"));
            }

            var pending = rows.Sum(r => r.Pending);
            await output.WriteLineAsync(pending == 0
                ? string.Create(culture, $"All {rows.Sum(r => r.Exchanges):N0} exchanges are embedded by meaning.")
                : string.Create(culture, $"{pending:N0} of {rows.Sum(r => r.Exchanges):N0} exchanges wait for their meaning (compared by wording meanwhile): run `whatstyle memory embed`, or let the bridge or the MCP server embed them in the background."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Embed()
    {
        var command = new Command("embed", "Embed every exchange still waiting for its meaning now (imported history), with a progress bar; stopping part-way keeps what is done.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = CliServices.Build(parseResult);
            var backlog = services.GetRequiredService<IEmbeddingBacklog>();
            var started = TimeProvider.System.GetTimestamp();
            var embedded = await RunWithProgressAsync(backlog, cancellationToken);
            var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(embedded == 0
                ? "Nothing was waiting: every exchange is embedded by meaning."
                : string.Create(CultureInfo.InvariantCulture, $"Embedded {embedded:N0} exchanges by meaning in {seconds:0.0} s."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Task<int> RunWithProgressAsync(IEmbeddingBacklog backlog, CancellationToken cancellationToken) =>
        StderrProgress.RunAsync<EmbeddingProgress, int>(
            "Embedding history by meaning",
            p => (p.Done, p.Total),
            progress => backlog.EmbedPendingAsync(progress, cancellationToken));

    /// <summary>The contact's or group's name for a conversation key (the key itself when neither is known).</summary>
    private static async Task<string> NameAsync(IServiceProvider services, string conversationKey, CancellationToken cancellationToken)
    {
        if (ConversationKeys.TryContactId(conversationKey, out var contactId)
            && await services.GetRequiredService<IContactRepository>().GetAsync(contactId, cancellationToken) is { } contact)
        {
            return contact.Contact.DisplayName;
        }

        if (ConversationKeys.TryGroupId(conversationKey, out var groupId)
            && await services.GetRequiredService<IGroupRepository>().GetAsync(groupId, cancellationToken) is { } group)
        {
            return group.Group.Name + " (group)";
        }

        return conversationKey;
    }

    /// <summary>One line of <c>memory status</c>.</summary>
    internal sealed record MemoryStatusRow(string Name, int Exchanges, int Embedded, int Pending);
}
