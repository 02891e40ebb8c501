using WhatStyle.McpHost.Hosting;

namespace WhatStyle.Mcp.Tests.Hosting;

public sealed class ServerCommandLineTests
{
    [Fact]
    public void Parse_HttpWithUrlsAndDataDir_SeparatesOwnFlagsFromHostArguments()
    {
        var parsed = ServerCommandLine.Parse(["--http", "--urls", "http://127.0.0.1:6000", "--data-dir", "/tmp/x", "--McpServer:ApiKey=k"]);

        Assert.Equal(ServerTransport.Http, parsed.Transport);
        Assert.Equal("http://127.0.0.1:6000", parsed.Urls);
        Assert.Equal("/tmp/x", parsed.DataDirectory);
        Assert.Equal(["--McpServer:ApiKey=k"], parsed.HostArguments);
    }

    [Theory]
    [InlineData(new[] { "--stdio", "--http" }, "Choose one transport")]
    [InlineData(new[] { "--stdio", "--urls", "http://127.0.0.1:1" }, "--urls only applies to --http")]
    [InlineData(new[] { "--stdio", "--data-dir" }, "--data-dir needs a value")]
    public void Parse_Misuse_ExplainsTheProblem(string[] args, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ServerCommandLine.Parse(args));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoTransport_LeavesItUnset()
    {
        Assert.Null(ServerCommandLine.Parse([]).Transport);
    }
}
