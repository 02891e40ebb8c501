using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace WhatStyle.Agent.Replies.Scoping;

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

    /// <summary>
    /// Set instead of the model's arguments when they cannot be passed on (see <c>ToolCallArgumentsChatClient</c>): its
    /// value is the error the model gets, and no tool runs.
    /// </summary>
    public const string ArgumentProblem = "__whatstyle_argument_problem";

    /// <summary>The tool behind the guard (long-lived, where the guard is made per reply).</summary>
    public AIFunction Guarded => InnerFunction;

    /// <summary>The message the model sees when a call is refused.</summary>
    public static string RefusalMessage(string conversation) =>
        $"Refused: while answering {conversation}, tools may only be used for this conversation. Requests about other contacts or chats are not allowed; answer the message without them.";

    /// <summary>The argument <c>select_sticker</c> uses for the recipient's relationship (romantic stickers depend on it).</summary>
    public const string RelationshipArgument = "relationship";

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ledger.RecordCall();
        if (arguments.TryGetValue(ArgumentProblem, out var problem))
        {
            return problem?.ToString() ?? "Error: the arguments could not be read.";
        }

        // Checked before the schema: a one-to-one reply is not offered `group` (see ModelToolView), yet a model that
        // names a chat anyway is refused and logged as reaching for another chat, not merely told the argument is unknown.
        var requestedGroup = StringOf(arguments, arguments.Keys.FirstOrDefault(k => string.Equals(k, GroupArgument, StringComparison.OrdinalIgnoreCase)));
        if (requestedGroup is not null && !scope.AllowsGroup(requestedGroup))
        {
            return Refuse("chat");
        }

        // Argument names are matched as the tool declares them, whatever case the model used ("Contact" is "contact"):
        // otherwise a differently cased name would slip past the checks below and still reach the server.
        if (Canonicalize(arguments) is { } unknown)
        {
            return $"Error: '{unknown}' is not an argument of {Name}; use only the arguments its schema lists.";
        }

        if (StringOf(arguments, ContactArgument) is { } requested && !scope.Allows(requested))
        {
            return Refuse("contact");
        }

        // Whatever name the model used for this conversation's contact, the server is given the contact's id: the
        // guard's matching and the server's lookup never have to agree on what a name means.
        if (Takes(ContactArgument))
        {
            arguments[ContactArgument] = scope.ContactId;
        }

        if (scope.Group is { } group && Takes(GroupArgument))
        {
            arguments[GroupArgument] = group.Id;
        }

        // The relationship decides whether romantic stickers may be chosen: it is the conversation's, not the model's.
        if (Takes(RelationshipArgument))
        {
            arguments[RelationshipArgument] = scope.Relationship;
        }

        var result = await base.InvokeCoreAsync(arguments, cancellationToken);
        if (result is JsonElement { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("structuredContent", out var structured))
        {
            ledger.LastResults[Name] = structured.Clone();
            // The model gets the structured result only: the full MCP result repeats it as text and, for a sticker,
            // carries the image as base64, tens of KB of tokens the model cannot use.
            return ledger.LastResults[Name];
        }

        return result;
    }

    private string Refuse(string what)
    {
        ledger.RecordRefusal();
        // The requested name is the model's (possibly injected) text: logged for the owner, never echoed back.
        logger.LogWarning("Refused tool call {Tool} for another {What} while answering {Contact}.", Name, what, scope.ContactId);
        return RefusalMessage(scope.Description);
    }

    /// <summary>Renames arguments to the tool's declared spelling; returns the first name the tool does not declare.</summary>
    private string? Canonicalize(AIFunctionArguments arguments)
    {
        var declared = DeclaredArguments();
        foreach (var name in arguments.Keys.ToList())
        {
            var match = declared.FirstOrDefault(d => string.Equals(d, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                return name.Length > 40 ? name[..40] : name;
            }

            if (!string.Equals(match, name, StringComparison.Ordinal))
            {
                var value = arguments[name];
                arguments.Remove(name);
                arguments[match] = value;
            }
        }

        return null;
    }

    private List<string> DeclaredArguments() =>
        JsonSchema.ValueKind == JsonValueKind.Object
        && JsonSchema.TryGetProperty("properties", out var properties)
        && properties.ValueKind == JsonValueKind.Object
            ? [.. properties.EnumerateObject().Select(p => p.Name)]
            : [];

    private bool Takes(string argument) =>
        JsonSchema.ValueKind == JsonValueKind.Object
        && JsonSchema.TryGetProperty("properties", out var properties)
        && properties.ValueKind == JsonValueKind.Object
        && properties.TryGetProperty(argument, out _);

    private static string? StringOf(AIFunctionArguments arguments, string? argument)
    {
        if (argument is null || !arguments.TryGetValue(argument, out var value) || value is null)
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
