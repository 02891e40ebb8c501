namespace WhatStyle.McpHost.Hosting;

/// <summary>Which transport the server runs.</summary>
internal enum ServerTransport { Stdio, Http }

/// <summary>The server's own flags; anything else is passed to the host as configuration (e.g. <c>--McpServer:ApiKey=…</c>).</summary>
/// <param name="Transport">stdio or HTTP; null when neither was asked for.</param>
/// <param name="DataDirectory">The <c>--data-dir</c> value, resolved later like the CLI does.</param>
/// <param name="Urls">The <c>--urls</c> value for HTTP.</param>
/// <param name="ShowHelp">True for <c>--help</c>/<c>-h</c>.</param>
/// <param name="HostArguments">Everything else.</param>
internal sealed record ServerCommandLine(
    ServerTransport? Transport,
    string? DataDirectory,
    string? Urls,
    bool ShowHelp,
    IReadOnlyList<string> HostArguments)
{
    public const string Usage = """
        Usage: WhatStyle.Mcp (--stdio | --http [--urls URL]) [--data-dir PATH] [--Key=Value ...]

          --stdio          Serve MCP over stdin/stdout (Claude Desktop, VS Code, Cursor). Logs go to stderr.
          --http           Serve Streamable HTTP at /mcp, legacy SSE at /mcp/sse, health at /health.
          --urls URL       Where to listen with --http (default http://127.0.0.1:5077). Beyond loopback a bearer
                           token is required: McpServer:ApiKey or WHATSTYLE_MCP_API_KEY.
          --data-dir PATH  Data directory (default: WHATSTYLE_DATA_DIR, else ~/.whatstyle).
        """;

    /// <exception cref="FormatException">When a flag is misused; the message says how.</exception>
    public static ServerCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        ServerTransport? transport = null;
        string? dataDirectory = null;
        string? urls = null;
        var help = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--stdio":
                    transport = Choose(transport, ServerTransport.Stdio);
                    break;
                case "--http":
                    transport = Choose(transport, ServerTransport.Http);
                    break;
                case "--data-dir":
                    dataDirectory = Value(args, ref i);
                    break;
                case "--urls":
                    urls = Value(args, ref i);
                    break;
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (urls is not null && transport is not ServerTransport.Http)
        {
            throw new FormatException("--urls only applies to --http.");
        }

        return new ServerCommandLine(transport, dataDirectory, urls, help, rest);
    }

    private static ServerTransport Choose(ServerTransport? current, ServerTransport wanted) =>
        current is null || current == wanted
            ? wanted
            : throw new FormatException("Choose one transport: --stdio or --http.");

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        var flag = args[i];
        if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]) || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new FormatException($"{flag} needs a value.");
        }

        i++;
        return args[i];
    }
}
