using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Cli;
using WhatStyle.Cli.Tests;
using WhatStyle.Tools;
using WhatStyle.Tools.Drafts;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class DraftsCommandTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("whatstyle-cli-drafts-").FullName;

    [Fact]
    public async Task List_PendingDrafts_ShowsThemWithTheirIds()
    {
        await SeedAsync("reply:wamid.1", "Sure, see you at 8!");

        var (code, stdout, _) = await Run("drafts", "list");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("reply:wamid.1", stdout, StringComparison.Ordinal);
        Assert.Contains("Sure, see you at 8!", stdout, StringComparison.Ordinal);
        Assert.Contains("1 draft(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_WithEditedText_ApprovesAndReplacesTheText()
    {
        await SeedAsync("reply:wamid.2", "ok");

        var (code, stdout, _) = await Run("drafts", "approve", "reply:wamid.2", "--text", "Okay, on my way.");
        var (_, json, _) = await Run("drafts", "list", "--all", "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("approved reply:wamid.2", stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var draft = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("approved", draft.GetProperty("status").GetString());
        Assert.Equal("Okay, on my way.", draft.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Reject_ThenApprove_SecondDecisionIsAUserError()
    {
        await SeedAsync("reply:wamid.3", "no");

        var (rejectCode, _, _) = await Run("drafts", "reject", "reply:wamid.3");
        var (approveCode, _, stderr) = await Run("drafts", "approve", "reply:wamid.3");
        var (_, pending, _) = await Run("drafts", "list");

        Assert.Equal(ExitCodes.Success, rejectCode);
        Assert.Equal(ExitCodes.UserError, approveCode);
        Assert.Contains("already rejected", stderr, StringComparison.Ordinal);
        Assert.Contains("0 draft(s)", pending, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_UnknownId_IsAUserErrorPointingToList()
    {
        var (code, _, stderr) = await Run("drafts", "approve", "nope");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("drafts list", stderr, StringComparison.Ordinal);
    }

    private async Task SeedAsync(string id, string text)
    {
        // Written the way the bridge writes them: through the registered store, in the data directory's database.
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddWhatStyleTools(new ConfigurationBuilder().Build(), _dataDir);
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<IDraftStore>().AddAsync(new Draft
            {
                Id = id,
                Contact = "4917012345",
                Chat = "4917012345",
                IncomingText = "are you coming?",
                Text = text,
                CreatedAt = TimeProvider.System.GetUtcNow(),
            }, TestContext.Current.CancellationToken);
        }
    }

    private Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) =>
        CliAppTests.RunAsync([.. args, "--data-dir", _dataDir]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
