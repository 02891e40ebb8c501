using System.CommandLine;
using WhatStyle.Tools.Text;

namespace WhatStyle.Cli.Commands;

/// <summary>Command-line options whose value is an enum member, read the one way (<see cref="EnumSpelling"/>).</summary>
internal static class CommandValues
{
    /// <summary>
    /// An option holding a member of <typeparamref name="T"/>. A bad value is a parse error, so it is a usage error
    /// (exit 2) with one line listing the valid values, before anything runs.
    /// </summary>
    /// <param name="name">The option, e.g. "--relationship".</param>
    /// <param name="description">Help text; the valid values are appended.</param>
    public static Option<T?> Enum<T>(string name, string description)
        where T : struct, Enum
    {
        var what = name.TrimStart('-');
        var option = new Option<T?>(name)
        {
            Description = $"{description} One of: {EnumSpelling.List<T>()}.",
            HelpName = what,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (EnumSpelling.TryParse<T>(token, out var value))
                {
                    return value;
                }

                result.AddError($"unknown {what} '{token}'; use one of: {EnumSpelling.List<T>()}.");
                return null;
            },
        };
        option.CompletionSources.Add([.. EnumSpelling.Names<T>()]);
        return option;
    }

    /// <summary>
    /// Refuses a blank value (<c>--contact ""</c>) when the command line is parsed: a usage error (exit 2) naming the
    /// option and what belongs there. Without it the blank reached a library guard, whose ArgumentException named its
    /// own parameter ("Parameter 'nameOrId'"), which says nothing to the person typing.
    /// </summary>
    /// <param name="option">The option; its value may still be left out when it is optional.</param>
    /// <param name="what">What belongs there, e.g. "a contact's name, alias or phone number".</param>
    public static void NotBlank(Option option, string what)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens.All(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"{option.Name} is empty; give {what}.");
            }
        });
    }

    /// <inheritdoc cref="NotBlank(Option, string)"/>
    public static void NotBlank(Argument argument, string what)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens.All(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"<{argument.Name}> is empty; give {what}.");
            }
        });
    }
}
