using System.Text.Json;
using WhatStyle.Tools.Import.Synthetic;

namespace WhatStyle.Cli.Tests.Commands;

/// <summary>
/// `eval voice` on generated chats: 1,000 messages per persona (about 80 of the owner's replies in the last 20%), small
/// enough for CI. The sentence model loads once for the whole test process.
/// </summary>
public sealed class EvalVoiceCommandTests
{
    [Theory]
    [InlineData("friend")]
    [InlineData("father")]
    [InlineData("sibling")]
    public async Task EvalVoice_GeneratedPersona_FullSystemBeatsBaselineByThirtyPercent(string persona)
    {
        var result = await EvaluateAsync(persona);

        Assert.True(result.Personalised.StyleDistance <= 0.7 * result.Baseline.StyleDistance,
            $"{persona}: style distance {result.Personalised.StyleDistance} is not 30% below the baseline's {result.Baseline.StyleDistance}");
        Assert.True(result.Personalised.Similarity > result.Baseline.Similarity, $"{persona}: similarity {result.Personalised.Similarity} <= {result.Baseline.Similarity}");
    }

    // The partner's habits are coin flips (a sign-off in 40% of messages, five emoji in random turns), which bounds what
    // any per-message choice can match, and the warm register's templates already carry emoji and "!": the full system
    // gains about 10% there, not 30% (README, "Voice").
    [Fact]
    public async Task EvalVoice_GeneratedPartner_FullSystemBeatsBaselineAndFingerprint()
    {
        var result = await EvaluateAsync("partner");

        Assert.True(result.Personalised.StyleDistance < result.Baseline.StyleDistance);
        Assert.True(result.Personalised.StyleDistance <= result.Fingerprint.StyleDistance);
        Assert.True(result.Personalised.Similarity > result.Baseline.Similarity);
    }

    [Fact]
    public async Task EvalVoice_JsonOutput_HasTheDocumentedKeys()
    {
        using var directory = new CliDataDirectory();
        var path = System.IO.Path.Combine(directory.Path, "friend.txt");
        SyntheticExportWriter.Write(path, Persona.Friend, 300, seed: 3);

        var (code, stdout, _) = await directory.RunAsync("eval", "voice", path, "--me", "Sam", "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("n").GetInt32() > 0);
        foreach (var system in new[] { "baseline", "fingerprint", "personalised" })
        {
            Assert.True(json.RootElement.GetProperty(system).TryGetProperty("styleDistance", out _));
            Assert.True(json.RootElement.GetProperty(system).TryGetProperty("similarity", out _));
        }
    }

    [Fact]
    public async Task EvalVoice_OwnerNotInChat_IsUserError()
    {
        using var directory = new CliDataDirectory();
        var path = System.IO.Path.Combine(directory.Path, "friend.txt");
        SyntheticExportWriter.Write(path, Persona.Friend, 50);

        var (code, _, stderr) = await directory.RunAsync("eval", "voice", path, "--me", "Nobody");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("wrote nothing", stderr, StringComparison.Ordinal);
    }

    private static async Task<Scores> EvaluateAsync(string persona)
    {
        using var directory = new CliDataDirectory();
        var path = System.IO.Path.Combine(directory.Path, persona + ".txt");
        SyntheticExportWriter.Write(path, Persona.Find(persona)!, 1000, seed: 7);

        var (code, stdout, stderr) = await directory.RunAsync("eval", "voice", path, "--me", "Sam", "--json");

        Assert.True(code == ExitCodes.Success, stderr);
        using var json = JsonDocument.Parse(stdout);
        Score Read(string system) => new(
            json.RootElement.GetProperty(system).GetProperty("styleDistance").GetDouble(),
            json.RootElement.GetProperty(system).GetProperty("similarity").GetDouble());
        return new Scores(Read("baseline"), Read("fingerprint"), Read("personalised"));
    }

    private sealed record Score(double StyleDistance, double Similarity);

    private sealed record Scores(Score Baseline, Score Fingerprint, Score Personalised);
}
