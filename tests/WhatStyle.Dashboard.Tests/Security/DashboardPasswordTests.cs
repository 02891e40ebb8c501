using WhatStyle.Dashboard.Security;

namespace WhatStyle.Dashboard.Tests.Security;

public sealed class DashboardPasswordTests
{
    [Fact]
    public void Set_StoresASaltedHash_NeverThePassword()
    {
        var folder = Directory.CreateTempSubdirectory("whatstyle-password-").FullName;
        try
        {
            var first = new DashboardPassword(folder);
            first.Set("correct horse battery");
            var line = File.ReadAllText(first.FilePath);
            first.Set("correct horse battery");
            var again = File.ReadAllText(first.FilePath);

            Assert.DoesNotContain("correct horse", line, StringComparison.Ordinal);
            Assert.StartsWith("pbkdf2-sha256$600000$", line, StringComparison.Ordinal);
            Assert.NotEqual(line, again);
            Assert.True(first.Verify("correct horse battery"));
            Assert.False(first.Verify("correct horse batterY"));
            Assert.False(first.Verify(""));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.FilePath));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Set_TooShort_IsRefused()
    {
        var password = new DashboardPassword(Path.GetTempPath());

        Assert.Throws<ArgumentException>(() => password.Set("short"));
    }

    [Fact]
    public void Verify_NoPasswordSet_IsFalse()
    {
        var password = new DashboardPassword(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.False(password.IsSet);
        Assert.False(password.Verify("anything at all"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://*:80", false)]
    [InlineData("http://192.168.1.20:8080", false)]
    public void IsLoopbackUrl_KnowsWhatStaysOnThisMachine(string address, bool loopback) =>
        Assert.Equal(loopback, LoopbackAddress.IsLoopbackUrl(address));
}
