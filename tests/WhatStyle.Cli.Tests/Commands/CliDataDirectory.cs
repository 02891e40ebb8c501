namespace WhatStyle.Cli.Tests.Commands;

/// <summary>A temp data directory for CLI tests, with helpers to write small chat exports; deleted on dispose.</summary>
internal sealed class CliDataDirectory : IDisposable
{
    public CliDataDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "whatstyle-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string WriteExport(string fileName, params string[] lines)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>A one-to-one chat with Dad in which the owner, Sam, writes formally.</summary>
    public string WriteDadChat() => WriteExport(
        "WhatsApp Chat with Dad.txt",
        "02/09/2024, 18:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
        "02/09/2024, 18:02 - Dad: Hello Sam, did you arrive safely?",
        "02/09/2024, 18:10 - Sam: Hello Dad. Yes, I arrived safely this afternoon.",
        "15/09/2024, 19:45 - Dad: How is your studying going?",
        "15/09/2024, 20:05 - Sam: My studies are going well, thank you.",
        "this line has no timestamp and no message before it? no: it continues the previous one",
        "99/99/2024, 20:06 - Sam: broken date");

    public Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        CliAppTests.RunAsync([.. args, "--data-dir", Path]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
