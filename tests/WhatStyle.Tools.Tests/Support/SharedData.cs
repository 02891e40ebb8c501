using WhatStyle.Tools.Storage;

namespace WhatStyle.Tools.Tests.Support;

/// <summary>Reaches ../shared from tests, skipping with a clear message where it is absent.</summary>
internal static class SharedData
{
    /// <summary>The path of a shared sub-folder or file, or skips the test when it is not there.</summary>
    public static string RequirePath(string relativePath)
    {
        var path = SharedFolder.Locate(relativePath, Environment.GetEnvironmentVariable(SharedFolder.EnvironmentVariable));
        if (path is null)
        {
            Assert.Skip($"Needs ../shared/{relativePath} beside the checkout (or WHATSTYLE_SHARED_DIR); not found, so this test is skipped.");
        }

        return path;
    }
}
