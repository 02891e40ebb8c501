using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Replies;
using WhatStyle.Cli.Serialization;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Text;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle reply`: writes the reply to one message.</summary>
internal static class ReplyCommand
{
    public static Command Create()
    {
        var contact = new Option<string>("--contact") { Description = "Who wrote the message: name, alias or phone number.", Required = true };
        CommandValues.NotBlank(contact, "a contact's name, alias or phone number");
        var text = new Option<string>("--text") { Description = "The message to answer.", Required = true };
        var relationship = CommandValues.Enum<Relationship>("--relationship", "Relationship for a new contact.");
        var group = new Option<string?>("--group") { Description = "The group the message was written in (the contact is the sender)." };
        CommandValues.NotBlank(group, "the group's name or id, or leave --group out");
        var members = new Option<string[]>("--member") { Description = "Another member of the group (repeatable).", AllowMultipleArgumentsPerToken = true };
        var noCreate = new Option<bool>("--no-create") { Description = "Refuse a contact that does not exist yet instead of creating it." };
        var dryRun = ReplyCli.DryRun();
        var json = CliOptions.Json();
        var stdio = ReplyCli.McpStdio();
        var url = ReplyCli.McpUrl();

        var command = new Command("reply", "Write the reply the owner would send to one message.");
        foreach (var option in new Option[] { contact, text, relationship, group, members, noCreate, dryRun, json, stdio, url })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var message = new IncomingMessage
            {
                Contact = parseResult.GetValue(contact)!,
                Text = parseResult.GetValue(text)!,
                Relationship = parseResult.GetValue(relationship),
                Group = parseResult.GetValue(group),
                GroupMembers = parseResult.GetValue(members) ?? [],
            };
            using var copy = ReplyCli.DryRunCopy(parseResult, dryRun);
            await using var services = ReplyCli.Build(parseResult, stdio, url, copy?.Path);
            var directory = services.GetRequiredService<IContactDirectory>();
            var known = await directory.FindAsync(message.Contact, cancellationToken);
            if (known is null && parseResult.GetValue(noCreate))
            {
                throw new UserErrorException(
                    $"no contact matches '{message.Contact}' (--no-create); add them with: whatstyle contacts set \"{message.Contact}\" --relationship <relationship>");
            }

            var reply = await ReplyCli.ReplyAsync(services.GetRequiredService<IReplyAgent>(), message, cancellationToken);
            var profile = known ?? await directory.FindAsync(message.Contact, cancellationToken);
            var isDryRun = copy is not null;
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                var shape = ToJson(reply, profile?.Contact.Id, created: known is null, isDryRun);
                await output.WriteLineAsync(JsonSerializer.Serialize(shape, CliJsonContext.Indented.ReplyJson));
                return ExitCodes.Success;
            }

            if (known is null && profile is not null)
            {
                await output.WriteLineAsync(CreatedNote(profile, isDryRun));
            }

            await output.WriteLineAsync(ReplyCli.Describe(reply));
            if (isDryRun)
            {
                await output.WriteLineAsync("(dry run: nothing was saved)");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Said when a message came from someone new, so a typo in --contact does not go unnoticed.</summary>
    internal static string CreatedNote(ContactProfile profile, bool dryRun) =>
        $"{(dryRun ? "Would create" : "Created")} a new contact: {profile.Contact.DisplayName} ({EnumSpelling.Name(profile.Relationship)}). "
        + $"Set who they are with: whatstyle contacts set \"{profile.Contact.DisplayName}\" --relationship <relationship>";

    /// <summary>The script-facing shape (<see cref="ReplyJson"/>).</summary>
    internal static ReplyJson ToJson(AgentReply reply, string? contactId, bool created, bool dryRun) => new(
        reply.Text,
        reply.Sticker,
        reply.Provider,
        reply.Fallback,
        reply.FallbackReason,
        reply.LlmCalls,
        reply.ToolCalls,
        reply.LatencyMs,
        contactId,
        created,
        reply.Queued,
        dryRun,
        reply.Tone);
}
