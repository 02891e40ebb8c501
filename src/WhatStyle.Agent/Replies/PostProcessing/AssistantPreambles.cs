using System.Text.RegularExpressions;

namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>
/// Finds the lead-ins a model puts around a reply ("Here is my reply:", "Sure! Here's a reply:", "**Response:**")
/// wherever they sit: at the start, on a line of their own, or after a sentence ("Hi! Here's my reply: …").
/// </summary>
internal sealed partial class AssistantPreambles
{
    private readonly Regex _configured;

    /// <param name="configured">The phrases of <c>prompts/safety/rules.json</c> ("preambles"), matched case-insensitively.</param>
    public AssistantPreambles(IEnumerable<string> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var phrases = configured
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .OrderByDescending(p => p.Length)
            // Phones and models write both apostrophes: "here’s" must match "here's".
            .Select(p => Regex.Escape(p.Trim()).Replace("'", "['’]", StringComparison.Ordinal))
            .ToList();
        _configured = new Regex(
            phrases.Count == 0 ? "(?!)" : $@"{Boundary}[*_#>\s]*(?:{string.Join('|', phrases)})[*_]*\s*",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            MatchTimeout);
    }

    /// <summary>
    /// A guard, not a budget: the patterns are linear, but the timeout is wall-clock, and on a loaded machine 200 ms
    /// tripped on a two-word reply. A timeout leaves the reply as it is rather than failing it.
    /// </summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Where a preamble may start: the text's start, a line's start, or after a sentence's end.</summary>
    private const string Boundary = @"(?:^|(?<=[\n.!?…]))";

    /// <summary>The text without its preambles; <paramref name="stripped"/> says whether any was found.</summary>
    public string Strip(string text, out bool stripped)
    {
        ArgumentNullException.ThrowIfNull(text);
        string result;
        try
        {
            result = Generic().Replace(_configured.Replace(text, " "), " ");
        }
        catch (RegexMatchTimeoutException)
        {
            stripped = false;
            return text;
        }

        stripped = !string.Equals(result, text, StringComparison.Ordinal);
        return stripped ? Spaces().Replace(result, " ").Trim() : text;
    }

    // Beyond the configured phrases: "[Sure!|Certainly,|Okay…] here is/here's/below is [a|my|the] [few words] reply|response|
    // answer|message|draft|text [to/for someone]:", as a whole lead-in ending in a colon, so a reply that merely says
    // "here's the answer" without a colon is left alone.
    [GeneratedRegex(
        @"(?:^|(?<=[\n.!?…]))[*_#>\s]*(?:(?:sure|certainly|okay|ok|of course|absolutely|alright|great|got it)[!,.]*\s+)?"
        + @"(?:here(?:['’]s| is| are)|below is|this is)\s+(?:(?:a|an|my|the|your)\s+)?(?:[\p{L}-]+,?\s+){0,3}?"
        + @"(?:reply|replies|response|answer|message|draft|text)(?:\s+(?:to|for)\s+[^:\n]{1,40})?[*_]*\s*:[*_]*\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Generic();

    [GeneratedRegex(@"[ \t]{2,}|[ \t]*\n[ \t]*\n?[ \t]*")]
    private static partial Regex Spaces();
}
