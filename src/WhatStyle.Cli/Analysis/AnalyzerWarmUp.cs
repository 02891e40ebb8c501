using System.Buffers;
using System.Text.Json;
using WhatStyle.Cli.Serialization;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Analysis;

/// <summary>
/// Gets the tone reading ready on another core while <c>analyze</c> builds its services: loading the lexicon and the
/// model, running the rules' static set-up and compiling the analysis and its JSON writer.
/// </summary>
/// <remarks>
/// A fresh process does all of that on one thread before the first line comes out: building the services, then
/// loading the reading, then the first line's compilation, some 0.2 s of a short bulk run's start (docs/tone.md). Run
/// alongside the services, the two later steps cost no wall time. The reading used later is the one the services give;
/// this one shares its loaded parts (<see cref="ToneAnalyzerFactory"/> loads them once per process).
/// </remarks>
internal static class AnalyzerWarmUp
{
    // Words, an emoji, an emoticon, a question and a second language, so most rules and their tables are touched.
    private const string Sample = "hey, can you call me back? 😊 :) merci beaucoup";

    public static Task Start() => Task.Run(() =>
    {
        try
        {
            var reading = ToneAnalyzerFactory.CreateDefault().Analyze(Sample);
            using var writer = new Utf8JsonWriter(new ArrayBufferWriter<byte>(2048));
            ToneAnalysisJson.Write(writer, reading);
        }
#pragma warning disable CA1031 // Only a head start: whatever failed here fails again where the command reports it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    });
}
