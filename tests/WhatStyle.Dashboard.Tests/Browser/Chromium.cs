using Microsoft.Playwright;

namespace WhatStyle.Dashboard.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (.ci/run installs it with apt; Playwright's own browser download is not used).
/// Tests skip with a clear message when it is absent. Screenshots go to the test output folder, and also to
/// <c>WHATSTYLE_SCREENSHOTS_DIR</c> when set (how docs/images/ is refreshed).
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>A phone-sized viewport (an iPhone 12/13/14's CSS pixels).</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Skip($"{ExecutablePath} is absent: install Debian's chromium (apt-get install -y chromium) to run the browser tests.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        return (playwright, browser);
    }

    /// <summary>Saves a full-page screenshot named <paramref name="name"/>.png.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        if (Environment.GetEnvironmentVariable("WHATSTYLE_SCREENSHOTS_DIR") is { Length: > 0 } docs)
        {
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, name + ".png"), overwrite: true);
        }
    }
}
