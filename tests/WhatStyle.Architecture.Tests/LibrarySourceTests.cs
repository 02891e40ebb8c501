namespace WhatStyle.Architecture.Tests;

/// <summary>Rules about what library code may do, checked on the sources themselves.</summary>
public sealed class LibrarySourceTests
{
    [Theory]
    [InlineData("WhatStyle.Tools")]
    [InlineData("WhatStyle.Agent")]
    [InlineData("WhatStyle.Mcp")]
    [InlineData("WhatStyle.Dashboard")]
    [InlineData("WhatStyle.Storage.Postgres")]
    public void Library_ReadsNoEnvironmentVariable(string library)
    {
        // Hosts read the environment (WhatStyle.Hosting.HostEnvironment) and pass values in; an embedding application
        // must be able to decide where data lives without its process environment being consulted behind its back.
        var offenders = SourcesOf(library)
            .Where(file => File.ReadAllText(file).Contains("Environment.GetEnvironmentVariable", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Repository.Root, file))
            .ToList();

        Assert.True(offenders.Count == 0, $"read in the host instead: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Dashboard_NeverRendersRawMarkup()
    {
        // Message text is untrusted: Razor encodes it, and only MarkupString / Html.Raw would not.
        var offenders = Directory.GetFiles(Repository.Project("WhatStyle.Dashboard").Directory, "*.razor", SearchOption.AllDirectories)
            .Concat(SourcesOf("WhatStyle.Dashboard"))
            .Where(file => File.ReadAllText(file) is var text
                && (text.Contains("MarkupString", StringComparison.Ordinal) || text.Contains("Html.Raw", StringComparison.Ordinal)))
            .Select(file => Path.GetRelativePath(Repository.Root, file))
            .ToList();

        Assert.True(offenders.Count == 0, $"render text, never raw markup: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Dashboard_SpellsEnumsAndConversationKeysInOnePlace()
    {
        // Enum values read the same everywhere (Tools/Text/EnumSpelling), and conversation keys are made and read by
        // Tools/Memory/ConversationKeys: a second spelling drifts from the first.
        string[] adHoc = [".ToString().ToLowerInvariant()", "\"c:\"", "\"g:\""];
        var offenders = Directory.GetFiles(Repository.Project("WhatStyle.Dashboard").Directory, "*.razor", SearchOption.AllDirectories)
            .Concat(SourcesOf("WhatStyle.Dashboard"))
            .Where(file => File.ReadAllText(file) is var text && adHoc.Any(a => text.Contains(a, StringComparison.Ordinal)))
            .Select(file => Path.GetRelativePath(Repository.Root, file))
            .ToList();

        Assert.True(offenders.Count == 0, $"use EnumSpelling and ConversationKeys: {string.Join(", ", offenders)}");
    }

    private static IEnumerable<string> SourcesOf(string project) =>
        Directory.GetFiles(Repository.Project(project).Directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
