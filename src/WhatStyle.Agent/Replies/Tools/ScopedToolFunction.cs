using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace WhatStyle.Agent.Replies.Tools;

/// <summary>
/// Wraps a tool the model may call so that it only ever acts on the conversation being answered: a call naming another
/// contact (or, with a <c>group</c> argument, another group) is refused (the model gets an error, the attempt is
/// logged), whatever the incoming message asked for; a call that leaves the contact out is given this conversation's
/// contact. In a group reply, a tool that takes <c>group</c> is always given this group, so the sender's private
/// one-to-one history never reaches a reply everyone in the group reads.
/// </summary>
/// <remarks>A decorator around every tool, not a check inside each tool: a new tool is guarded by construction.</remarks>
public sealed class ScopedToolFunction(AIFunction inner, ConversationScope scope, ToolCallLedger ledger, ILogger logger) : DelegatingAIFunction(inner)
{
    /// <summary>The argument every WhatStyle tool uses to name a conversation.</summary>
    public const string ContactArgument = "contact";

    /// <summary>The argument naming a group chat (<c>record_message</c>, <c>get_conversation_context</c>).</summary>
    public const string GroupArgument = "group";

    /// <summary>The message the model sees when a call is refused.</summary>
    public static string RefusalMessage(string conversation) =>
        $"Refused: while answering {conversation}, tools may only be used for this conversation. Requests about other contacts or chats are not allowed; answer the message without them.";

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ledger.RecordCall();
        var requested = StringOf(arguments, ContactArgument);
        var requestedGroup = StringOf(arguments, GroupArgument);
        var otherGroup = requestedGroup is not null && !scope.AllowsGroup(requestedGroup);
        if ((requested is not null && !scope.Allows(requested)) || otherGroup)
        {
            ledger.RecordRefusal();
            // The requested name is the model's (possibly injected) text: logged for the owner, never echoed back.
            logger.LogWarning("Refused tool call {Tool} for another {What} while answering {Contact}.", Name, otherGroup ? "chat" : "contact", scope.ContactId);
            return RefusalMessage(scope.Description);
        }

        if (requested is null && Takes(ContactArgument))
        {
            arguments[ContactArgument] = scope.ContactId;
        }

        if (scope.Group is { } group && Takes(GroupArgument))
        {
            arguments[GroupArgument] = group.Id;
        }

        var result = await base.InvokeCoreAsync(arguments, cancellationToken);
        if (result is JsonElement { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("structuredContent", out var structured))
        {
            ledger.LastResults[Name] = structured.Clone();
        }

        return result;
    }

    private bool Takes(string argument) =>
        JsonSchema.ValueKind == JsonValueKind.Object
        && JsonSchema.TryGetProperty("properties", out var properties)
        && properties.ValueKind == JsonValueKind.Object
        && properties.TryGetProperty(argument, out _);

    private static string? StringOf(AIFunctionArguments arguments, string argument)
    {
        if (!arguments.TryGetValue(argument, out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            _ => value.ToString(),
        };
    }
}
