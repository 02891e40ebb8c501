using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace WhatStyle.Benchmarks.Mcp;

/// <summary>Starts the built server (never <c>dotnet run</c>) and connects the C# SDK client to it over stdio or HTTP.</summary>
internal static class McpServerProcess
{
    public static string ServerDll()
    {
        var configured = Environment.GetEnvironmentVariable("WHATSTYLE_MCP_SERVER_DLL");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WhatStyle.sln")))
            {
                var dll = Path.Combine(dir.FullName, "src", "WhatStyle.Mcp", "bin", "Release", "net10.0", "WhatStyle.Mcp.dll");
                return File.Exists(dll)
                    ? dll
                    : throw new FileNotFoundException($"Build the server first: dotnet build src/WhatStyle.Mcp -c Release ({dll})");
            }
        }

        throw new FileNotFoundException("WhatStyle.sln not found above the benchmark; set WHATSTYLE_MCP_SERVER_DLL.");
    }

    public static McpClientOptions ClientOptions() => new()
    {
        ClientInfo = new Implementation { Name = "whatstyle-bench", Version = "1.0" },
    };

    public static async Task<McpClient> ConnectStdioAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "whatstyle",
            Command = "dotnet",
            // No extra flags: the server runs with the configuration a client gets (its default log levels included).
            Arguments = [ServerDll(), "--stdio"],
            EnvironmentVariables = new Dictionary<string, string?> { ["WHATSTYLE_DATA_DIR"] = dataDirectory },
            // Reading stderr keeps the pipe drained; a full stderr pipe would stall the server.
            StandardErrorLines = _ => { },
        });
        return await McpClient.CreateAsync(transport, ClientOptions(), cancellationToken: cancellationToken);
    }

    /// <summary>Starts <c>--http</c> on a free loopback port and waits until /health answers.</summary>
    public static async Task<(Process Server, Uri BaseAddress)> StartHttpAsync(string dataDirectory)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ServerDll(), "--http", "--urls", baseAddress.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["WHATSTYLE_DATA_DIR"] = dataDirectory;
        var server = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = baseAddress };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return (server, baseAddress);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        server.Kill(entireProcessTree: true);
        throw new TimeoutException("The HTTP server did not become healthy within 60 s.");
    }

    public static async Task<McpClient> ConnectHttpAsync(Uri baseAddress, CancellationToken cancellationToken = default)
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(baseAddress, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
        });
        return await McpClient.CreateAsync(transport, ClientOptions(), cancellationToken: cancellationToken);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
