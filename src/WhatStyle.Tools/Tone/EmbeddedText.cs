namespace WhatStyle.Tools.Tone;

/// <summary>Reads the tone engine's embedded data files (lexicon, emoji, language cues).</summary>
internal static class EmbeddedText
{
    private const string Prefix = "WhatStyle.Tools.Tone.";

    public static string Read(string name)
    {
        using var stream = OpenResource(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Stream OpenResource(string name) =>
        typeof(EmbeddedText).Assembly.GetManifestResourceStream(Prefix + name)
        ?? throw new InvalidOperationException($"Embedded resource '{Prefix + name}' is missing from the build.");

    /// <summary>The non-empty, non-comment lines of a data file.</summary>
    public static IEnumerable<string> DataLines(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }

    public static Emotion ParseEmotion(string text) =>
        Enum.TryParse<Emotion>(text, ignoreCase: true, out var emotion)
            ? emotion
            : throw new FormatException($"Unknown emotion '{text}'.");
}
