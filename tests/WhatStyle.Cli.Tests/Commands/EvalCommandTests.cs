using WhatStyle.Cli;
using WhatStyle.Cli.Tests;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class EvalCommandTests
{
    [Fact]
    public async Task Eval_MissingDataFolder_IsUserError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "whatstyle-no-data-" + Guid.NewGuid().ToString("N"));

        var (code, _, stderr) = await CliAppTests.RunAsync("eval", "--data", missing);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingModelFolder_IsUserError()
    {
        var data = Path.GetTempPath();

        var (code, _, stderr) = await CliAppTests.RunAsync("eval", "--data", data, "--model", Path.Combine(data, "no-model-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("No trained model", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_SharedData_PrintsEveryDimensionWithBaseline()
    {
        var data = SharedFolder.Locate("data", Environment.GetEnvironmentVariable(SharedFolder.EnvironmentVariable));
        if (data is null)
        {
            Assert.Skip("Needs ../shared/data beside the checkout; not found, so this test is skipped.");
        }

        var (code, stdout, _) = await CliAppTests.RunAsync("eval", "--data", data, "--limit", "100");

        Assert.Equal(ExitCodes.Success, code);
        foreach (var dimension in new[] { "emotion", "sentiment", "formality", "sarcasm", "baseline" })
        {
            Assert.Contains(dimension, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Eval_HeldoutSplit_ScoresTheOtherAuthorsSet()
    {
        var data = SharedFolder.Locate("data", Environment.GetEnvironmentVariable(SharedFolder.EnvironmentVariable));
        if (data is null)
        {
            Assert.Skip("Needs ../shared/data beside the checkout; not found, so this test is skipped.");
        }

        var (code, stdout, _) = await CliAppTests.RunAsync("eval", "--data", data, "--limit", "20", "--chat-split", "heldout");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("data/chat heldout", stdout, StringComparison.Ordinal);
    }
}
