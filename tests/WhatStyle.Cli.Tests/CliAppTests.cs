using WhatStyle.Cli;

namespace WhatStyle.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public async Task RunAsync_Version_PrintsVersionAndSucceeds()
    {
        var (code, stdout, _) = await RunAsync("version");

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("whatstyle ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_ReturnsUsageError()
    {
        var (code, _, stderr) = await RunAsync("no-such-command");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("no-such-command", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Help_ListsCommandsAndSucceeds()
    {
        var (code, stdout, _) = await RunAsync("--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("version", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DataDirIsAFile_SaysSoInOneLine()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (code, stdout, stderr) = await RunAsync("contacts", "list", "--data-dir", file);

            Assert.Equal(ExitCodes.UserError, code);
            Assert.Equal("", stdout);
            Assert.Equal($"error: --data-dir {file} is a file, not a directory; point it at a folder (it is created when missing).", stderr.TrimEnd());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RunAsync_DataDirCannotBeCreated_SaysItIsTheDataDirectoryInOneLine()
    {
        // A folder below a file can never be made, whoever runs the test (root included).
        var file = Path.GetTempFileName();
        try
        {
            var data = Path.Combine(file, "data");
            var (code, stdout, stderr) = await RunAsync("contacts", "list", "--data-dir", data);

            Assert.Equal(ExitCodes.UserError, code);
            Assert.Equal("", stdout);
            Assert.Single(stderr.TrimEnd().Split('\n'));
            Assert.StartsWith($"error: The data directory {data} cannot be created (", stderr, StringComparison.Ordinal);
            Assert.EndsWith("point it at a folder you can write to.", stderr.TrimEnd(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--contact is empty; give a contact's name, alias or phone number.", "reply", "--contact", "", "--text", "hi")]
    [InlineData("--contact is empty; give a contact's name, alias or phone number.", "chat", "--contact", "  ")]
    [InlineData("--group is empty; give the group's name or id", "reply", "--contact", "Sam", "--group", "", "--text", "hi")]
    [InlineData("<name> is empty; give a contact's name, alias or phone number.", "contacts", "show", "")]
    [InlineData("<name> is empty; give a contact's name, alias or phone number.", "contacts", "set", " ", "--mode", "draft")]
    [InlineData("<name> is empty; give a contact's name, alias or number, or a group's name.", "history", "")]
    [InlineData("--me is empty; give your name (or number) as it appears in the file.", "import", "chat.txt", "--me", "")]
    [InlineData("--contact is empty; give who the chat is with", "import", "chat.txt", "--me", "Sam", "--contact", "")]
    [InlineData("<id> is empty; give a draft id", "drafts", "approve", "")]
    [InlineData("<id> is empty; give a dead letter's id", "deadletters", "retry", "")]
    public async Task RunAsync_BlankNameOrId_IsAOneLineUsageErrorNamingTheOption(string message, params string[] args)
    {
        var (code, stdout, stderr) = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown emoji 'lots'", "contacts", "set", "Sam", "--emoji", "lots")]
    [InlineData("unknown mode '1'", "contacts", "set", "Sam", "--mode", "1")]
    [InlineData("unknown relationship 'boss'", "contacts", "set", "Sam", "--relationship", "boss")]
    [InlineData("unknown emotion 'happy'", "stickers", "pick", "--emotion", "happy")]
    [InlineData("unknown relationship '0'", "stickers", "pick", "--emotion", "joy", "--relationship", "0")]
    [InlineData("unknown relationship 'boss'", "import", "chat.txt", "--me", "Sam", "--relationship", "boss")]
    [InlineData("unknown relationship 'boss'", "chat", "--contact", "Sam", "--relationship", "boss")]
    public async Task RunAsync_BadEnumValueAnywhere_IsAOneLineUsageErrorListingTheValidValues(string message, params string[] args)
    {
        var (code, stdout, stderr) = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains(message + "; use one of: ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--language must be an ISO 639-1 code", "contacts", "set", "Sam", "--language", "English")]
    [InlineData("--intensity must be between 0 and 1", "stickers", "pick", "--emotion", "joy", "--intensity", "2")]
    [InlineData("--mcp-url must be an http(s) URL", "reply", "--contact", "Sam", "--text", "hi", "--mcp-url", "ftp://x")]
    public async Task RunAsync_OtherBadValues_AreUsageErrorsToo(string message, params string[] args)
    {
        var (code, _, stderr) = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contacts", "set", "Sam", "--emoji", "HEAVY")]
    [InlineData("contacts", "set", "Sam", "--mode", "Draft")]
    public async Task RunAsync_EnumValueInAnotherCase_IsRead(params string[] args)
    {
        var data = Directory.CreateTempSubdirectory("whatstyle-cli-enum-").FullName;
        try
        {
            var (code, _, stderr) = await RunAsync([.. args, "--data-dir", data]);

            Assert.True(code == ExitCodes.Success, stderr);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
