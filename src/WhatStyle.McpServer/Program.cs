using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WhatStyle.McpHost.Hosting;
using WhatStyle.McpHost.Security;
using WhatStyle.Tools.Storage;

namespace WhatStyle.McpHost;

/// <summary>Entry point: stdio (the default, or <c>--stdio</c>) or <c>--http</c>. A named class, because other projects reference this assembly.</summary>
internal static class McpServerProgram
{
    public static async Task<int> Main(string[] args)
    {
        ServerCommandLine commandLine;
        try
        {
            commandLine = ServerCommandLine.Parse(args);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}{Environment.NewLine}{ServerCommandLine.Usage}");
            return 2;
        }

        if (commandLine.ShowHelp)
        {
            // Help goes to stderr as well: a stdio client reading stdout must never see it as protocol.
            await Console.Error.WriteLineAsync(ServerCommandLine.Usage);
            return 0;
        }

        try
        {
            var dataDirectory = DataDirectory.Resolve(commandLine.DataDirectory);
            if (commandLine.Transport == ServerTransport.Stdio)
            {
                using var host = StdioServerHost.Build(commandLine, dataDirectory);
                await host.RunAsync();
            }
            else
            {
                await using var app = HttpServerHost.Build(commandLine, dataDirectory);
                await app.RunAsync();
            }

            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"WhatStyle.Mcp: {string.Join(" ", ex.Failures)}");
            return 1;
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            // An address the machine cannot listen on: one line, no stack trace.
            await Console.Error.WriteLineAsync($"WhatStyle.Mcp: cannot listen on {string.Join(", ", commandLine.Urls ?? ListenAddresses.DefaultUrl)}: {ex.Message}.");
            return 1;
        }
        catch (IOException ex)
        {
            // E.g. the port is taken or the data directory cannot be created: one line, no stack trace.
            await Console.Error.WriteLineAsync($"WhatStyle.Mcp: {ex.Message}");
            return 1;
        }
    }
}
