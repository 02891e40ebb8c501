using System.Globalization;
using System.Text;

namespace WhatStyle.Benchmarks.Import;

/// <summary>Writes a deterministic Android (en-GB, 24 h) chat export of any size: runs of messages both ways, emoji, multi-line messages, media and system lines.</summary>
internal static class ExportGenerator
{
    private static readonly string[] Openers = ["Hey", "Hi", "So", "Okay", "Morning", "Hello", "Listen", "Btw", "Haha", "Well"];
    private static readonly string[] Words =
    [
        "dinner", "tonight", "work", "meeting", "train", "late", "weekend", "plans", "movie", "coffee", "studies", "exam",
        "football", "match", "weather", "rain", "sunny", "holiday", "flight", "hotel", "birthday", "party", "gift",
        "shopping", "groceries", "cook", "pasta", "pizza", "gym", "run", "tired", "happy", "busy", "call", "later",
    ];

    private static readonly string[] Emoji = ["😀", "😂", "❤️", "👍", "😘", "🙈", "🎉", "😅"];

    public static void Write(string path, int messageCount, int seed = 42)
    {
        var random = new Random(seed);
        var time = new DateTime(2021, 1, 1, 8, 0, 0);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteLine("01/01/2021, 08:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.");
        var author = "Robin";
        for (var i = 0; i < messageCount; i++)
        {
            time = time.AddSeconds(random.Next(20, 1800));
            if (random.NextDouble() < 0.55)
            {
                author = author == "Robin" ? "Sam" : "Robin";
            }

            writer.Write(time.ToString("dd/MM/yyyy, HH:mm", CultureInfo.InvariantCulture));
            writer.Write(" - ");
            writer.Write(author);
            writer.Write(": ");
            writer.WriteLine(Body(random));
        }
    }

    private static string Body(Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.03)
        {
            return "<Media omitted>";
        }

        var builder = new StringBuilder(Openers[random.Next(Openers.Length)]);
        var words = random.Next(2, 14);
        for (var w = 0; w < words; w++)
        {
            builder.Append(' ').Append(Words[random.Next(Words.Length)]);
        }

        builder.Append(random.Next(4) switch { 0 => ".", 1 => "!", 2 => "?", _ => "" });
        if (random.NextDouble() < 0.3)
        {
            builder.Append(' ').Append(Emoji[random.Next(Emoji.Length)]);
        }

        if (roll > 0.97)
        {
            builder.Append('\n').Append("and ").Append(Words[random.Next(Words.Length)]);
        }

        return builder.ToString();
    }
}
