using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WhatStyle.Hosting;

/// <summary>
/// A setting found wrong while services are registered, reported when the host starts as every other bad setting is
/// (<see cref="StartupErrors"/>: "invalid setting: …", exit code 1), not as an exception out of the builder.
/// </summary>
internal static class StartupProblems
{
    public static void FailAtStart(this IServiceCollection services, string message) =>
        services.AddOptions<Problem>(message).Validate(_ => false, message).ValidateOnStart();

    internal sealed class Problem;
}
