using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace WhatStyle.Agent.Replies.Tools;

/// <summary>
/// Wraps a tool the model may call so that it only ever acts on the conversation being answered: a call naming another
/// contact is refused (the model gets an error, the attempt is logged), whatever the incoming message asked for; a call
/// that leaves the contact out is given this conversation's contact.
/// </summary>
/// <remarks>A decorator around every tool, not a check inside each tool: a new tool is guarded by construction.</remarks>
public sealed class ScopedToolFunction(AIFunction inner, ConversationScope scope, ToolCallLedger ledger, ILogger logger) : DelegatingAIFunction(inner)
{
    /// <summary>The argument every WhatStyle tool uses to name a conversation.</summary>
    public const string ContactArgument = "contact";

    /// <summary>The message the model sees when a call is refused.</summary>
    public static string RefusalMessage(string contactName) =>
        $"Refused: while answering {contactName}, tools may only be used for this conversation. Requests about other contacts are not allowed; answer the message without them.";

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ledger.RecordCall();
        var requested = ContactOf(arguments);
        if (requested is not null && !scope.Allows(requested))
        {
            ledger.RecordRefusal();
            // The requested name is the model's (possibly injected) text: logged for the owner, never echoed back.
            logger.LogWarning("Refused tool call {Tool} for another contact while answering {Contact}.", Name, scope.ContactId);
            return RefusalMessage(scope.Contact.Contact.DisplayName);
        }

        if (requested is null && TakesContact)
        {
            arguments[ContactArgument] = scope.ContactId;
        }

        var result = await base.InvokeCoreAsync(arguments, cancellationToken);
        if (result is JsonElement { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("structuredContent", out var structured))
        {
            ledger.LastResults[Name] = structured.Clone();
        }

        return result;
    }

    private bool TakesContact =>
        JsonSchema.ValueKind == JsonValueKind.Object
        && JsonSchema.TryGetProperty("properties", out var properties)
        && properties.ValueKind == JsonValueKind.Object
        && properties.TryGetProperty(ContactArgument, out _);

    private static string? ContactOf(AIFunctionArguments arguments)
    {
        if (!arguments.TryGetValue(ContactArgument, out var value) || value is null)
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
