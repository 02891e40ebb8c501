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
}
