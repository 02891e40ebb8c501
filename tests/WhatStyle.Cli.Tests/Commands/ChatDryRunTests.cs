using WhatStyle.Cli;

namespace WhatStyle.Cli.Tests.Commands;

/// <summary>`chat` reads the console's input, so these tests swap Console.In and must not run beside others that use it.</summary>
[Collection(ConsoleInput.Name)]
public sealed class ChatDryRunTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("whatstyle-chat-cli-").FullName;

    public ChatDryRunTests()
    {
        File.WriteAllText(Path.Combine(_dataDirectory, "appsettings.json"), """
            { "Providers": { "Order": [ "mistral" ], "Mistral": { "ApiKey": "test-key", "Endpoint": "http://127.0.0.1:9/v1", "TimeoutSeconds": 5 } } }
            """);
    }

    [Fact]
    public async Task Chat_DryRun_LeavesTheDataDirectoryUnchanged()
    {
        Assert.Equal(ExitCodes.Success, (await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", "--text", "hi")).Code);
        var before = DataDirectorySnapshot.Take(_dataDirectory);
        var original = Console.In;
        Console.SetIn(new StringReader("hey, dinner tonight?\nthanks!\n/quit\n"));
        try
        {
            var (code, stdout, stderr) = await CliAppTests.RunAsync("chat", "--data-dir", _dataDirectory, "--contact", "Anna", "--dry-run");

            Assert.True(code == ExitCodes.Success, stderr);
            Assert.Contains("Dry run: nothing from this chat is saved.", stdout, StringComparison.Ordinal);
            Assert.Contains("Anna is not a contact yet: a new contact would be created", stdout, StringComparison.Ordinal);
            Assert.Equal(2, stdout.Split("tone:").Length - 1);
        }
        finally
        {
            Console.SetIn(original);
        }

        Assert.Equal(before, DataDirectorySnapshot.Take(_dataDirectory));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder: the OS cleans it.
        }
    }
}

/// <summary>Tests that swap the process's console input run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleInput
{
    public const string Name = "console input";
}
