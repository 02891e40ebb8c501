using Microsoft.Extensions.DependencyInjection;

namespace WhatStyle.Tools.Tone;

/// <summary>DI registration for tone analysis.</summary>
public static class ToneServiceCollectionExtensions
{
    public static IServiceCollection AddToneAnalysis(this IServiceCollection services)
    {
        // The analyser is registered here once it exists (issue: tone analysis engine).
        return services;
    }
}
