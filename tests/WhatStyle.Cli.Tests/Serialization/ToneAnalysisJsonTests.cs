using System.Buffers;
using System.Collections.ObjectModel;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WhatStyle.Cli.Serialization;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Tests.Serialization;

public sealed class ToneAnalysisJsonTests
{
    private static readonly string[] s_messages =
    [
        "hey babe 😘 what's up?",
        "failed my exam again 😞 feeling terrible",
        "Dear Mr. Smith, please find the signed contract attached. Kind regards, Anna",
        "i can't do this anymore, i'm so tired of everything",
        "I want to kill myself",
        "Emergency!! car broke down on the highway, need help",
        "wow thanks for waiting 2 hours for me, really appreciate it 🙃",
        "¿Dónde estás? Te extraño mucho 💕",
        "Привет, как дела?",
        "👨‍👩‍👧‍👦 family dinner at 7, don't be late",
        "love you too <3 :D",
        "so sorry for your loss",
        "we got the house!!! 🎉",
        "thank you so much",
        "quote \"this\" and a back\\slash\ttab",
        "",
        "   ",
        "CALL ME NOW",
    ];

    [Fact]
    public void Write_AnalysedMessages_IsWhatTheSharedOptionsWrite()
    {
        var analyzer = ToneAnalyzerFactory.CreateDefault();

        foreach (var message in s_messages)
        {
            var analysis = analyzer.Analyze(message);

            Assert.Equal(JsonSerializer.Serialize(analysis, WhatStyleJson.Options), Write(analysis));
        }
    }

    [Fact]
    public void Write_EveryEnumValueAndUnroundedScores_IsWhatTheSharedOptionsWrite()
    {
        var intents = Enum.GetValues<MessageIntent>();
        for (var i = 0; i < intents.Length; i++)
        {
            var emotion = (Emotion)(i % 8);
            var analysis = new ToneAnalysis
            {
                Text = "text",
                Sentiment = new SentimentReading((SentimentLabel)(i % 3), -0.123456789),
                // Another dictionary than the analyser's: the other branch, in its own order.
                Emotion = new EmotionReading(emotion, new ReadOnlyDictionary<Emotion, double>(
                    Enum.GetValues<Emotion>().Reverse().ToDictionary(e => e, e => (double)e / 7))),
                Intensity = 1e-7,
                Formality = new FormalityReading((FormalityLabel)(i % 2), 12345678901.5),
                Urgency = new UrgencyReading((UrgencyLevel)(i % 3), -0.0),
                Sarcasm = new SarcasmReading(i % 2 == 0, 0.5),
                NeedsSupport = i % 2 == 1,
                Caring = i % 3 == 0,
                Language = "und",
                Emojis = [new EmojiReading(":)", "emoticon", "smile", emotion, 0.25)],
                Cues = [new ToneCue("emotion", "word:ok", 0.1 + 0.2)],
                Confidence = 0.1,
                Crisis = new CrisisReading((CrisisLevel)(i % 3), i % 3 == 0 ? null : "self-harm", i % 3 == 0 ? [] : ["self-harm:end it", "b"]),
                Intent = intents[i],
            };

            Assert.Equal(JsonSerializer.Serialize(analysis, WhatStyleJson.Options), Write(analysis));
        }
    }

    private static string Write(ToneAnalysis analysis)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ToneAnalysisJson.Write(writer, analysis);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
