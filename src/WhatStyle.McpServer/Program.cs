using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using WhatStyle.Hosting;
using WhatStyle.McpHost.Hosting;
using WhatStyle.Tools.Storage;

namespace WhatStyle.McpHost;

/// <summary>Entry point: <c>--stdio</c> or <c>--http</c>. A named class, because other projects reference this assembly.</summary>
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

        if (commandLine.ShowHelp || commandLine.Transport is null)
        {
            // Help goes to stderr as well: a stdio client reading stdout must never see it as protocol.
            await Console.Error.WriteLineAsync(ServerCommandLine.Usage);
            return commandLine.ShowHelp ? 0 : 2;
        }

        return await StartupErrors.RunAsync("WhatStyle.McpServer", async () =>
        {
            var dataDirectory = HostEnvironment.ResolveDataDirectory(commandLine.DataDirectory);
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
        });
    }
}
