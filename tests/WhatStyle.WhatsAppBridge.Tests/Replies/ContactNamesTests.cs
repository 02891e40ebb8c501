using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WhatStyle.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.WhatsAppBridge.Channels;
using WhatStyle.WhatsAppBridge.Replies;

namespace WhatStyle.WhatsAppBridge.Tests.Replies;

/// <summary>A first message's WhatsApp profile name (pushName, profile.name) becomes the contact's name, as the owner will see it.</summary>
public sealed class ContactNamesTests : IAsyncDisposable
{
    private const string MomNumber = "491701111111";
    private const string StrangerNumber = "491709999999";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "whatstyle-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private readonly IContactDirectory _directory;
    private readonly ContactNames _names;

    public ContactNamesTests()
    {
        Directory.CreateDirectory(_dataDirectory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tone:Semantic"] = "false" }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWhatStyleTools(configuration, _dataDirectory);
        _services = services.BuildServiceProvider();
        _directory = _services.GetRequiredService<IContactDirectory>();
        _names = new ContactNames(_directory, _services.GetRequiredService<IContactRepository>(), new NoPhoneNumberLookup(), NullLogger<ContactNames>.Instance);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnsureAsync_ProfileNameWithDirectionAndZeroWidthCharacters_NamesTheContactAsShown()
    {
        var contact = await _names.EnsureAsync(MomNumber, "\u202EMom\u200B 👩\u200D👧\u2069", Ct);

        Assert.Equal("Mom 👩\u200D👧", contact!.Contact.DisplayName);
        Assert.Equal(contact.Contact.Id, (await _directory.FindAsync("mom 👩\u200D👧", Ct))!.Contact.Id);
    }

    [Fact]
    public async Task EnsureAsync_ProfileNameOfOnlyInvisibleCharacters_KeepsTheNumberAsTheName()
    {
        // Such a name used to end the lookup with no contact at all, and the person's messages then had none.
        var contact = await _names.EnsureAsync(StrangerNumber, "\u200B\u202E\u2066", Ct);

        Assert.Equal("+" + StrangerNumber, contact!.Contact.DisplayName);
    }

    [Fact]
    public async Task EnsureAsync_LookAlikeOfAKnownContactsName_KeepsTheNumberAndMergesNoOne()
    {
        var mom = await _names.EnsureAsync(MomNumber, "Mom", Ct);

        var stranger = await _names.EnsureAsync(StrangerNumber, "Mom\u0007\u200B", Ct);

        Assert.NotEqual(mom!.Contact.Id, stranger!.Contact.Id);
        Assert.Equal("+" + StrangerNumber, stranger.Contact.DisplayName);
        Assert.Equal(mom.Contact.Id, (await _directory.FindAsync("Mom", Ct))!.Contact.Id);
        Assert.Equal(["+" + MomNumber], (await _directory.FindAsync(MomNumber, Ct))!.Contact.PhoneNumbers);
        Assert.Equal(2, (await _directory.ListAsync(cancellationToken: Ct)).Count);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a failed test must not hide that test's real failure.
        }
    }
}
