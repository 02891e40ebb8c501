using System.Text.RegularExpressions;
using WhatStyle.Cli;

namespace WhatStyle.Cli.Tests.Commands;

public sealed partial class DemoCommandTests : IDisposable
{
    private readonly string _keep = Path.Combine(Path.GetTempPath(), "whatstyle-demo-keep-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Demo_Redirected_SaysEverythingOnceWithoutWrapsTestsOrEmptyValues()
    {
        var (code, stdout, stderr) = await CliAppTests.RunAsync("demo", "--offline");

        Assert.True(code == ExitCodes.Success, stderr);
        var lines = stdout.Split(Environment.NewLine);

        // Redirected output is not hard-wrapped: each of these sentences is on one line.
        Assert.Contains(lines, l => l.Contains("Providers: none configured: the built-in offline responder answers. Set MISTRAL_API_KEY, OPENAI_API_KEY or OLLAMA_HOST to use a model.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("whatstyle queue run: regenerated 0, still pending 1 (Mistral is still unreachable; it runs again when a provider is healthy).", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Demo finished. Its contacts were in a temporary folder, now deleted.", StringComparison.Ordinal) && l.EndsWith("whatstyle demo --keep-data ~/whatstyle-demo", StringComparison.Ordinal));

        Assert.DoesNotContain("test", stdout, StringComparison.OrdinalIgnoreCase);

        // The failed Mistral attempt is not an LLM call.
        var failure = lines.SkipWhile(l => !l.Contains("4. A provider fails", StringComparison.Ordinal)).First(l => l.Contains("queued for retry", StringComparison.Ordinal));
        Assert.Contains("0 LLM call(s) (1 failed attempt(s) not counted)", failure, StringComparison.Ordinal);

        var profiles = lines.Where(l => l.TrimStart().StartsWith("profile ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, profiles.Count);
        Assert.All(profiles, p => Assert.DoesNotMatch(EmptyValue(), p));
        Assert.Contains("top emoji 😂", profiles[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_KeepData_ItsClosingHintLeadsToTheDemosContacts()
    {
        var (code, stdout, stderr) = await CliAppTests.RunAsync("demo", "--offline", "--keep-data", _keep);

        Assert.True(code == ExitCodes.Success, stderr);
        var world = Path.Combine(_keep, "main");
        Assert.Contains($"whatstyle chat --data-dir \"{world}\" --contact Maria", stdout, StringComparison.Ordinal);
        var (replyCode, reply, replyError) = await CliAppTests.RunAsync("reply", "--data-dir", world, "--contact", "Maria", "--text", "hi", "--no-create");
        Assert.True(replyCode == ExitCodes.Success, replyError);
        Assert.DoesNotContain("new contact", reply, StringComparison.Ordinal);
    }

    /// <summary>A label with nothing after it: "top emoji " at the end, "rate /msg", ", ,".</summary>
    [GeneratedRegex(@"(\s$|:\s*,|,\s*,|\(\s*\)|\s{3,})")]
    private static partial Regex EmptyValue();

    public void Dispose()
    {
        if (Directory.Exists(_keep))
        {
            Directory.Delete(_keep, recursive: true);
        }
    }
}
