using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Hosting;
using WhatStyle.Storage.Postgres;
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
            $"{BridgeFiles.AdminUrlFile}, then {BridgeFiles.DefaultUrl}). Used only while a bridge holds {BridgeFiles.LockFile}; otherwise bridge.db (with Storage:Provider=postgres, PostgreSQL) is read directly.",
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
        command.Subcommands.Add(Retry());
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

    private static Command Retry()
    {
        var id = new Argument<string?>("id") { Description = "The dead letter's id, as shown by `whatstyle deadletters list`.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Retry every dead letter (corrupt webhook bodies excepted: dismiss those)." };
        var since = new Option<DateTimeOffset?>("--since")
        {
            Description = "With --all: only dead letters created since this time (2026-12-01, 2026-12-01T08:00Z) or this long ago (30m, 6h, 2d).",
            CustomParser = result => DeadLetterSince.TryParse(result.Tokens.Single().Value, DateTimeOffset.UtcNow, out var at)
                ? at
                : SinceError(result),
        };
        var command = new Command("retry", "Try it again (attempts start over), or every one with --all; the bridge picks the request up within a second, or at its next start.")
        {
            id, all, since,
        };
        command.Validators.Add(result =>
        {
            var hasId = result.GetValue(id) is not null;
            var hasAll = result.GetValue(all);
            if (result.GetValue(id) is { } given && string.IsNullOrWhiteSpace(given))
            {
                // Checked here: a validator on this optional (zero-or-one) argument did not fire for a blank token.
                result.AddError("<id> is empty; give a dead letter's id as `whatstyle deadletters list` shows it.");
            }
            else if (hasId == hasAll)
            {
                result.AddError("Give either a dead letter's id or --all.");
            }
            else if (!hasAll && result.GetResult(since) is not null)
            {
                result.AddError("--since goes with --all.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var store = Store(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(id) is { } letter)
            {
                await store.RequestAsync("retry", letter, cancellationToken);
                await output.WriteLineAsync($"retry of {letter} requested: the bridge applies it within a second while it runs, otherwise when it starts.");
                return ExitCodes.Success;
            }

            var from = parseResult.GetValue(since);
            var count = await store.RequestRetryAllAsync(from, cancellationToken);
            var scope = from is { } at ? $" created since {at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}" : "";
            await output.WriteLineAsync(
                $"retry of every dead letter{scope} requested ({count} now): the bridge applies it within a second while it runs, otherwise when it starts.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static DateTimeOffset? SinceError(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError("--since takes a time (2026-12-01, 2026-12-01T08:00Z) or how long ago (30m, 6h, 2d).");
        return null;
    }

    private static Command Change(string action, string description)
    {
        var id = new Argument<string>("id") { Description = "The dead letter's id, as shown by `whatstyle deadletters list`." };
        CommandValues.NotBlank(id, "a dead letter's id as `whatstyle deadletters list` shows it");
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

    private static BridgeDeadLetters Store(ParseResult parseResult)
    {
        var dataDirectory = HostEnvironment.ResolveDataDirectory(parseResult.GetValue(CliOptions.DataDir));
        using var services = CliServices.Build(parseResult, dataDirectory: dataDirectory);
        var configuration = services.GetRequiredService<IConfiguration>();
        // Building the services validated the settings: with postgres, the connection string is there.
        var postgres = StorageProviders.Configured(configuration) == StorageProviders.Postgres
            ? configuration.GetConnectionString(PostgresStorageOptions.ConnectionStringName)
            : null;
        return new(dataDirectory, ResolveBridgeUrl(parseResult.GetValue(BridgeUrl)), postgres: postgres);
    }

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
