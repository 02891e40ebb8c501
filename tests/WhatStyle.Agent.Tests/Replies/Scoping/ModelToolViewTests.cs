using System.Text.Json;
using Microsoft.Extensions.AI;
using WhatStyle.Agent.Replies.Scoping;

namespace WhatStyle.Agent.Tests.Replies.Scoping;

public sealed class ModelToolViewTests
{
    private static readonly AIFunction Tone = AIFunctionFactory.Create(
        (string text, string? contact, string? group, string? before) => "tone", "analyze_tone", "Reads the tone.");

    private static readonly AIFunction Sticker = AIFunctionFactory.Create((string emotion) => "sticker", "select_sticker", "A sticker.");

    [Fact]
    public void For_OneToOne_NeitherGroupNorBefore()
    {
        var view = ModelToolView.For(Tone, oneToOne: true);

        Assert.Equal(["text", "contact"], Arguments(view));
        // The tool itself keeps every argument (the gatherer calls it with group and before).
        Assert.Equal(["text", "contact", "group", "before"], Arguments(Tone));
    }

    [Fact]
    public void For_Group_KeepsGroupButNotBefore()
    {
        Assert.Equal(["text", "contact", "group"], Arguments(ModelToolView.For(Tone, oneToOne: false)));
    }

    [Fact]
    public void For_ToolWithoutHiddenArguments_SchemaUnchanged()
    {
        var view = ModelToolView.For(Sticker, oneToOne: true);

        Assert.Equal(Sticker.JsonSchema.GetRawText(), view.JsonSchema.GetRawText());
    }

    [Fact]
    public void For_SameToolAndKind_SameView()
    {
        // The tool declaration cache is keyed by the tools behind the guards: a new view per reply would defeat it.
        Assert.Same(ModelToolView.For(Tone, oneToOne: true), ModelToolView.For(Tone, oneToOne: true));
        Assert.NotSame(ModelToolView.For(Tone, oneToOne: true), ModelToolView.For(Tone, oneToOne: false));
    }

    [Fact]
    public void For_RequiredHiddenArgument_LeavesTheRequiredList()
    {
        var strict = AIFunctionFactory.Create((string text, string group) => "tone", "analyze_tone", "Reads the tone.");

        var schema = ModelToolView.For(strict, oneToOne: true).JsonSchema;

        Assert.Equal(["text"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    private static List<string> Arguments(AIFunction tool) =>
        [.. tool.JsonSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name)];
}
