using WhatStyle.Cli;
using WhatStyle.Cli.Tests;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "whatstyle-train-cli-" + Guid.NewGuid().ToString("N"));

    public TrainCommandTests() => Directory.CreateDirectory(_root);

    [Fact]
    public async Task Train_DataWithoutGoEmotions_IsUserError()
    {
        var (code, _, stderr) = await CliAppTests.RunAsync("train", "--data", _root, "--output", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("No GoEmotions data", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Fact]
    public async Task Train_TinyData_WritesModelAndReportsDevScores()
    {
        var original = Path.Combine(_root, "goemotions", "original");
        Directory.CreateDirectory(original);
        await File.WriteAllLinesAsync(Path.Combine(original, "labels.txt"), ["joy", "sadness", "neutral"], TestContext.Current.CancellationToken);
        string[] rows = ["so happy today\t0\ta", "this is great\t0\tb", "I feel sad\t1\tc", "terrible loss\t1\td", "the bus is at five\t2\te", "it is blue\t2\tf"];
        await File.WriteAllLinesAsync(Path.Combine(original, "train.tsv"), rows, TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(Path.Combine(original, "dev.tsv"), rows, TestContext.Current.CancellationToken);
        var output = Path.Combine(_root, "model");

        var (code, stdout, _) = await CliAppTests.RunAsync("train", "--data", _root, "--output", output);

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(output, "emotion.zip")));
        Assert.True(File.Exists(Path.Combine(output, "emotion.weights")));
        Assert.True(File.Exists(Path.Combine(output, "sentiment.weights")));
        Assert.Contains("dev macro-F1", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
