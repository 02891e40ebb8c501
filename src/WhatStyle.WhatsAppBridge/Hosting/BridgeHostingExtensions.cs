using WhatStyle.Tools.Platform;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using WhatStyle.Agent.Replies;
using WhatStyle.Hosting;
using WhatStyle.Hosting.Memory;
using WhatStyle.Storage.Postgres;
using WhatStyle.Hosting.Events;
using WhatStyle.Hosting.Redis;
using WhatStyle.Tools;
using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Channels;
using WhatStyle.WhatsAppBridge.Configuration;
using WhatStyle.WhatsAppBridge.Health;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Poison;
using WhatStyle.WhatsAppBridge.Replies;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Sending.Shared;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;
using WhatStyle.WhatsAppBridge.Storage.State;
using WhatStyle.WhatsAppBridge.Telemetry;

namespace WhatStyle.WhatsAppBridge.Hosting;

/// <summary>The bridge's DI, one extension per concern; Program.cs reads as their table of contents.</summary>
internal static class BridgeHostingExtensions
{
    /// <summary>Configuration key for the data directory (else WHATSTYLE_DATA_DIR, then ~/.whatstyle, like the CLI).</summary>
    public const string DataDirectoryKey = "DataDirectory";

    /// <summary>Binds and validates <c>WhatsApp</c> and <c>Bridge</c>; a missing secret stops start-up with a clear message.</summary>
    public static IHostApplicationBuilder AddBridgeConfiguration(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();
        builder.Services.AddWhatStyleProcessDefaults();
        // SIGTERM ends the bridge within 5 s in every state: background work that does not stop in 3 s (a worker waiting
        // for a storage lock) is left behind; what it had not committed is redone after the restart.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(3));
        // One options class per concern, each bound and checked the same way; a bad setting stops start-up with one line.
        builder.Services.AddValidatedOptions<WhatsAppOptions>(WhatsAppOptions.SectionName);
        builder.Services.AddSingleton<IValidateOptions<WhatsAppOptions>, WhatsAppOptionsValidator>();
        builder.Services.AddValidatedOptions<ReplyPolicyOptions>(ReplyPolicyOptions.SectionName);
        builder.Services.AddSingleton<IValidateOptions<ReplyPolicyOptions>, ReplyPolicyOptionsValidator>();
        builder.Services.AddValidatedOptions<SendingOptions>(SendingOptions.SectionName);
        builder.Services.AddSingleton<IValidateOptions<SendingOptions>, SendingOptionsValidator>();
        builder.Services.AddValidatedOptions<PoisonOptions>(PoisonOptions.SectionName);
        builder.Services.AddValidatedOptions<RetentionOptions>(RetentionOptions.SectionName);
        builder.Services.AddValidatedOptions<AdminOptions>(AdminOptions.SectionName);
        builder.Services.AddValidatedOptions<WorkerOptions>(WorkerOptions.SectionName);
        builder.Services.AddValidatedOptions<HealthOptions>(HealthOptions.SectionName);
        return builder;
    }

    /// <summary>The inbox log, the bridge's own database (bridge.db) and the shared WhatStyle domain (drafts, contacts).</summary>
    public static IHostApplicationBuilder AddBridgeStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var dataDirectory = HostEnvironment.ResolveDataDirectory(builder.Configuration[DataDirectoryKey]);
        builder.Services.AddWhatStyleTools(builder.Configuration, dataDirectory);
        // Storage:Provider = postgres moves the domain's stores (not yet bridge.db and the inbox log) to PostgreSQL.
        builder.Services.AddWhatStylePostgres(builder.Configuration);
        builder.Services.AddWhatStyleRedis(builder.Configuration);
        builder.Services.AddWhatStyleEventPublishing(builder.Configuration);

