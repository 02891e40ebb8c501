using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using WhatStyle.Hosting;
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

        return await StartupErrors.RunAsync("WhatStyle.McpServer", async () =>
        {
            var dataDirectory = HostEnvironment.ResolveDataDirectory(commandLine.DataDirectory);
            if (commandLine.Transport == ServerTransport.Stdio)
            {
                using var host = StdioServerHost.Build(commandLine, dataDirectory);
                OpenStorage(host.Services);
                await host.RunAsync();
            }
            else
            {
                await using var app = HttpServerHost.Build(commandLine, dataDirectory);
                OpenStorage(app.Services);
                await app.RunAsync();
            }

            return 0;
        });
    }

    /// <summary>
    /// Opens whatstyle.db before serving: a wrong password, a damaged file or one from a newer WhatStyle ends start-up in
    /// one line (StartupErrors), instead of failing the client's first tool call.
    /// </summary>
    private static void OpenStorage(IServiceProvider services) => _ = services.GetService(typeof(LiteDB.ILiteDatabase));
}
