using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Cli;
using WhatStyle.Agent.Replies;
using WhatStyle.Agent.Replies.Mcp;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Cli;

/// <summary>Options and output shared by the reply, chat, queue and demo commands.</summary>
internal static class ReplyCli
{
    public static Option<string?> McpStdio() => new("--mcp-stdio")
    {
        Description = "Use an external MCP server started with this command line (stdio) instead of the in-process one.",
    };

    public static Option<string?> McpUrl() => new("--mcp-url")
    {
        Description = "Use an external MCP server at this Streamable HTTP URL (e.g. http://127.0.0.1:5077/mcp).",
    };

    /// <summary>The agent's services for a command, with the MCP connection chosen on the command line.</summary>
    public static ServiceProvider Build(ParseResult parseResult, Option<string?> stdio, Option<string?> url)
    {
        var command = parseResult.GetValue(stdio);
        var endpoint = parseResult.GetValue(url);
        if (command is not null && endpoint is not null)
        {
            throw new UserErrorException("use either --mcp-stdio or --mcp-url, not both");
        }

        Uri? uri = null;
        if (endpoint is not null && (!Uri.TryCreate(endpoint, UriKind.Absolute, out uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new UserErrorException($"--mcp-url must be an http(s) URL, got '{endpoint}'");
        }

        return CliServices.Build(parseResult, (services, configuration) =>
        {
            services.AddReplyAgent(configuration);
            services.PostConfigure<McpConnectionOptions>(options =>
            {
                options.Stdio = command ?? options.Stdio;
                options.Url = uri ?? options.Url;
            });
        });
    }

    public static Relationship? ParseRelationship(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return Enum.TryParse<Relationship>(value, ignoreCase: true, out var relationship) && Enum.IsDefined(relationship)
            ? relationship
            : throw new UserErrorException($"unknown relationship '{value}'; use one of: {string.Join(", ", Enum.GetNames<Relationship>().Select(n => n.ToLowerInvariant()))}");
    }

    /// <summary>Runs the agent, turning its validation errors into user errors (one line, exit 1).</summary>
    public static async Task<AgentReply> ReplyAsync(IReplyAgent agent, IncomingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await agent.ReplyAsync(message, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            throw new UserErrorException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }

    /// <summary>The plain-text rendering of a reply (reply and chat commands).</summary>
    public static string Describe(AgentReply reply)
    {
        var builder = new StringBuilder();
        if (reply.Quote is not null)
        {
            builder.AppendLine($"↪ {reply.Quote}");
        }

        builder.AppendLine(reply.Text);
        if (reply.Sticker is { } sticker)
        {
            builder.AppendLine($"[sticker {sticker.Emoji} {sticker.Id}: {sticker.Description}]");
        }

        var fallback = reply.Fallback ? $", fallback{(reply.FallbackReason is null ? string.Empty : $": {reply.FallbackReason}")}" : string.Empty;
        var queued = reply.Queued ? ", queued for retry" : string.Empty;
        builder.Append($"({reply.Provider}{fallback}{queued}; {reply.LlmCalls} LLM call(s), {reply.ToolCalls} tool call(s), {reply.LatencyMs} ms)");
        return builder.ToString();
    }
}
