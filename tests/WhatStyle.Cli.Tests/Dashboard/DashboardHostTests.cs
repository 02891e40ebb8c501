using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Cli.Dashboard;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Cli.Tests.Dashboard;

/// <summary>The dashboard as <c>whatstyle dashboard</c> serves it, with the real provider chain reading real settings.</summary>
public sealed class DashboardHostTests : IDisposable
{
    private const string Key = "sk-live-secret-4f1c9a7e2b";
    private readonly string _dataDir = Directory.CreateTempSubdirectory("whatstyle-cli-dashboard-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryPage_WithProviderKeysConfigured_ShowsTheProviderConfiguredButNeverTheKey()
    {
        await File.WriteAllTextAsync(Path.Combine(_dataDir, "appsettings.json"),
            $$"""{ "Providers": { "Mistral": { "ApiKey": "{{Key}}" }, "OpenAI": { "ApiKey": "{{Key}}" } } }""", Ct);
        await using var app = DashboardHost.Build(_dataDir, "http://127.0.0.1:0");
        await app.StartAsync(Ct);
        var contacts = app.Services.GetRequiredService<IContactDirectory>();
        var anna = await contacts.AddIdentityAsync((await contacts.GetOrCreateAsync("Anna", Ct)).Contact.Id, "+491700000099", Ct);
        await app.Services.GetRequiredService<IConversationMemory>().RecordAsync(
            new ConversationMessage("m1", anna.Contact.Id, null, MessageDirection.Incoming, "hi", DateTimeOffset.UtcNow.AddMinutes(-5)), Ct);
        await app.Services.GetRequiredService<IDraftStore>().AddAsync(new Draft
        {
            Id = "reply:m1", Contact = "+491700000099", Chat = "491700000099", Text = "hey", Provider = "mistral", CreatedAt = DateTimeOffset.UtcNow,
        }, Ct);
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()) };
        string[] pages =
        [
            "/dashboard", "/dashboard/operations", "/dashboard/events", "/dashboard/analytics", "/dashboard/login",
            $"/dashboard/conversations/{ConversationKeys.ForContact(anna.Contact.Id)}", $"/dashboard/contacts/{anna.Contact.Id}",
            "/dashboard/analytics/providers.csv", "/dashboard/analytics/who-answered.csv",
        ];

        var operations = await http.GetStringAsync("/dashboard/operations", Ct);
        foreach (var page in pages)
        {
            using var response = await http.GetAsync(page, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
            Assert.DoesNotContain(Key, body, StringComparison.Ordinal);
            Assert.DoesNotContain(Key[3..], body, StringComparison.Ordinal); // nor the key without its prefix
        }

        // The key did reach the provider chain: the page says the providers are configured.
        Assert.Matches(@"<td>mistral</td>\s*<td>yes</td>", operations);
        Assert.Matches(@"<td>openai</td>\s*<td>yes</td>", operations);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A LiteDB handle still closing: the temporary folder is left behind, harmlessly.
        }
    }
}
