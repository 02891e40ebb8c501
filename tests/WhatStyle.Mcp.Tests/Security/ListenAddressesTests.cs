using WhatStyle.Mcp.Tests.Support;
using WhatStyle.McpHost.Hosting;
using WhatStyle.McpHost.Security;

namespace WhatStyle.Mcp.Tests.Security;

public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://localhost:5077", true)]
    [InlineData("http://127.0.0.1:5077", true)]
    [InlineData("http://127.1.2.3", true)]
    [InlineData("http://[::1]:5077", true)]
    [InlineData("https://LOCALHOST:443/", true)]
    [InlineData("http://0.0.0.0:5077", false)]
    [InlineData("http://[::]:5077", false)]
    [InlineData("http://*:5077", false)]
    [InlineData("http://+:5077", false)]
    [InlineData("http://192.168.1.20:5077", false)]
    [InlineData("http://whatstyle.example:80", false)]
    public void IsLoopback_Url_TellsLoopbackFromEverythingElse(string url, bool expected) =>
        Assert.Equal(expected, ListenAddresses.IsLoopback(url));

    [Theory]
    [InlineData("http://[::ffff:127.0.0.1]:5077", "http://127.0.0.1:5077")]
    [InlineData("http://[::FFFF:7F00:1]:5077/", "http://127.0.0.1:5077/")]
    [InlineData("http://[::1]:5077;http://[::ffff:10.0.0.5]", "http://[::1]:5077;http://10.0.0.5")]
    [InlineData("http://localhost:5077", "http://localhost:5077")]
    public void Normalize_Ipv4MappedHost_BecomesTheIpv4Address(string urls, string expected) =>
        Assert.Equal(expected, ListenAddresses.Normalize(urls));

    [Fact]
    public async Task HttpHost_Ipv4MappedLoopbackUrl_ListensOnTheIpv4Address()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-mcp-mapped-").FullName;
        try
        {
            await using var app = HttpServerHost.Build(
                ServerCommandLine.Parse(["--http", "--urls", "http://[::ffff:127.0.0.1]:0"]), dataDirectory,
                builder => TestDomain.AddFakesForMissing(builder.Services, dataDirectory));

            await app.StartAsync(TestContext.Current.CancellationToken);
            var url = Assert.Single(app.Urls);
            await app.StopAsync(TestContext.Current.CancellationToken);

            Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
