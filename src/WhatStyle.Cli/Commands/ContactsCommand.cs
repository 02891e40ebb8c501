using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle contacts list|show|set`: the people WhatStyle knows, what you set and what it learned.</summary>
internal static class ContactsCommand
{
    public static Command Create()
    {
        var command = new Command("contacts", "List, show and configure contacts.");
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateShow());
        command.Subcommands.Add(CreateSet());
        return command;
    }

    private static Command CreateList()
    {
        var query = new Argument<string?>("query") { Description = "Only contacts whose name, alias or number contains this.", Arity = ArgumentArity.ZeroOrOne };
        var json = CliOptions.Json();
        var command = new Command("list", "List contacts with their relationship and how many of your messages their style rests on.");
        command.Arguments.Add(query);
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = CliServices.Build(parseResult);
            var profiles = await services.GetRequiredService<IContactDirectory>().ListAsync(parseResult.GetValue(query), cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(profiles, WhatStyleJson.Options));
            }
            else
            {
                await ContactsText.WriteListAsync(output, profiles);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateShow()
    {
        var name = new Argument<string>("name") { Description = "Name, alias, phone number or WhatsApp id." };
        CommandValues.NotBlank(name, "a contact's name, alias or phone number");
        var json = CliOptions.Json();
        var command = new Command("show", "Show a contact: your settings, the effective values and the learned style fingerprint.");
        command.Arguments.Add(name);
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = CliServices.Build(parseResult);
            var profile = await FindOrFailAsync(services.GetRequiredService<IContactDirectory>(), parseResult.GetValue(name)!, cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(profile, WhatStyleJson.Options));
            }
            else
            {
                await ContactsText.WriteProfileAsync(output, profile);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateSet()
    {
        var name = new Argument<string>("name") { Description = "Name, alias, phone number or WhatsApp id (created when unknown)." };
        CommandValues.NotBlank(name, "a contact's name, alias or phone number");
        var relationship = CommandValues.Enum<Relationship>("--relationship", "Your relationship to them.");
        var tone = new Option<string?>("--tone") { Description = "Preferred tone in your words, e.g. warm, playful, respectful." };
        var emoji = CommandValues.Enum<EmojiPolicy>("--emoji", "How many emoji your replies to them carry.");
        var nickname = new Option<string?>("--nickname") { Description = "How you address them, e.g. babe, Dad." };
        var address = CommandValues.Enum<AddressForm>("--address", "How you say \"you\" to them where the language has two: tu/du/tú (familiar) or vous/Sie/usted (polite).");
        var language = new Option<string?>("--language") { Description = "ISO 639-1 language to answer in, e.g. en, de." };
        language.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !IsLanguageCode(value))
            {
                result.AddError($"--language must be an ISO 639-1 code such as en or de, not '{value}'.");
            }
        });
        var greeting = new Option<string?>("--greeting") { Description = "Your usual greeting to them." };
        var signOff = new Option<string?>("--sign-off") { Description = "Your usual sign-off to them." };
        var mode = CommandValues.Enum<ReplyMode>("--mode", "What the WhatsApp bridge does with their messages: auto (send the reply), draft (you approve it) or off.");
        var alias = new Option<string[]>("--alias") { Description = "Another name, number or WhatsApp id of the same person (repeatable).", AllowMultipleArgumentsPerToken = false };
        var json = CliOptions.Json();

        var command = new Command("set", "Set what you decide about a contact; your settings always win over learned style.");
        command.Arguments.Add(name);
        foreach (var option in new Option[] { relationship, tone, emoji, nickname, language, address, greeting, signOff, mode, alias, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = new ContactSettings
            {
                Relationship = parseResult.GetValue(relationship),
                Tone = parseResult.GetValue(tone),
                Emoji = parseResult.GetValue(emoji),
                Nickname = parseResult.GetValue(nickname),
                Language = parseResult.GetValue(language),
                Address = parseResult.GetValue(address),
                Greeting = parseResult.GetValue(greeting),
                SignOff = parseResult.GetValue(signOff),
                ReplyMode = parseResult.GetValue(mode),
            };
            var aliases = parseResult.GetValue(alias) ?? [];
            if (settings == new ContactSettings() && aliases.Length == 0)
            {
                throw new UserErrorException("Nothing to set: pass at least one of --relationship, --tone, --emoji, --nickname, --language, --address, --greeting, --sign-off, --mode, --alias.");
            }

            using var services = CliServices.Build(parseResult);
            var directory = services.GetRequiredService<IContactDirectory>();
            var profile = await directory.GetOrCreateAsync(parseResult.GetValue(name)!, cancellationToken);
            try
            {
                foreach (var identity in aliases)
                {
                    profile = await directory.AddIdentityAsync(profile.Contact.Id, identity, cancellationToken);
                }
            }
            catch (IdentityConflictException ex)
            {
                throw new UserErrorException(ex.Message, ex);
            }

            if (settings != new ContactSettings())
            {
                profile = await directory.UpdateSettingsAsync(profile.Contact.Id, settings, cancellationToken);
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(profile, WhatStyleJson.Options));
            }
            else
            {
                await output.WriteLineAsync($"Updated {profile.Contact.DisplayName}.");
                await ContactsText.WriteSettingsAsync(output, profile);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static async Task<ContactProfile> FindOrFailAsync(IContactDirectory directory, string name, CancellationToken cancellationToken) =>
        await directory.FindAsync(name, cancellationToken)
            ?? throw new UserErrorException($"No contact matches '{name}'. See 'whatstyle contacts list'.");

    private static bool IsLanguageCode(string language) => language.Length is 2 or 3 && language.All(char.IsAsciiLetterLower);
}
