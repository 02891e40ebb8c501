using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WhatStyle.Tools.Tone.Semantic;

namespace WhatStyle.Tools.Tone;

/// <summary>DI registration for tone analysis.</summary>
public static class ToneServiceCollectionExtensions
{
    /// <summary>Configuration key that switches the semantic reading off ("false"); on by default.</summary>
    public const string SemanticSetting = "Tone:Semantic";

    /// <summary>Registers the analysers as singletons: they are immutable after loading and thread-safe.</summary>
    public static IServiceCollection AddToneAnalysis(this IServiceCollection services)
    {
        // Loaded on first use, so commands that never analyse never pay for the model.
        // TryAdd: an analyser the host registered first (a custom one, or a test's fake) wins.
        services.TryAddSingleton<IToneAnalyzer>(_ => ToneAnalyzerFactory.CreateDefault());

        // The deep reading wraps the shipped analyser only: a host's own analyser (a test's fake) is used as it is, and
        // the 91 MB embedding model is loaded on the first message, never at start.
        services.TryAddSingleton<IDeepToneAnalyzer>(provider =>
        {
            var lexical = provider.GetRequiredService<IToneAnalyzer>();
            var setting = provider.GetService<IConfiguration>()?[SemanticSetting];
            var enabled = setting is null || !bool.TryParse(setting, out var on) || on;
            return enabled && lexical is ToneAnalyzer ? ToneAnalyzerFactory.CreateDeep(lexical) : new LexicalOnlyAnalyzer(lexical);
        });
        return services;
    }
}
