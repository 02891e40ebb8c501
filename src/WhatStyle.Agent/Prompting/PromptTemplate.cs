using System.Text.RegularExpressions;

namespace WhatStyle.Agent.Prompting;

/// <summary>A prompt file with <c>{{variable}}</c> placeholders (lower snake case).</summary>
/// <remarks>
/// Rendering is a single pass: a value that itself contains <c>{{…}}</c> (e.g. an incoming message) is inserted
/// verbatim and never expanded, so message text cannot pull other variables into the prompt.
/// </remarks>
public sealed partial class PromptTemplate
{
    private readonly string _text;

    public PromptTemplate(string name, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(text);
        Name = name;
        _text = text;
        Variables = Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The file's path relative to the prompts folder, e.g. "reply/system.md".</summary>
    public string Name { get; }

    /// <summary>The placeholders the template uses.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <exception cref="PromptRenderException">A placeholder has no value.</exception>
    public string Render(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var missing = Variables.Where(v => !variables.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new PromptRenderException($"Prompt '{Name}' has no value for: {string.Join(", ", missing)}.");
        }

        return Placeholder().Replace(_text, m => variables[m.Groups[1].Value]);
    }

    [GeneratedRegex(@"\{\{\s*([a-z][a-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
