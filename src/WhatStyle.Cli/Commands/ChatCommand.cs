using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Replies;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle chat`: you type as the contact; each reply is shown with the tone reading of your message.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var contact = new Option<string>("--contact") { Description = "Who you are playing: name, alias or phone number.", Required = true };
        CommandValues.NotBlank(contact, "a contact's name, alias or phone number");
        var relationship = CommandValues.Enum<Relationship>("--relationship", "Relationship for a new contact.");
        var stdio = ReplyCli.McpStdio();
        var url = ReplyCli.McpUrl();
        var command = new Command("chat", "Chat as a contact: type their messages, see the replies (end with /quit or Ctrl+D).");
        var dryRun = ReplyCli.DryRun();
        foreach (var option in new Option[] { contact, relationship, dryRun, stdio, url })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var who = parseResult.GetValue(contact)!;
            var rel = parseResult.GetValue(relationship);
            using var copy = ReplyCli.DryRunCopy(parseResult, dryRun);
            await using var services = ReplyCli.Build(parseResult, stdio, url, copy?.Path);
            var output = parseResult.InvocationConfiguration.Output;
            if (copy is not null)
            {
                await output.WriteLineAsync("Dry run: nothing from this chat is saved.");
            }

            if (await services.GetRequiredService<IContactDirectory>().FindAsync(who, cancellationToken) is null)
            {
                await output.WriteLineAsync($"{who} is not a contact yet: {(copy is null ? "a new contact is created" : "a new contact would be created")} with your first message.");
            }

            await RunAsync(services.GetRequiredService<IReplyAgent>(), who, rel, Console.In, output, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The session loop, separate from the console so tests can drive it.</summary>
    internal static async Task RunAsync(IReplyAgent agent, string contact, Relationship? relationship, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Chatting as {contact}. Type a message and press Enter; /help lists commands, /quit or Ctrl+D ends.");
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync($"{contact}> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Trim() is "/help" or "/?")
            {
                await output.WriteLineAsync(Help(contact));
                continue;
            }

            if (IsUnknownCommand(line))
            {
                await output.WriteLineAsync($"unknown command {line.Trim()}; /help lists the commands.");
                continue;
            }

            var reply = await ReplyCli.ReplyAsync(agent, new IncomingMessage { Contact = contact, Text = line, Relationship = relationship }, cancellationToken);
            if (reply.Tone is { } tone)
            {
                await output.WriteLineAsync($"  tone: {ToneLine(tone)}");
            }

            await output.WriteLineAsync($"you> {ReplyCli.Describe(reply).ReplaceLineEndings(Environment.NewLine + "     ")}");
        }

        await output.WriteLineAsync("bye");
    }

    private static string Help(string contact) => string.Join(Environment.NewLine,
        "  /help          this list",
        "  /quit, /exit   end the chat (so does Ctrl+D)",
        $"  anything else  is sent as {contact}'s message; the reply and the tone reading of the message are shown");

    /// <summary>A line like "/qiut" is a mistyped command, not a message to answer.</summary>
    private static bool IsUnknownCommand(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 1 && trimmed[0] == '/' && trimmed.Skip(1).All(char.IsAsciiLetter);
    }

    internal static string ToneLine(ToneAnalysis tone) => string.Create(CultureInfo.InvariantCulture,
        $"{tone.Sentiment.Label.ToString().ToLowerInvariant()} {tone.Sentiment.Score:+0.00;-0.00}, {tone.Emotion.Label.ToString().ToLowerInvariant()}, intensity {tone.Intensity:0.00}, {tone.Formality.Label.ToString().ToLowerInvariant()}, urgency {tone.Urgency.Label.ToString().ToLowerInvariant()}{(tone.NeedsSupport ? ", needs support" : "")}, {tone.Language}");
}
