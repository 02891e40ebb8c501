using System.Text;

namespace WhatStyle.Tools.Text;

/// <summary>
/// The one reading of enum values spelled by people and models (command lines, tool arguments, settings files):
/// a member's name, case-insensitively, with or without '-' and '_' between its words ("needs-support",
/// "NEEDS_SUPPORT" and "needsSupport" are one value). Never a number: "3" must not quietly mean "sibling", and
/// never a combination of flags.
/// </summary>
public static class EnumSpelling
{
    /// <summary>Reads <paramref name="value"/> as a member of <typeparamref name="T"/>.</summary>
    /// <returns>False for null, blank, numbers, combinations and names that are not members.</returns>
    public static bool TryParse<T>(string? value, out T result)
        where T : struct, Enum
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var wanted = Squash(value.AsSpan().Trim());
        if (wanted.Length == 0)
        {
            return false;
        }

        foreach (var name in Enum.GetNames<T>())
        {
            // Names never start with a digit, so comparing with names alone refuses every number.
            if (string.Equals(Squash(name), wanted, StringComparison.OrdinalIgnoreCase))
            {
                result = Enum.Parse<T>(name);
                return true;
            }
        }

        return false;
    }

    /// <summary>The member <paramref name="value"/> names, or null when it names none (see <see cref="TryParse{T}"/>).</summary>
    public static T? ParseOrNull<T>(string? value)
        where T : struct, Enum => TryParse<T>(value, out var parsed) ? parsed : null;

    /// <summary>The spellings to show people: each member in lower case, words joined by '-' ("needs-support").</summary>
    public static IReadOnlyList<string> Names<T>()
        where T : struct, Enum => [.. Enum.GetNames<T>().Select(Kebab)];

    /// <summary><see cref="Names{T}"/> as one list for an error message: "partner, parent, other".</summary>
    public static string List<T>()
        where T : struct, Enum => string.Join(", ", Names<T>());

    /// <summary>How <paramref name="value"/> is shown to people (<see cref="Names{T}"/>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => Kebab(value.ToString());

    private static string Squash(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ('-' or '_'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
