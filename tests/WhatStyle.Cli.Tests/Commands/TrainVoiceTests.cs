using WhatStyle.Tools.Import.Synthetic;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class TrainVoiceTests : IDisposable
{
    private readonly CliDataDirectory _data = new();

    [Fact]
    public async Task TrainVoice_ImportedChat_WritesANewVersionEachTime()
    {
        var chat = System.IO.Path.Combine(_data.Path, "friend.txt");
        SyntheticExportWriter.Write(chat, Persona.Friend, 200, seed: 2);
        Assert.Equal(ExitCodes.Success, (await _data.RunAsync("import", chat, "--me", "Sam")).Code);

        var (code, stdout, stderr) = await _data.RunAsync("train", "--voice");
        var (again, secondOut, _) = await _data.RunAsync("train", "--voice");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Matches(@"^voice model v1 written to .*v0001 from \d+ examples \(\d+ of your replies\); 1 version\(s\) kept\.", stdout);
        Assert.Equal(ExitCodes.Success, again);
        Assert.Contains("voice model v2 ", secondOut, StringComparison.Ordinal);
        Assert.True(File.Exists(System.IO.Path.Combine(_data.Path, "voice-model", "v0001", "manifest.json")));
        Assert.True(File.Exists(System.IO.Path.Combine(_data.Path, "voice-model", "v0002", "length.zip")));
    }

    [Fact]
    public async Task TrainVoice_EmptyDataDirectory_IsOneLineUserError()
    {
        var (code, stdout, stderr) = await _data.RunAsync("train", "--voice");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("No voice model trained: 0 replies and decided drafts to learn from; at least 20 are needed", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    public void Dispose() => _data.Dispose();
}
