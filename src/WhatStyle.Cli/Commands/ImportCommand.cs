using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using WhatStyle.Cli.Terminal;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Import;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Text;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle import FILE --me NAME`: reads a WhatsApp "Export chat" file into contacts and history.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The exported chat: the .txt, or the .zip WhatsApp makes (iOS always, Android \"with media\"); Android or iOS, any language." };
        var me = new Option<string>("--me") { Description = "Your name (or number) as it appears in the file.", Required = true };
        CommandValues.NotBlank(me, "your name (or number) as it appears in the file");
        var contact = new Option<string?>("--contact") { Description = "For a one-to-one chat: who it is with (default: the other author's name)." };
        CommandValues.NotBlank(contact, "who the chat is with, or leave --contact out");
        var relationship = CommandValues.Enum<Relationship>("--relationship", "For a one-to-one chat: your relationship to them (default: suggested from the chat).");
        var group = new Option<string?>("--group") { Description = "For a group chat: its name (default: from the file)." };
        CommandValues.NotBlank(group, "the group's name, or leave --group out");
        var json = CliOptions.Json();

        var command = new Command("import", "Import a WhatsApp chat export; importing the same file again adds nothing.");
        command.Arguments.Add(file);
        command.Options.Add(me);
        command.Options.Add(contact);
        command.Options.Add(relationship);
        command.Options.Add(group);
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new ImportRequest(Path.GetFullPath(parseResult.GetValue(file)!), parseResult.GetValue(me)!)
            {
                Contact = parseResult.GetValue(contact),
                Relationship = parseResult.GetValue(relationship),
                Group = parseResult.GetValue(group),
            };

            using var services = CliServices.Build(parseResult);
            var importer = services.GetRequiredService<IChatImporter>();
            ImportResult result;
            try
            {
                result = await RunWithProgressAsync(importer, request, cancellationToken);
            }
            catch (ImportException ex)
            {
                throw new UserErrorException(ex.Message, ex);
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(result, WhatStyleJson.Options));
            }
            else
            {
                await WriteSummaryAsync(output, result);
                var waiting = (await services.GetRequiredService<IEmbeddingBacklog>().StatusAsync(cancellationToken)).Sum(c => c.Pending);
                if (waiting > 0)
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Memory: {waiting:N0} exchanges wait to be embedded by meaning (found by wording until then): run `whatstyle memory embed`, or let the bridge or the MCP server do it in the background."));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Task<ImportResult> RunWithProgressAsync(IChatImporter importer, ImportRequest request, CancellationToken cancellationToken) =>
        StderrProgress.RunAsync<ImportProgress, ImportResult>(
            $"Importing {Markup.Escape(Path.GetFileName(request.FilePath))}",
            p => (p.Done, p.Total),
            progress => importer.ImportAsync(request, progress, cancellationToken));

    private static async Task WriteSummaryAsync(TextWriter output, ImportResult result)
    {
        var culture = CultureInfo.InvariantCulture;
        var with = result.Group is { } groupName ? $"group {groupName} ({string.Join(", ", result.Contacts)})" : string.Join(", ", result.Contacts);
        await output.WriteLineAsync(string.Create(culture, $"Imported {Path.GetFileName(result.File)}: {result.Messages} messages ({result.NewMessages} new, {result.OwnerMessages} yours) with {with}."));
        await output.WriteLineAsync(string.Create(culture, $"Contacts: {result.Contacts.Count}. Skipped system lines: {result.SystemLines}. Media: {result.Media}, deleted: {result.Deleted}, edited: {result.Edited}. Dates read {(result.DayFirst ? "day" : "month")}-first."));
        if (result.Unreadable.Count > 0)
        {
            var numbers = string.Join(", ", result.Unreadable.Take(20).Select(u => u.LineNumber.ToString(culture)));
            var more = result.Unreadable.Count > 20 ? string.Create(culture, $" and {result.Unreadable.Count - 20} more") : "";
            await output.WriteLineAsync(string.Create(culture, $"Could not read {result.Unreadable.Count} line(s): {numbers}{more}."));
        }
        else
        {
            await output.WriteLineAsync("Unreadable lines: 0.");
        }

        if (result.RelationshipSource is { } source)
        {
            var contact = result.Contacts.Count > 0 ? result.Contacts[0] : "them";
            await output.WriteLineAsync(result.Relationship is { } relationship
                ? $"Relationship: {EnumSpelling.Name(relationship)} ({source}). Change it with: whatstyle contacts set \"{contact}\" --relationship <relationship>"
                : $"Relationship: not set ({source}); replies treat {contact} as \"other\" until you run: whatstyle contacts set \"{contact}\" --relationship <relationship>");
        }

        foreach (var warning in result.Warnings)
        {
            await output.WriteLineAsync("Note: " + warning);
        }
    }
}
