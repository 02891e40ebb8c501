using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Replies;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle chat`: you type as the contact; each reply is shown with the tone reading of your message.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var contact = new Option<string>("--contact") { Description = "Who you are playing: name, alias or phone number.", Required = true };
        var relationship = new Option<string?>("--relationship") { Description = "Relationship for a new contact." };
        var stdio = ReplyCli.McpStdio();
        var url = ReplyCli.McpUrl();
        var command = new Command("chat", "Chat as a contact: type their messages, see the replies (end with /quit or Ctrl+D).");
        foreach (var option in new Option[] { contact, relationship, stdio, url })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var who = parseResult.GetValue(contact)!;
            var rel = ReplyCli.ParseRelationship(parseResult.GetValue(relationship));
            await using var services = ReplyCli.Build(parseResult, stdio, url);
            await RunAsync(services.GetRequiredService<IReplyAgent>(), who, rel, Console.In, parseResult.InvocationConfiguration.Output, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The session loop, separate from the console so tests can drive it.</summary>
    internal static async Task RunAsync(IReplyAgent agent, string contact, Tools.Contacts.Relationship? relationship, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Chatting as {contact}. Type a message and press Enter; /quit or Ctrl+D ends.");
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

            var reply = await ReplyCli.ReplyAsync(agent, new IncomingMessage { Contact = contact, Text = line, Relationship = relationship }, cancellationToken);
            if (reply.Tone is { } tone)
            {
                await output.WriteLineAsync($"  tone: {ToneLine(tone)}");
            }

            await output.WriteLineAsync($"you> {ReplyCli.Describe(reply).ReplaceLineEndings(Environment.NewLine + "     ")}");
        }

        await output.WriteLineAsync("bye");
    }

    internal static string ToneLine(ToneAnalysis tone) => string.Create(CultureInfo.InvariantCulture,
        $"{tone.Sentiment.Label.ToString().ToLowerInvariant()} {tone.Sentiment.Score:+0.00;-0.00}, {tone.Emotion.Label.ToString().ToLowerInvariant()}, intensity {tone.Intensity:0.00}, {tone.Formality.Label.ToString().ToLowerInvariant()}, urgency {tone.Urgency.Label.ToString().ToLowerInvariant()}{(tone.NeedsSupport ? ", needs support" : "")}, {tone.Language}");
}
