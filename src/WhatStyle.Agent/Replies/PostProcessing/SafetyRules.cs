using System.Text.Json;
using System.Text.RegularExpressions;
using WhatStyle.Agent.Offline;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>The lists the post-processor checks replies against, loaded from prompts/safety/rules.json.</summary>
public sealed record SafetyRules
{
    public IReadOnlyList<string> Phrases { get; init; } = [];

    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary>Sentences with these give the model away ("As an AI…"): they are dropped.</summary>
    public IReadOnlyList<string> AssistantTells { get; init; } = [];

    /// <summary>Lead-ins the model puts before the reply ("Sure! Here's a reply:"): cut off.</summary>
    public IReadOnlyList<string> Preambles { get; init; } = [];

    /// <summary>A reply that is a refusal is not a reply: it is rejected.</summary>
    public IReadOnlyList<string> Refusals { get; init; } = [];

    private IReadOnlyList<Regex>? _compiled;
    private AssistantPreambles? _preambleMatcher;

    /// <summary>Finds the <see cref="Preambles"/> (and the common shapes of others) wherever they sit in a reply.</summary>
    internal AssistantPreambles PreambleMatcher => _preambleMatcher ??= new AssistantPreambles(Preambles);

    public static SafetyRules Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<SafetyRules>(stream, WhatStyleJson.Options)
            ?? throw new InvalidDataException($"Safety rules {Path.GetFileName(path)} are empty.");
    }

    /// <summary>The first rule the text breaks, or null when it is safe.</summary>
    public string? Violation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextMatch.Normalize(text);
        var phrase = Phrases.FirstOrDefault(p => TextMatch.ContainsWord(normalized, TextMatch.Normalize(p)));
        if (phrase is not null)
        {
            return "blocked phrase";
        }

        _compiled ??= [.. Patterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)))];
        return _compiled.Any(r => r.IsMatch(text)) ? "blocked pattern" : null;
    }

    public bool IsAssistantTell(string sentence) => ContainsAny(sentence, AssistantTells);

    public bool IsRefusal(string text) => ContainsAny(text, Refusals);

    private static bool ContainsAny(string text, IEnumerable<string> phrases)
    {
        var normalized = TextMatch.Normalize(text);
        return phrases.Any(p => normalized.Contains(TextMatch.Normalize(p), StringComparison.Ordinal));
    }
}
