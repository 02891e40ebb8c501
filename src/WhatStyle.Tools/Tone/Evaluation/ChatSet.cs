using System.Text.Json;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Tools.Tone.Evaluation;

/// <summary>Reads the project's own labelled chat set: <c>data/chat/train.tsv</c> (training) and <c>test.tsv</c> (kept apart, measured only).</summary>
public static class ChatSet
{
    /// <summary>Where the set lives in a checkout, relative to the repository root.</summary>
    public const string Folder = "data/chat";

    /// <summary>The folder, found by walking up from the working directory, then from the program's own folder; null when absent.</summary>
    public static string? Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Folder);
                if (File.Exists(Path.Combine(candidate, "train.tsv")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Reads one split ("train", "test" or "heldout").</summary>
    /// <exception cref="InvalidDataException">A line does not follow the format in data/chat/README.md.</exception>
    public static IReadOnlyList<ChatExample> Read(string folder, string split)
    {
        var path = Path.Combine(folder, split + ".tsv");
        var examples = new List<ChatExample>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 || line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 7)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: expected 7 tab-separated columns.");
            }

            examples.Add(new ChatExample(
                parts[0],
                Parse<MessageIntent>(parts[1], path, number),
                Parse<UrgencyLevel>(parts[2], path, number),
                parts[3] == "yes",
                Parse<CrisisLevel>(parts[4], path, number),
                parts[5].Length == 0 ? null : parts[5],
                parts[6]));
        }

        return examples;
    }

    private static T Parse<T>(string value, string path, int number) where T : struct, Enum
    {
        try
        {
            return JsonSerializer.Deserialize<T>($"\"{value}\"", WhatStyleJson.Options);
        }
        catch (JsonException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: '{value}' is not a {typeof(T).Name}.");
        }
    }
}
