using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WhatStyle.Tools.Tone;

/// <summary>DI registration for tone analysis.</summary>
public static class ToneServiceCollectionExtensions
{
    /// <summary>Registers the analyser as a singleton: it is immutable after loading and thread-safe.</summary>
    public static IServiceCollection AddToneAnalysis(this IServiceCollection services)
    {
        // Loaded on first use, so commands that never analyse never pay for the model.
        // TryAdd: an analyser the host registered first (a custom one, or a test's fake) wins.
        services.TryAddSingleton<IToneAnalyzer>(_ => ToneAnalyzerFactory.CreateDefault());
        return services;
    }
}
