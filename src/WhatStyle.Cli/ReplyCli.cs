using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Replies;
using WhatStyle.Hosting;
using WhatStyle.Agent.Replies.Connection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli;

/// <summary>Options and output shared by the reply, chat, queue and demo commands.</summary>
internal static class ReplyCli
{
    public static Option<string?> McpStdio() => new("--mcp-stdio")
    {
        Description = "Use an external MCP server started with this command line (stdio) instead of the in-process one.",
    };

    public static Option<bool> DryRun() => new("--dry-run")
    {
        Description = "Write the reply but save nothing: no contact created, no history, no learning, no retry queue.",
    };

    /// <summary>For --dry-run, a throwaway copy of the data directory to work in; otherwise null (work in the real one).</summary>
    public static DryRunDataDirectory? DryRunCopy(ParseResult parseResult, Option<bool> dryRun) =>
        parseResult.GetValue(dryRun) ? DryRunDataDirectory.CopyOf(HostEnvironment.LocateDataDirectory(parseResult.GetValue(CliOptions.DataDir))) : null;

    public static Option<string?> McpUrl()
    {
        var option = new Option<string?>("--mcp-url")
        {
            Description = "Use an external MCP server at this Streamable HTTP URL (e.g. http://127.0.0.1:5077/mcp).",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                result.AddError($"--mcp-url must be an http(s) URL, got '{value}'.");
            }
        });
        return option;
    }

    /// <summary>The agent's services for a command, with the MCP connection chosen on the command line.</summary>
    public static ServiceProvider Build(ParseResult parseResult, Option<string?> stdio, Option<string?> url, string? dataDirectory = null)
    {
        var command = parseResult.GetValue(stdio);
        var endpoint = parseResult.GetValue(url);
        if (command is not null && endpoint is not null)
        {
            throw new UserErrorException("use either --mcp-stdio or --mcp-url, not both");
        }

        // The option's validator has refused anything but an absolute http(s) URL (a usage error).
        var uri = endpoint is null ? null : new Uri(endpoint, UriKind.Absolute);

        return CliServices.Build(parseResult, (services, configuration) =>
        {
            services.AddReplyAgent(configuration);
            services.PostConfigure<McpConnectionOptions>(options =>
            {
                options.Stdio = command ?? options.Stdio;
                options.Url = uri ?? options.Url;
            });
        }, dataDirectory);
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

    /// <summary>"1 LLM call(s)", with failed attempts apart: a provider that failed wrote nothing.</summary>
    public static string Calls(AgentReply reply) =>
        $"{reply.LlmCalls} LLM call(s){(reply.FailedLlmCalls > 0 ? $" ({reply.FailedLlmCalls} failed attempt(s) not counted)" : "")}";

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
        builder.Append($"({reply.Provider}{fallback}{queued}; {Calls(reply)}, {reply.ToolCalls} tool call(s), {reply.LatencyMs} ms)");
        return builder.ToString();
    }
}