        // The lock first: bridge.db and the inbox log are opened only by the bridge that holds it.
        builder.Services.AddSingleton(sp => new BridgeInstance(
            dataDirectory, sp.GetRequiredService<IServer>(), sp.GetRequiredService<IHostApplicationLifetime>(), sp.GetRequiredService<ILogger<BridgeInstance>>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BridgeInstance>());
        builder.Services.AddSingleton<StorageFaults>();
        builder.Services.AddSingleton(sp => Claimed(sp, () => new BridgeDatabase(
            dataDirectory, sp.GetRequiredService<StorageFaults>(), sp.GetRequiredService<StorageStatus>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Password)));
        builder.Services.AddSingleton<BridgeSignals>();
        builder.Services.AddSingleton<BridgeEvents>();
        builder.Services.AddSingleton<WhatStyle.Tools.Events.IEventOutbox>(sp => sp.GetRequiredService<BridgeEvents>().Outbox);
        builder.Services.AddSingleton<StorageStatus>();
        builder.Services.AddSingleton(sp => Claimed(sp, () => new InboxLog(dataDirectory, password: sp.GetRequiredService<IOptions<StorageOptions>>().Value.Password)));
        // First of the storage steps at start-up: an old bridge.db is brought up to date before anything reads it.
        builder.Services.AddHostedService<StorageUpgradeStartup>();
        // Storage:Provider = postgres: the inbox, messages, chats, outbox, statuses, inbox records set aside and the
        // bridge's events in PostgreSQL, shared by every bridge of the account (docs/scaling.md); bridge.db keeps what
        // stays per bridge (media ids). Each bridge renews a lease there, so a dead one's sends are settled and its
        // inbox taken over by another.
        if (StorageProviders.Configured(builder.Configuration) == StorageProviders.Postgres)
        {
            var account = ChannelAccount.Of(builder.Configuration);
            builder.Services.AddSingleton(sp => Claimed(sp, () => new PostgresBridgeState(
                sp.GetRequiredService<PostgresConnectionSource>(), account, BridgeHolder.ForDataDirectory(dataDirectory), sp.GetRequiredService<StorageStatus>())));
            builder.Services.AddSingleton<IBridgeState>(sp => sp.GetRequiredService<PostgresBridgeState>());
            // Before every worker: bridge.db's unfinished state is copied into PostgreSQL once (docs/scaling.md).
            builder.Services.AddHostedService(sp => new AdoptionStartup(() => new BridgeStateAdoption(
                sp.GetRequiredService<BridgeDatabase>(), sp.GetRequiredService<PostgresConnectionSource>(), account,
                ((PostgresBridgeState)sp.GetRequiredService<IBridgeState>()).Holder, sp.GetRequiredService<StorageStatus>(), sp.GetRequiredService<TimeProvider>()),
                sp.GetRequiredService<ILogger<AdoptionStartup>>()));
            // The lease before any row of this bridge's inbox is written, so none of them ever looks like a dead bridge's.
            builder.Services.AddHostedService<BridgeHolderLease>();
            // Then what the log on disk still holds moves into PostgreSQL's inbox, before the processor reads it.
            builder.Services.AddHostedService<InboxCarryOver>();
            builder.Services.AddSingleton<IInboxLog>(sp => sp.GetRequiredService<PostgresBridgeState>().Inbox);
        }
        else
        {
            builder.Services.AddSingleton<IInboxLog>(sp => sp.GetRequiredService<InboxLog>());
            builder.Services.AddSingleton<IBridgeState>(sp => new LiteBridgeState(sp.GetRequiredService<BridgeDatabase>()));
            builder.Services.AddHostedService(sp => new AdoptedStateGuard(sp.GetRequiredService<BridgeDatabase>()));
        }

        builder.Services.AddSingleton(sp => new InboxCursor(sp.GetRequiredService<IBridgeState>(), sp.GetRequiredService<IInboxLog>()));
        builder.Services.AddSingleton<IntakePressure>();
        builder.Services.AddSingleton<InboxWriter>();
        builder.Services.AddSingleton<MessageLedger>();
        builder.Services.AddSingleton<StatusLedger>();
        builder.Services.AddSingleton<Outbox>();
        builder.Services.AddSingleton<IncomingDeadLetters>();
        builder.Services.AddSingleton<ConfiguredSecrets>();
        builder.Services.AddSingleton<InboxDeadLetterStore>();
        builder.Services.AddHostedService<InboxProcessor>();
        builder.Services.AddHostedService<Retention>();
        return builder;
    }

