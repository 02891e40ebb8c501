using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Replies;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle reply`: writes the reply to one message.</summary>
internal static class ReplyCommand
{
    public static Command Create()
    {
        var contact = new Option<string>("--contact") { Description = "Who wrote the message: name, alias or phone number.", Required = true };
        var text = new Option<string>("--text") { Description = "The message to answer.", Required = true };
        var relationship = new Option<string?>("--relationship") { Description = "Relationship for a new contact: partner, parent, sibling, child, friend, colleague, manager, client, other." };
        var group = new Option<string?>("--group") { Description = "The group the message was written in (the contact is the sender)." };
        var members = new Option<string[]>("--member") { Description = "Another member of the group (repeatable).", AllowMultipleArgumentsPerToken = true };
        var json = CliOptions.Json();
        var stdio = ReplyCli.McpStdio();
        var url = ReplyCli.McpUrl();

        var command = new Command("reply", "Write the reply the owner would send to one message.");
        foreach (var option in new Option[] { contact, text, relationship, group, members, json, stdio, url })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var message = new IncomingMessage
            {
                Contact = parseResult.GetValue(contact)!,
                Text = parseResult.GetValue(text)!,
                Relationship = ReplyCli.ParseRelationship(parseResult.GetValue(relationship)),
                Group = parseResult.GetValue(group),
                GroupMembers = parseResult.GetValue(members) ?? [],
            };
            await using var services = ReplyCli.Build(parseResult, stdio, url);
            var reply = await ReplyCli.ReplyAsync(services.GetRequiredService<IReplyAgent>(), message, cancellationToken);

            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteLineAsync(parseResult.GetValue(json) ? JsonSerializer.Serialize(ToJson(reply), WhatStyleJson.Indented) : ReplyCli.Describe(reply));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The script-facing shape: exactly these keys, stable.</summary>
    internal static object ToJson(AgentReply reply) => new
    {
        reply.Text,
        Sticker = reply.Sticker is { } s ? new { s.Id, s.Emoji, s.Description, s.FilePath } : null,
        reply.Provider,
        reply.Fallback,
        reply.LlmCalls,
        reply.ToolCalls,
        reply.LatencyMs,
    };
}
