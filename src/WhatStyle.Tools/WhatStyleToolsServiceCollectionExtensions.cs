using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Attention;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Replies.Queue;
using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Import;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.ReplyLog;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Takeovers;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Tools;

/// <summary>Registers the whole WhatStyle domain; each area keeps its own registration beside its code.</summary>
public static class WhatStyleToolsServiceCollectionExtensions
{
    /// <param name="services">The container.</param>
    /// <param name="configuration">Configuration (Storage:*, Stickers:* and so on).</param>
    /// <param name="dataDirectory">The resolved data directory (see <see cref="Storage.DataDirectory"/>).</param>
    public static IServiceCollection AddWhatStyleTools(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);

        // Hosts add their own providers; this keeps the library usable from a bare ServiceCollection too.
        services.AddLogging();

        // Storage first: contacts, memory, stickers' history and drafts all keep their collections in it.
        services.AddWhatStyleStorage(configuration, dataDirectory);
        services.AddWhatStyleEmbeddings(configuration);
        services.AddToneAnalysis();
        services.AddWhatStyleContacts(configuration);
        services.AddWhatStyleMemory(configuration);
        services.AddWhatStyleImport();
        services.AddStickers(dataDirectory);
        services.AddDrafts();
        services.AddRetryQueue();
        services.AddTakeovers();
        services.AddReplyLog();
        services.AddAttention();
        services.AddVoiceModel(configuration, dataDirectory);
        return services;
    }
}
