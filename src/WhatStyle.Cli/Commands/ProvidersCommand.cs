using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhatStyle.Agent.Providers;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle providers [--json]`: each provider's configuration (never a key) and health, in chain order.</summary>
internal static class ProvidersCommand
{
    public static Command Create()
    {
        var json = CliOptions.Json();
        var command = new Command("providers", "Show the provider chain: each provider's endpoint, model, timeout, whether its key is set, and its health.");
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            IReadOnlyList<ProviderStatus> statuses;
            try
            {
                await using var services = CliServices.Build(parseResult, (collection, configuration) => collection.AddProviderChain(configuration));
                statuses = await services.GetRequiredService<IProviderChainStatus>().GetStatusAsync(cancellationToken);
            }
            catch (OptionsValidationException ex)
            {
                throw new UserErrorException($"invalid provider configuration: {string.Join(" ", ex.Failures)}", ex);
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { providers = statuses.Select(ToJson), offlineResponder = "always last; never fails" }, WhatStyleJson.Indented));
            }
            else
            {
                await WriteTableAsync(output, statuses);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static object ToJson(ProviderStatus status) => new
    {
        status.Name,
        status.Position,
        status.Enabled,
        status.Endpoint,
        status.Model,
        status.TimeoutSeconds,
        ApiKey = KeyState(status),
        status.Usable,
        status.SkipReason,
        Health = new
        {
            status.Health.Disabled,
            status.Health.CoolingDownUntil,
            status.Health.ConsecutiveFailures,
            LastError = status.Health.LastFailure?.ToString(),
            status.Health.LastFailureAt,
            status.Health.LastSuccessAt,
        },
    };

    private static async Task WriteTableAsync(TextWriter output, IReadOnlyList<ProviderStatus> statuses)
    {
        await output.WriteLineAsync("Provider chain, in order (the offline responder answers when none can):");
        foreach (var status in statuses)
        {
            var state = status.Usable ? "ready" : $"skipped: {status.SkipReason}";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{status.Position}. {status.Name,-8} {state}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"   endpoint {status.Endpoint}  model {status.Model}  timeout {status.TimeoutSeconds:0.#}s  key {KeyState(status)}"));
            if (status.Health.LastFailure is { } failure)
            {
                await output.WriteLineAsync($"   last error {failure.Kind}{(failure.StatusCode is { } code ? $" (HTTP {code})" : "")}: {failure.Message}");
            }
        }

        await output.WriteLineAsync($"{statuses.Count + 1}. offline  always ready (built-in responder)");
    }

    private static string KeyState(ProviderStatus status) =>
        !status.RequiresApiKey ? "not needed" : status.ApiKeySet ? "set" : "not set";
}
