using WhatStyle.Tools.Storage;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>The engines' wire-format fixtures in ../shared/fixtures/{waha,evolution}, read at test time.</summary>
internal static class EngineFixtures
{
    /// <summary>The bytes of a fixture file; skips the test with a clear message when the shared folder is absent.</summary>
    public static byte[] Read(string engine, string file)
    {
        var folder = SharedFolder.Locate($"fixtures/{engine}", Environment.GetEnvironmentVariable(SharedFolder.EnvironmentVariable));
        if (folder is null || !File.Exists(Path.Combine(folder, file)))
        {
            Assert.Skip($"Needs ../shared/fixtures/{engine}/{file} beside the checkout (or WHATSTYLE_SHARED_DIR); not found, so this test is skipped.");
        }

        return File.ReadAllBytes(Path.Combine(folder, file));
    }
}
