using System.Text.RegularExpressions;
using WhatStyle.Agent.Replies.Functions;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Mcp.Tools;

namespace WhatStyle.Agent.Tests.Prompting;

/// <summary>Prompt files may name tools in prose; every name they use must be a tool the model is actually offered.</summary>
public sealed partial class PromptToolNamesTests
{
    [Fact]
    public void PromptFiles_SnakeCaseNamesOutsideTemplateVariables_AreExistingToolNames()
    {
        var known = ToolNames.All.Concat(ToolNames.All.Select(ReplyKernel.ModelToolName)).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(TestPrompts.Directory, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);

        var named = files
            .SelectMany(file => SnakeCaseName().Matches(TemplateVariable().Replace(File.ReadAllText(file), string.Empty))
                .Select(m => (File: Path.GetRelativePath(TestPrompts.Directory, file), Name: m.Value)))
            .ToList();

        Assert.Contains(named, n => n.Name == ReplyKernel.ModelToolName(ToolNames.SelectSticker));
        Assert.All(named, n => Assert.True(known.Contains(n.Name), $"{n.File} names '{n.Name}', which is no tool."));
    }

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex TemplateVariable();

    [GeneratedRegex(@"\b[a-z]+(?:_[a-z]+)+\b")]
    private static partial Regex SnakeCaseName();
}
