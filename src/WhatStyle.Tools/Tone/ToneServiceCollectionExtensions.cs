using Microsoft.Extensions.DependencyInjection;

namespace WhatStyle.Tools.Tone;

/// <summary>DI registration for tone analysis.</summary>
public static class ToneServiceCollectionExtensions
{
    /// <summary>Registers the analyser as a singleton: it is immutable after loading and thread-safe.</summary>
    public static IServiceCollection AddToneAnalysis(this IServiceCollection services)
    {
        // Loaded on first use, so commands that never analyse never pay for the model.
        services.AddSingleton<IToneAnalyzer>(_ => ToneAnalyzerFactory.CreateDefault());
        return services;
    }
}
