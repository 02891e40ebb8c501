using System.Globalization;
using System.Text;

namespace WhatStyle.Tools.Import.Synthetic;

/// <summary>
/// Writes a long one-to-one WhatsApp export (Android, day first, 24 h) between the owner and a <see cref="Persona"/>:
/// episodes a few hours apart in which the contact greets, asks, invites, thanks or shares news and the owner answers
/// in the voice they use with that persona (some episodes the owner starts). Deterministic for a seed. For tests, the
/// import benchmark and the README's <c>eval voice</c> figures; the text is written for this project.
/// </summary>
public static class SyntheticExportWriter
{
    private static readonly (ChatScene Scene, int Weight)[] Scenes =
    [
        (ChatScene.Greeting, 3), (ChatScene.HowAreYou, 4), (ChatScene.Invitation, 5), (ChatScene.Question, 4),
        (ChatScene.Thanks, 3), (ChatScene.GoodNews, 2), (ChatScene.BadNews, 2), (ChatScene.GoodNight, 3),
    ];

    private static readonly string[] Times = ["7", "8", "7:30", "8pm", "19:30", "6", "9", "12"];

    /// <summary>Writes about <paramref name="messageCount"/> messages to <paramref name="path"/>.</summary>
    public static void Write(string path, Persona persona, int messageCount, int seed = 1, string owner = "Sam")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer, persona, messageCount, seed, owner);
    }

    /// <summary>Writes about <paramref name="messageCount"/> messages (the last episode may add one or two).</summary>
    public static void Write(TextWriter writer, Persona persona, int messageCount, int seed = 1, string owner = "Sam")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(persona);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(messageCount);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var random = new Random(seed);
        var bank = persona.Language == "es" ? PhraseBank.Spanish : PhraseBank.English;
        var time = new DateTime(2024, 1, 1, 8, 0, 0);
        writer.WriteLine("01/01/2024, 08:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.");
        var written = 0;
        void Line(string author, string text)
        {
            writer.Write(time.ToString("dd/MM/yyyy, HH:mm", CultureInfo.InvariantCulture));
            writer.Write(" - ");
            writer.Write(author);
            writer.Write(": ");
            writer.WriteLine(text);
            written++;
        }

        while (written < messageCount)
        {
            // Episodes a few hours apart, mostly in waking hours.
            time = time.AddMinutes(random.Next(90, 16 * 60));
            if (time.Hour < 7)
            {
                time = time.AddHours(8);
            }

            var scene = Pick(random);
            var facts = new Dictionary<string, string>
            {
                ["{day}"] = bank.Days[random.Next(bank.Days.Length)],
                ["{time}"] = Times[random.Next(Times.Length)],
                ["{place}"] = bank.Places[random.Next(bank.Places.Length)],
            };
            var ownerStarts = random.NextDouble() < 0.15;
            var (askerName, asker, answererName, answerer) = ownerStarts
                ? (owner, persona.Owner, persona.ContactName, persona.Contact)
                : (persona.ContactName, persona.Contact, owner, persona.Owner);

            if (random.NextDouble() < 0.02)
            {
                Line(askerName, "<Media omitted>");
                time = time.AddMinutes(1);
            }

            if (scene is not ChatScene.Greeting and not ChatScene.GoodNight && random.NextDouble() < 0.2)
            {
                Line(askerName, asker.Write(Fill(Choose(bank.Messages[ChatScene.Greeting], random), facts), random));
                time = time.AddMinutes(random.Next(0, 2));
            }

            var solemn = scene == ChatScene.BadNews;
            Line(askerName, asker.Write(Fill(Choose(bank.Messages[scene], random), facts), random, solemn));
            time = time.AddMinutes(random.Next(1, 45));
            Line(answererName, answerer.Write(Fill(Choose(bank.Answers[scene], random), facts), random, solemn));
        }
    }

    private static ChatScene Pick(Random random)
    {
        var roll = random.Next(Scenes.Sum(s => s.Weight));
        foreach (var (scene, weight) in Scenes)
        {
            if ((roll -= weight) < 0)
            {
                return scene;
            }
        }

        return ChatScene.Greeting;
    }

    private static string Choose(string[] options, Random random) => options[random.Next(options.Length)];

    private static string Fill(string phrase, Dictionary<string, string> facts) =>
        facts.Aggregate(phrase, (text, fact) => text.Replace(fact.Key, fact.Value, StringComparison.Ordinal));
}
