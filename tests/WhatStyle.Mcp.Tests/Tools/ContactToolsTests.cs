using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Mcp.Tests.Support;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Mcp.Tests.Tools;

public sealed class ContactToolsTests
{
    [Fact]
    public async Task GetContactProfile_ByAlias_ReturnsEffectiveValuesAndLearnedStyle()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var profile = (await client.CallAsync("get_contact_profile", new { contact = "Annie" })).Structured();

        Assert.Equal(context.Seeded.AnnaId, profile.GetProperty("id").GetString());
        Assert.Equal("Anna", profile.GetProperty("displayName").GetString());
        Assert.Equal("friend", profile.GetProperty("relationship").GetString());
        Assert.True(profile.TryGetProperty("style", out var style));
        Assert.True(style.TryGetProperty("messageCount", out _));
        Assert.False(profile.TryGetProperty("phoneNumbers", out _));
    }

    [Fact]
    public async Task GetContactProfile_UnknownContact_ErrorTellsHowToFindOne()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync("get_contact_profile", new { contact = "Zed" })).Error();

        Assert.Contains("No contact matches 'Zed'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateContactProfile_SomeArguments_SetsThoseAndKeepsTheRest()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var profile = (await client.CallAsync("update_contact_profile",
            new { contact = "Dad", tone = "warm", emoji = "none", nickname = "Papa", language = "DE" })).Structured();

        Assert.Equal("parent", profile.GetProperty("relationship").GetString());
        Assert.Equal("warm", profile.GetProperty("preferredTone").GetString());
        Assert.Equal("none", profile.GetProperty("emojiPolicy").GetString());
        Assert.Equal("Papa", profile.GetProperty("nickname").GetString());
        Assert.Equal("de", profile.GetProperty("language").GetString());
        var stored = await context.Services.GetRequiredService<IContactDirectory>().FindAsync(context.Seeded.DadId, TestContext.Current.CancellationToken);
        Assert.Equal(EmojiPolicy.None, stored?.Settings.Emoji);
        Assert.Equal(Relationship.Parent, stored?.Settings.Relationship);
    }

    [Fact]
    public async Task UpdateContactProfile_Address_IsStoredAndTheEffectiveAddressFollows()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        var before = (await client.CallAsync("get_contact_profile", new { contact = "Dad" })).Structured();

        var profile = (await client.CallAsync("update_contact_profile", new { contact = "Dad", address = "polite" })).Structured();

        Assert.Equal("familiar", before.GetProperty("address").GetString()); // a parent, by default
        Assert.Equal("polite", profile.GetProperty("address").GetString());
        Assert.Equal("polite", profile.GetProperty("settings").GetProperty("address").GetString());
        var stored = await context.Services.GetRequiredService<IContactDirectory>().FindAsync(context.Seeded.DadId, TestContext.Current.CancellationToken);
        Assert.Equal(AddressForm.Polite, stored?.Settings.Address);
    }

    [Theory]
    [InlineData("address", "vous", "Use one of: familiar, polite")]
    [InlineData("relationship", "boss", "Use one of: partner, parent, sibling, child, friend, colleague, manager, client, other")]
    [InlineData("relationship", "3", "Use one of:")]
    [InlineData("emoji", "lots", "Use one of: none, light, heavy")]
    [InlineData("language", "english", "ISO 639-1")]
    public async Task UpdateContactProfile_BadValue_ErrorListsValidValuesAndChangesNothing(string argument, string value, string expected)
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync("update_contact_profile",
            new Dictionary<string, string> { ["contact"] = "Dad", [argument] = value, ["tone"] = "cold" })).Error();

        Assert.Contains(expected, error, StringComparison.Ordinal);
        var stored = await context.Services.GetRequiredService<IContactDirectory>().FindAsync(context.Seeded.DadId, TestContext.Current.CancellationToken);
        Assert.Null(stored?.Settings.Tone);
    }

    [Fact]
    public async Task ListContacts_WithQuery_ReturnsOnlyMatches()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var all = (await client.CallAsync("list_contacts")).Structured().GetProperty("contacts");
        var filtered = (await client.CallAsync("list_contacts", new { query = "ann" })).Structured().GetProperty("contacts");

        Assert.Equal(["Anna", "Dad"], all.EnumerateArray().Select(c => c.GetProperty("displayName").GetString()));
        Assert.Equal(context.Seeded.AnnaId, Assert.Single(filtered.EnumerateArray()).GetProperty("id").GetString());
    }
}
