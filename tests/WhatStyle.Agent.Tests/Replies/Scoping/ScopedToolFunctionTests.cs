using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using WhatStyle.Agent.Replies.Scoping;
using WhatStyle.Agent.Tests.Support;

namespace WhatStyle.Agent.Tests.Replies.Scoping;

public sealed class ScopedToolFunctionTests
{
    private readonly List<string> _invokedFor = [];

    [Theory]
    [InlineData("Robert")]
    [InlineData("Dad")]
    [InlineData("+491702222222")]
    public async Task InvokeAsync_OtherContact_RefusedWithoutCallingTheTool(string other)
    {
        var ledger = new ToolCallLedger();
        var tool = Scoped(ledger);

        var result = await tool.InvokeAsync(new AIFunctionArguments { ["contact"] = other }, TestContext.Current.CancellationToken);

        Assert.StartsWith("Refused", result?.ToString(), StringComparison.Ordinal);
        Assert.Empty(_invokedFor);
        Assert.Equal(1, ledger.Refused);
    }

    [Theory]
    [InlineData("Maria")]
    [InlineData("mari")]
    [InlineData("maria")]
    [InlineData("+49 170 1111111")]
    public async Task InvokeAsync_SameContactAnyForm_Allowed(string same)
    {
        var tool = Scoped(new ToolCallLedger());

        await tool.InvokeAsync(new AIFunctionArguments { ["contact"] = same }, TestContext.Current.CancellationToken);

        // However the model named the contact, the server is given the contact's id.
        Assert.Equal(["maria"], _invokedFor);
    }

    [Fact]
    public async Task InvokeAsync_ContactLeftOut_ScopedToCurrentContact()
    {
        var tool = Scoped(new ToolCallLedger());

        await tool.InvokeAsync(new AIFunctionArguments(), TestContext.Current.CancellationToken);

        Assert.Equal(["maria"], _invokedFor);
    }

    [Theory]
    [InlineData("Family")]
    [InlineData("gr_family01")]
    public async Task InvokeAsync_OneToOneReply_AnyGroupRefused(string group)
    {
        var ledger = new ToolCallLedger();
        var tool = Scoped(ledger, group: null, takesGroup: true);

        var result = await tool.InvokeAsync(new AIFunctionArguments { ["contact"] = "Maria", ["group"] = group }, TestContext.Current.CancellationToken);

        Assert.StartsWith("Refused", result?.ToString(), StringComparison.Ordinal);
        Assert.Empty(_invokedFor);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("family")]
    [InlineData("gr_family01")]
    public async Task InvokeAsync_GroupReply_ThisGroupOrNone_RunsForThisGroup(string? group)
    {
        var tool = Scoped(new ToolCallLedger(), new ConversationGroup("gr_family01", "Family"));
        var arguments = new AIFunctionArguments();
        if (group is not null)
        {
            arguments["group"] = group;
        }

        await tool.InvokeAsync(arguments, TestContext.Current.CancellationToken);

        Assert.Equal(["maria@gr_family01"], _invokedFor);
    }

    [Fact]
    public async Task InvokeAsync_GroupReply_OtherGroupRefused()
    {
        var ledger = new ToolCallLedger();
        var tool = Scoped(ledger, new ConversationGroup("gr_family01", "Family"));

        var result = await tool.InvokeAsync(new AIFunctionArguments { ["group"] = "Work" }, TestContext.Current.CancellationToken);

        Assert.StartsWith("Refused: while answering Maria in the group \"Family\"", result?.ToString(), StringComparison.Ordinal);
        Assert.Empty(_invokedFor);
        Assert.Equal(1, ledger.Refused);
    }

    [Theory]
    [InlineData("Contact")]
    [InlineData("CONTACT")]
    public async Task InvokeAsync_ArgumentNameInAnotherCase_StillGuarded(string argument)
    {
        var ledger = new ToolCallLedger();
        var tool = Scoped(ledger);

        var result = await tool.InvokeAsync(new AIFunctionArguments { [argument] = "Dad" }, TestContext.Current.CancellationToken);

        Assert.StartsWith("Refused", result?.ToString(), StringComparison.Ordinal);
        Assert.Empty(_invokedFor);
    }

    [Fact]
    public async Task InvokeAsync_UndeclaredArgument_RejectedWithoutCallingTheTool()
    {
        var tool = Scoped(new ToolCallLedger());

        var result = await tool.InvokeAsync(new AIFunctionArguments { ["target"] = "Dad" }, TestContext.Current.CancellationToken);

        Assert.StartsWith("Error: 'target' is not an argument of get_conversation_context", result?.ToString(), StringComparison.Ordinal);
        Assert.Empty(_invokedFor);
    }

    [Theory]
    [InlineData(false, "partner")]
    [InlineData(true, "other")]
    public async Task InvokeAsync_StickerRelationship_IsTheConversationsNotTheModels(bool inGroup, string expected)
    {
        string? received = null;
        string SelectSticker(string emotion, string? relationship = null, string? contact = null, string? group = null)
        {
            received = relationship;
            return "sticker";
        }

        var inner = AIFunctionFactory.Create(SelectSticker, "select_sticker");
        var scope = new ConversationScope(TestProfiles.Partner(), inGroup ? new ConversationGroup("gr_family01", "Family") : null);
        var tool = new ScopedToolFunction(inner, scope, new ToolCallLedger(), NullLogger.Instance);

        await tool.InvokeAsync(new AIFunctionArguments { ["emotion"] = "love", ["relationship"] = inGroup ? "partner" : "manager" }, TestContext.Current.CancellationToken);

        Assert.Equal(expected, received);
    }

    private ScopedToolFunction Scoped(ToolCallLedger ledger, ConversationGroup? group = null, bool? takesGroup = null)
    {
        var inner = !(takesGroup ?? group is not null)
            ? AIFunctionFactory.Create((string? contact) => { _invokedFor.Add(contact ?? "(none)"); return "context"; }, "get_conversation_context")
            : AIFunctionFactory.Create((string? contact, string? group) => { _invokedFor.Add($"{contact}@{group}"); return "context"; }, "get_conversation_context");
        return new ScopedToolFunction(inner, new ConversationScope(TestProfiles.Partner(), group), ledger, NullLogger.Instance);
    }
}
