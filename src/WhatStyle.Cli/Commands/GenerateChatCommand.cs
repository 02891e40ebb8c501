using System.CommandLine;
using System.Globalization;
using WhatStyle.Tools.Import.Synthetic;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle generate-chat FILE --persona friend`: writes a long synthetic export for tests, benchmarks and eval voice.</summary>
internal static class GenerateChatCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Where to write the export (.txt)." };
        var persona = new Option<string>("--persona") { Description = "Who the chat is with.", DefaultValueFactory = _ => Persona.Friend.Key };
        persona.AcceptOnlyFromAmong([.. Persona.All.Select(p => p.Key)]);
        var messages = new Option<int>("--messages") { Description = "About how many messages to write.", DefaultValueFactory = _ => 5000 };
        var seed = new Option<int>("--seed") { Description = "The same seed writes the same chat.", DefaultValueFactory = _ => 1 };
        var owner = new Option<string>("--owner") { Description = "The owner's name in the export (pass it to --me).", DefaultValueFactory = _ => "Sam" };
        var command = new Command("generate-chat", "Write a long, realistic synthetic one-to-one export with a persona (friend, father, partner, sibling), deterministic for a seed.")
        {
            file, persona, messages, seed, owner,
        };
        command.SetAction(parseResult =>
        {
            var count = parseResult.GetValue(messages);
            if (count <= 0)
            {
                throw new UserErrorException("--messages must be a positive number.");
            }

            var chosen = Persona.Find(parseResult.GetValue(persona)!)!;
            var path = Path.GetFullPath(parseResult.GetValue(file)!);
            SyntheticExportWriter.Write(path, chosen, count, parseResult.GetValue(seed), parseResult.GetValue(owner)!);
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote about {count} messages with {chosen.ContactName} ({chosen.Key}, {chosen.Language}) to {path}; import with --me {parseResult.GetValue(owner)} --relationship {chosen.Relationship}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
