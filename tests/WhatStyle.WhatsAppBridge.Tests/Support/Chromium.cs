using Microsoft.Playwright;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright (.ci/run installs it); tests skip with a clear message when it is absent.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Skip($"{ExecutablePath} is absent: install Debian's chromium (apt-get install -y chromium) to run the browser tests.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = ["--no-sandbox"] });
        return (playwright, browser);
    }
}
