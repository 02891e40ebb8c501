using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle stickers list|pick|add|build`: browse, choose, extend and rebuild the sticker catalogue.</summary>
internal static class StickersCommand
{
    public static Command Create()
    {
        var command = new Command("stickers", "Browse, pick, add and rebuild stickers.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Pick());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Build());
        return command;
    }

    private static Command List()
    {
        var json = CliOptions.Json();
        var command = new Command("list", "List every sticker: the starter pack and your own packs.") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = CliServices.Build(parseResult);
            var stickers = services.GetRequiredService<IStickerCatalog>().All;
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(stickers, WhatStyleJson.Options));
                return ExitCodes.Success;
            }

            foreach (var sticker in stickers)
            {
                await output.WriteLineAsync($"{sticker.Id,-28} {sticker.Emoji,-4} {string.Join(',', sticker.Moments),-34} {sticker.Description}");
            }

            var own = stickers.Count(s => s.Pack != "starter");
            await output.WriteLineAsync($"{stickers.Count} stickers ({stickers.Count - own} starter, {own} from your packs)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Pick()
    {
        var emotion = CommandValues.Enum<Emotion>("--emotion", "The emotion of the moment.");
        emotion.Required = true;
        var relationship = CommandValues.Enum<Relationship>("--relationship", "Who receives it (default: the contact's, else unknown).");
        var intensity = new Option<double?>("--intensity") { Description = "How strong the feeling is, 0..1 (e.g. 0.8)." };
        intensity.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } value && (double.IsNaN(value) || value < 0 || value > 1))
            {
                result.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--intensity must be between 0 and 1, not {value}."));
            }
        });
        var contact = new Option<string?>("--contact") { Description = "The recipient (name or id), to follow your habits with them and never repeat their last sticker." };
        CommandValues.NotBlank(contact, "the recipient's name or id, or leave --contact out");
        var moment = new Option<string?>("--moment") { Description = "Narrow to a moment, e.g. hug, congratulations, good-night." };
        var record = new Option<bool>("--record") { Description = "Remember the chosen sticker as sent to --contact." };
        var json = CliOptions.Json();
        var command = new Command("pick", "Pick the sticker that fits a moment, or say that none fits.")
        {
            emotion, relationship, intensity, contact, moment, record, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var level = parseResult.GetValue(intensity);

            await using var services = CliServices.Build(parseResult);
            var (contactId, contactRelationship) = await ResolveContactAsync(services, parseResult.GetValue(contact), cancellationToken);
            var request = new StickerRequest(
                parseResult.GetValue(emotion)!.Value,
                parseResult.GetValue(relationship) ?? contactRelationship,
                level,
                contactId,
                parseResult.GetValue(moment));

            var selector = services.GetRequiredService<IStickerSelector>();
            var sticker = await selector.SelectAsync(request, cancellationToken);
            if (sticker is not null && parseResult.GetValue(record))
            {
                if (contactId is null)
                {
                    throw new UserErrorException("--record needs --contact: whom was it sent to?");
                }

                await selector.RecordSentAsync(contactId, sticker.Id, cancellationToken);
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { found = sticker is not null, sticker }, WhatStyleJson.Options));
            }
            else if (sticker is null)
            {
                await output.WriteLineAsync("No sticker fits this moment; send words only.");
            }
            else
            {
                await output.WriteLineAsync($"{sticker.Id} {sticker.Emoji} {sticker.Description}");
                await output.WriteLineAsync(sticker.FilePath);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Add()
    {
        var folder = new Argument<string>("folder") { Description = "A folder with manifest.json and 512×512 WebP stickers (format: docs/stickers.md)." };
        var name = new Option<string?>("--name") { Description = "The pack's name (default: the manifest's \"pack\", else the folder's name)." };
        var replace = new Option<bool>("--replace") { Description = "Replace an existing pack of the same name." };
        var json = CliOptions.Json();
        var command = new Command("add", "Add your own sticker pack; each file is checked and bad ones are refused with a reason.")
        {
            folder, name, replace, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = CliServices.Build(parseResult);
            StickerPackReport report;
            try
            {
                report = await services.GetRequiredService<IStickerPackInstaller>()
                    .AddAsync(parseResult.GetValue(folder)!, parseResult.GetValue(name), parseResult.GetValue(replace), cancellationToken);
            }
            catch (InvalidDataException ex)
            {
                throw new UserErrorException(ex.Message, ex);
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(report, WhatStyleJson.Options));
            }
            else
            {
                foreach (var sticker in report.Added)
                {
                    await output.WriteLineAsync($"added   {sticker.Id} {sticker.Emoji}");
                }

                foreach (var refused in report.Refused)
                {
                    await output.WriteLineAsync($"refused {refused.Name}: it {refused.Reason}");
                }
            }

            if (report.Added.Count == 0)
            {
                throw new UserErrorException($"no sticker added to '{report.Pack}': every file was refused");
            }

            if (!parseResult.GetValue(json))
            {
                await output.WriteLineAsync($"Pack '{report.Pack}': {report.Added.Count} added, {report.Refused.Count} refused, in {report.Directory}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Build()
    {
        var source = new Option<string>("--source")
        {
            Description = "Folder of the Twemoji SVG files (npm package @twemoji/svg).",
            DefaultValueFactory = _ => Path.Combine("node_modules", "@twemoji", "svg"),
        };
        var output = new Option<string>("--output")
        {
            Description = "Folder to write the stickers to; its manifest.json says what to render.",
            DefaultValueFactory = _ => Path.Combine("assets", "stickers"),
        };
        var command = new Command("build", "Render the starter pack from its SVG artwork (see docs/stickers.md).") { source, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = CliServices.Build(parseResult);
            StickerBuildReport report;
            try
            {
                report = await services.GetRequiredService<IStarterPackBuilder>()
                    .BuildAsync(parseResult.GetValue(source)!, parseResult.GetValue(output)!, cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidDataException or DirectoryNotFoundException)
            {
                throw new UserErrorException(ex.Message, ex);
            }

            var writer = parseResult.InvocationConfiguration.Output;
            foreach (var built in report.Built)
            {
                await writer.WriteLineAsync($"built  {built.Id,-28} {built.Bytes / 1024.0,6:0.0} KB");
            }

            foreach (var failed in report.Failed)
            {
                await writer.WriteLineAsync($"failed {failed.Name}: {failed.Reason}");
            }

            await writer.WriteLineAsync($"{report.Built.Count} built, {report.Failed.Count} failed, in {report.OutputDirectory}");
            return report.Failed.Count == 0 ? ExitCodes.Success : ExitCodes.UserError;
        });
        return command;
    }

    /// <summary>The contact's id and relationship from the contact directory; without one, the name itself is the history key.</summary>
    private static async Task<(string? Id, Relationship? Relationship)> ResolveContactAsync(IServiceProvider services, string? contact, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(contact))
        {
            return (null, null);
        }

        var directory = services.GetService<IContactDirectory>();
        if (directory is null)
        {
            return (contact.Trim(), null);
        }

        var profile = await directory.FindAsync(contact, cancellationToken)
            ?? throw new UserErrorException($"no contact matches '{contact}'");
        return (profile.Contact.Id, profile.Settings.Relationship);
    }
}
