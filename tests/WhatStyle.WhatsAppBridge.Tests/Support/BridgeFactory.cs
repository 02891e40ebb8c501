using WhatStyle.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Replies;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>The bridge in memory, in a temporary data directory, talking to a <see cref="FakeGraphApi"/> on loopback.</summary>
internal sealed class BridgeFactory : WebApplicationFactory<Program>
{
    public const string AppSecret = "test_app_secret";
    public const string VerifyToken = "verify-me";
    public const string PhoneNumberId = "106540352242922";

    private readonly FakeGraphApi _graph;
    private readonly Dictionary<string, string?> _settings;

    private readonly bool _realAgent;

    /// <param name="graph">The fake Graph API to send to.</param>
    /// <param name="settings">Configuration overrides.</param>
    /// <param name="realAgent">True: the WhatStyle reply agent (offline responder, no provider keys) instead of <see cref="Agent"/>.</param>
    public BridgeFactory(FakeGraphApi graph, IDictionary<string, string?>? settings = null, bool realAgent = false)
    {
        _graph = graph;
        _realAgent = realAgent;
        DataDirectory = Directory.CreateTempSubdirectory("whatstyle-bridge-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["DataDirectory"] = DataDirectory,
            ["WhatsApp:AppSecret"] = AppSecret,
            ["WhatsApp:VerifyToken"] = VerifyToken,
            ["WhatsApp:AccessToken"] = FakeGraphApi.AccessToken,
            ["WhatsApp:PhoneNumberId"] = PhoneNumberId,
            ["WhatsApp:GraphApiBaseUrl"] = graph.BaseUrl.ToString(),
            ["WhatsApp:ApiVersion"] = "v23.0",
            ["Bridge:BurstWindow"] = "00:00:00.300",
            ["Bridge:PollInterval"] = "00:00:00.050",
            ["Bridge:PerRecipientInterval"] = "00:00:00.050",
            ["Bridge:RetryBaseDelay"] = "00:00:00.050",
            ["Bridge:MaxRetryDelay"] = "00:00:00.200",
            ["Bridge:PairRateLimitUnit"] = "00:00:00.050",
            ["Bridge:MaxAttempts"] = "3",
            ["Bridge:MessagesPerSecond"] = "1000",
            // The crisis check runs on its rules here; the embedding model is loaded only by the tests that need it.
            ["Tone:Semantic"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    public RecordingReplyAgent Agent { get; } = new();

    /// <summary>Service replacements, applied after the bridge's own registrations (set before the first request).</summary>
    public Action<IServiceCollection>? ReplaceServices { get; init; }

    /// <summary>True: the data directory outlives the factory (the test reads what the bridge left and deletes it).</summary>
    public bool KeepDataDirectory { get; init; }

    /// <summary>Points the fake's status webhooks at this in-memory bridge.</summary>
    public BridgeFactory WithStatusCallbacks()
    {
        _graph.StatusCallbackUrl = new Uri(Server.BaseAddress, "/webhook");
        _graph.CallbackSecret = AppSecret;
        _graph.CallbackHandler = Server.CreateHandler();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Start-up failures reach the test as exceptions (StartupErrors.RunHostAsync), not as a line on stderr.
        builder.UseEnvironment(StartupErrors.TestingEnvironment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (!_realAgent)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<IReplyAgent>(Agent));
        }

        if (ReplaceServices is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDataDirectory)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background task; the OS temp cleaner gets it.
            }
        }
    }
}