    private static T Claimed<T>(IServiceProvider services, Func<T> open)
    {
        _ = services.GetRequiredService<BridgeInstance>();
        return open();
    }

    /// <summary>The active channel's sender, rate limits and the outbox sender.</summary>
    public static IHostApplicationBuilder AddWhatsAppGraphApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The channel (WhatsApp:Channel: cloud, waha or evolution) brings its sender, parser and webhook; the rest is shared.
        builder.AddWhatsAppChannel();
        builder.Services.AddSharedSendLimits(builder.Configuration);
        builder.Services.AddSingleton<SendPolicy>();
        builder.Services.AddSingleton<OutageGate>();
        builder.Services.AddSingleton<DeadLetterBulkRetry>();
        builder.Services.AddSingleton<BridgeHealth>();
        builder.Services.AddHostedService<OutboxSender>();
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DeadLetterRequests>(
            sp, HostEnvironment.ResolveDataDirectory(builder.Configuration[DataDirectoryKey])));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeadLetterRequests>());
        return builder;
    }

    /// <summary>Reply policy, the agent (in-process), the reply worker and the approved-draft dispatcher.</summary>
    public static IHostApplicationBuilder AddReplyPipeline(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Reading a reply's meaning is background work: on two cores an inference beside webhook intake held the
        // acknowledgement's p99 at 200 ms. At background OS priority the kernel runs the acknowledgement first.
        WhatStyle.Tools.Embeddings.SentenceEmbeddingGenerator.RunAtBackgroundPriority();
        // The same for the replies and the owner's messages being learned (whatstyle.db's writes, the agent's work): their
        // threads run at background priority. As many as chats may be answered at once, at least one per core.
        builder.Services.AddSingleton(_ => new BackgroundTaskScheduler(Math.Max(4, Environment.ProcessorCount), "whatstyle-replies"));
        if (ReplyPolicyOptions.IsEchoAgent(builder.Configuration[$"{ReplyPolicyOptions.SectionName}:{nameof(ReplyPolicyOptions.Agent)}"]))
        {
            builder.Services.AddSingleton<IReplyAgent, EchoReplyAgent>();
        }
        else
        {
            // The WhatStyle reply agent, in-process: provider chain ending in the offline responder.
            builder.Services.AddReplyAgent(builder.Configuration);
        }

        builder.Services.AddSingleton<ReplyPolicy>();
        builder.Services.AddSingleton<ContactModes>();
        builder.Services.AddSingleton<ReadReceipts>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ReadReceipts>());
        builder.Services.AddSingleton<ContactNames>();
        builder.Services.AddSingleton<TakeoverDrafts>();
        builder.Services.AddHostedService<OwnerMessageLearner>();
        builder.Services.AddHostedService<VoiceModelRetrainer>();
        builder.Services.AddBackgroundEmbedding();
        builder.Services.AddMemoryWarmup();
        builder.Services.AddSingleton<ChatResponder>();
        builder.Services.AddSingleton<CrisisHold>();
        builder.Services.AddHostedService<ReplyWorker>();
        builder.Services.AddHostedService<DraftDispatcher>();
        builder.Services.AddHostedService<StartupCheck>();
        return builder;
    }

    /// <summary>Metrics through OpenTelemetry, scraped in Prometheus format at /metrics.</summary>
    public static IHostApplicationBuilder AddBridgeTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<BridgeMetrics>();
        builder.Services.AddSingleton<BacklogWatch>();
        builder.Services.AddSingleton<ProviderWatch>();
        builder.Services.AddSingleton<HealthMonitor>();
        builder.Services.AddHostedService<HealthSampler>();
        // Created with the first hosted service below, so the gauges exist before the first scrape.
        builder.Services.AddSingleton<HealthGauges>();
        builder.Services.AddHostedService(sp => new GaugeRegistration(sp.GetRequiredService<HealthGauges>()));
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BridgeMetrics.MeterName)
            .AddPrometheusExporter());
        return builder;
    }
}
