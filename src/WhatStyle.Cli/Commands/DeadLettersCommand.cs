using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using WhatStyle.Hosting;
using WhatStyle.Cli.DeadLetters;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle deadletters list|retry|dismiss`: replies the WhatsApp bridge gave up sending.</summary>
internal static class DeadLettersCommand
{
    /// <summary>Where a running bridge is asked; it must be this machine's address (the bridge answers loopback only).</summary>
    private static readonly Option<Uri?> BridgeUrl = new("--bridge-url")
    {
        Description = $"URL of the running bridge (default: ${BridgeFiles.UrlEnvironmentVariable}, then the address the bridge wrote to " +
            $"{BridgeFiles.AdminUrlFile}, then {BridgeFiles.DefaultUrl}). Used only while a bridge holds {BridgeFiles.LockFile}; otherwise bridge.db is read directly.",
        Recursive = true,
        CustomParser = result => Uri.TryCreate(result.Tokens.Single().Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : ParseError(result),
    };

    public static Command Create()
    {
        var command = new Command("deadletters", "What the WhatsApp bridge gave up on (replies not sent, messages not answered, webhook bodies it could not process): list them, retry or dismiss one.");
        command.Options.Add(BridgeUrl);
        command.Subcommands.Add(List());
        command.Subcommands.Add(Change("retry", "Try it again (attempts start over); the bridge picks the request up within a second, or at its next start."));
        command.Subcommands.Add(Change("dismiss", "Drop it for good; a reply is never sent, a message never answered, a webhook body deleted."));
        return command;
    }

    private static Command List()
    {
        var json = CliOptions.Json();
        var command = new Command("list", "List dead letters: recipient, error code, attempts and text.") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (deadLetters, source) = await Store(parseResult).ListAsync(cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                // stdout stays pure JSON for scripts; which source was used goes to stderr.
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"Dead letters {source}.");
                await output.WriteLineAsync(JsonSerializer.Serialize(deadLetters, WhatStyleJson.Options));
                return ExitCodes.Success;
            }

            await output.WriteLineAsync($"Dead letters {source}.");
            foreach (var letter in deadLetters)
            {
                var to = letter.To.Length > 0 ? $"  {(letter.Source == "outbox" ? "to" : "from")} {letter.To}" : "";
                await output.WriteLineAsync($"{letter.Id}  [{letter.Source}]{to}  {letter.Kind}  {letter.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}  after {letter.Attempts} attempt(s)");
                await output.WriteLineAsync($"    error: {letter.Error ?? "-"}");
                await output.WriteLineAsync($"    text:  {Shorten(OneLine(letter.Text ?? "[sticker]"))}");
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
            await Store(parseResult).RequestAsync(action, letter, cancellationToken);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                $"{action} of {letter} requested: the bridge applies it within a second while it runs, otherwise when it starts.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static BridgeDeadLetters Store(ParseResult parseResult) =>
        new(HostEnvironment.ResolveDataDirectory(parseResult.GetValue(CliOptions.DataDir)), ResolveBridgeUrl(parseResult.GetValue(BridgeUrl)));

    /// <summary>--bridge-url, else the environment variable, else null: the address the running bridge published.</summary>
    private static Uri? ResolveBridgeUrl(Uri? explicitUrl)
    {
        if (explicitUrl is not null)
        {
            return explicitUrl;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(BridgeFiles.UrlEnvironmentVariable);
        if (string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return null;
        }

        return Uri.TryCreate(fromEnvironment, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new UserErrorException($"{BridgeFiles.UrlEnvironmentVariable} is not an http(s) URL.");
    }

    private static Uri? ParseError(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError("--bridge-url must be an absolute http(s) URL, e.g. http://127.0.0.1:8080.");
        return null;
    }

    /// <summary>An inbox record's text is a whole webhook body; the list shows its start (--json has all of it).</summary>
    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private static string OneLine(string text) => text.ReplaceLineEndings(" / ");
}
