using WhatStyle.Tools.Storage;

namespace WhatStyle.Tools.Tests.Storage;

public sealed class DataDirectoryTests
{
    [Fact]
    public void Resolve_ExplicitPath_CreatesAndReturnsFullPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "whatstyle-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var resolved = DataDirectory.Resolve(path);

            Assert.Equal(Path.GetFullPath(path), resolved);
            Assert.True(Directory.Exists(resolved));
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
