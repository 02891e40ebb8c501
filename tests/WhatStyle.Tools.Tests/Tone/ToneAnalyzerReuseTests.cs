using System.Text.Json;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone;

/// <summary>The analyser reuses its scan, cue list and phrase matches per thread: a reading must not depend on what
/// that thread read before, nor on how many threads read at once.</summary>
public sealed class ToneAnalyzerReuseTests
{
    private static readonly string[] s_messages =
    [
        "I can't do this anymore, I want to die",
        "ok",
        "Dear Mr. Smith, please find the signed contract attached. Kind regards, Anna",
        "lol 😂😂 sooo funny",
        "we're at the vet, Bella swallowed something",
        "Oh great, another Monday 🙄",
        "¿Vienes a cenar esta noche? 😊",
        "",
        "CALL ME NOW!!!",
        "miss u sooo much ❤️ :)",
    ];

    private static string Json(ToneAnalysis analysis) => JsonSerializer.Serialize(analysis, WhatStyleJson.Options);

    [Fact]
    public void Analyze_AfterOtherMessages_ReadsAsOnAFreshThread()
    {
        var fresh = s_messages.Select(m => OnNewThread(() => Json(AnalyzerFixture.Analyzer.Analyze(m)))).ToList();

        // The same messages on this thread, twice in a row, each reusing what the one before left.
        var reused = s_messages.Concat(s_messages).Select(m => Json(AnalyzerFixture.Analyzer.Analyze(m))).ToList();

        Assert.Equal(fresh.Concat(fresh), reused);
    }

    [Fact]
    public void Analyze_BareReplyWithContext_ScansThePreviousMessageWithoutDisturbingTheCurrentOne()
    {
        // "ok" is too little to read alone, so the previous message is scanned while "ok" is still in use.
        var context = new ToneContext("contact", ["failed my exam again 😞 feeling terrible"]);

        var first = AnalyzerFixture.Analyzer.Analyze("ok", context);
        var second = AnalyzerFixture.Analyzer.Analyze("ok", context);

        Assert.Contains(first.Cues, c => c.Signal == "context:previous message");
        Assert.Equal("ok", first.Text);
        Assert.Equal(Json(first), Json(second));
        Assert.Equal(Json(OnNewThread(() => AnalyzerFixture.Analyzer.Analyze("ok", context))), Json(first));
    }

    [Fact]
    public void Analyze_OnManyThreadsAtOnce_ReadsAsOnOneThread()
    {
        var expected = s_messages.Select(m => Json(AnalyzerFixture.Analyzer.Analyze(m))).ToArray();
        var actual = new string[s_messages.Length * 200];

        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Json(AnalyzerFixture.Analyzer.Analyze(s_messages[i % s_messages.Length])));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % s_messages.Length], actual[i]);
        }
    }

    private static T OnNewThread<T>(Func<T> read)
    {
        T result = default!;
        var thread = new Thread(() => result = read());
        thread.Start();
        thread.Join();
        return result;
    }
}
