using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>DI registration of the owner's voice model: its versions, the one in use, and its trainer.</summary>
public static class VoiceModelServiceCollectionExtensions
{
    public static IServiceCollection AddVoiceModel(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<VoiceModelOptions>().Bind(configuration.GetSection(VoiceModelOptions.SectionName)).ValidateDataAnnotations();
        services.TryAddSingleton(new VoiceModelStore(dataDirectory));
        services.TryAddSingleton(sp => new VoiceModels(
            sp.GetRequiredService<VoiceModelStore>(),
            sp.GetRequiredService<IOptions<VoiceModelOptions>>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<VoiceModels>>()));
        services.TryAddSingleton(sp => new VoiceTrainer(
            sp.GetRequiredService<IContactDirectory>(),
            sp.GetRequiredService<IMessageRepository>(),
            sp.GetRequiredService<IToneAnalyzer>(),
            sp.GetRequiredService<VoiceModelStore>(),
            sp.GetRequiredService<IOptions<VoiceModelOptions>>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<IDraftStore>(),
            sp.GetRequiredService<VoiceModels>()));
        return services;
    }
}
