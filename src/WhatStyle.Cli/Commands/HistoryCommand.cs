using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle history NAME [--limit N]`: the recent conversation with a contact or group, with its rolling summary.</summary>
internal static class HistoryCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Contact (name, alias, number) or group name." };
        CommandValues.NotBlank(name, "a contact's name, alias or number, or a group's name");
        var limit = new Option<int>("--limit") { Description = "How many recent messages to show (1-1000).", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                result.AddError("--limit must be between 1 and 1000.");
            }
        });
        var json = CliOptions.Json();

        var command = new Command("history", "Show the recent messages with a contact or group, oldest first, with a short summary.");
        command.Arguments.Add(name);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = CliServices.Build(parseResult);
            var query = parseResult.GetValue(name)!;
            var (id, displayName) = await ResolveAsync(services, query, cancellationToken);
            var context = await services.GetRequiredService<IConversationMemory>().GetContextAsync(id, parseResult.GetValue(limit), cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(context, WhatStyleJson.Options));
                return ExitCodes.Success;
            }

            // The summary covers a longer window than --limit; the header says exactly what is listed below it.
            await output.WriteLineAsync($"Summary: {context.Summary}");
            await output.WriteLineAsync(HistoryHeader(context.Recent.Count, parseResult.GetValue(limit), displayName));
            foreach (var message in context.Recent)
            {
                var who = message.Direction == MessageDirection.Outgoing ? "you" : await SenderAsync(services, message, displayName, cancellationToken);
                var text = message.Text.ReplaceLineEndings("\n" + new string(' ', 19));
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{message.Timestamp:yyyy-MM-dd HH:mm}  {who}: {text}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static string HistoryHeader(int shown, int limit, string name) => shown switch
    {
        0 => $"No messages with {name} to show.",
        _ when shown < limit => string.Create(CultureInfo.InvariantCulture, $"All {shown} message(s) with {name}, oldest first:"),
        _ => string.Create(CultureInfo.InvariantCulture, $"The latest {shown} message(s) with {name}, oldest first (--limit {limit}):"),
    };

    private static async Task<(string Id, string Name)> ResolveAsync(IServiceProvider services, string query, CancellationToken cancellationToken)
    {
        if (await services.GetRequiredService<IContactDirectory>().FindAsync(query, cancellationToken) is { } contact)
        {
            return (contact.Contact.Id, contact.Contact.DisplayName);
        }

        if (await services.GetRequiredService<IGroupDirectory>().FindAsync(query, cancellationToken) is { } group)
        {
            return (group.Group.Id, group.Group.Name);
        }

        throw new UserErrorException($"No contact or group matches '{query}'. See 'whatstyle contacts list'.");
    }

    private static async Task<string> SenderAsync(IServiceProvider services, ConversationMessage message, string conversationName, CancellationToken cancellationToken)
    {
        if (message.GroupId is null)
        {
            return conversationName;
        }

        var sender = await services.GetRequiredService<IContactDirectory>().FindAsync(message.ContactId, cancellationToken);
        return sender?.Contact.DisplayName ?? message.ContactId;
    }
}
