using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using WhatStyle.Agent.Cli.DeadLetters;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Agent.Cli.Commands;

/// <summary>`whatstyle deadletters list|retry|dismiss`: replies the WhatsApp bridge gave up sending.</summary>
internal static class DeadLettersCommand
{
    public static Command Create()
    {
        var command = new Command("deadletters", "Replies the WhatsApp bridge gave up sending: list them, retry or dismiss one.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Change("retry", "Send it again (attempts start over); the bridge picks the request up within a second, or at its next start."));
        command.Subcommands.Add(Change("dismiss", "Drop it for good; it is never sent."));
        return command;
    }

    private static Command List()
    {
        var json = CliOptions.Json();
        var command = new Command("list", "List dead letters: recipient, error code, attempts and text.") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var deadLetters = Store(parseResult).List();
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(deadLetters, WhatStyleJson.Options));
                return ExitCodes.Success;
            }

            foreach (var letter in deadLetters)
            {
                await output.WriteLineAsync($"{letter.Id}  to {letter.To}  {letter.Kind}  {letter.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}  after {letter.Attempts} attempt(s)");
                await output.WriteLineAsync($"    error: {letter.Error ?? "-"}");
                await output.WriteLineAsync($"    text:  {OneLine(letter.Text ?? "[sticker]")}");
            }

            await output.WriteLineAsync($"{deadLetters.Count} dead letter(s)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Change(string action, string description)
    {
        var id = new Argument<string>("id") { Description = "The dead letter's id, as shown by `whatstyle deadletters list`." };
        var command = new Command(action, description) { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var letter = parseResult.GetValue(id)!;
            Store(parseResult).Request(action, letter);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                $"{action} of {letter} requested: the bridge applies it within a second while it runs, otherwise when it starts.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static BridgeDeadLetters Store(ParseResult parseResult) =>
        new(DataDirectory.Resolve(parseResult.GetValue(CliOptions.DataDir)));

    private static string OneLine(string text) => text.ReplaceLineEndings(" / ");
}
