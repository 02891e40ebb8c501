using System.Text.Json;
using WhatStyle.Cli;
using WhatStyle.Cli.Tests;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class ProvidersCommandTests : IDisposable
{
    private const string MistralKey = "sk-mistral-SECRET-0123456789";
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "whatstyle-providers-" + Guid.NewGuid().ToString("N"));

    public ProvidersCommandTests()
    {
        Directory.CreateDirectory(dataDir);
        // Port 9 (discard) on loopback refuses connections, so the Ollama probe fails fast and offline.
        File.WriteAllText(Path.Combine(dataDir, "appsettings.json"), $$"""
            {
              "Providers": {
                "Mistral": { "ApiKey": "{{MistralKey}}", "Model": "mistral-large-latest", "TimeoutSeconds": 12 },
                "OpenAI": { "ApiKey": "" },
                "Ollama": { "Endpoint": "http://127.0.0.1:9" }
              }
            }
            """);
    }

    [Fact]
    public async Task Providers_Table_ShowsConfigurationAndKeyStateWithoutSecrets()
    {
        var (code, stdout, stderr) = await CliAppTests.RunAsync("providers", "--data-dir", dataDir);

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain(MistralKey, stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("1. mistral  ready", stdout, StringComparison.Ordinal);
        Assert.Contains("model mistral-large-latest  timeout 12s  key set", stdout, StringComparison.Ordinal);
        Assert.Contains("2. openai   skipped: no API key", stdout, StringComparison.Ordinal);
        Assert.Contains("key not set", stdout, StringComparison.Ordinal);
        Assert.Contains("3. ollama   skipped: host http://127.0.0.1:9/ unreachable", stdout, StringComparison.Ordinal);
        Assert.Contains("4. offline", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Providers_Json_ListsProvidersInOrderWithoutSecrets()
    {
        var (code, stdout, _) = await CliAppTests.RunAsync("providers", "--json", "--data-dir", dataDir);

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain(MistralKey, stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        var providers = json.RootElement.GetProperty("providers").EnumerateArray().ToList();
        Assert.Equal(["mistral", "openai", "ollama"], providers.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("set", providers[0].GetProperty("apiKey").GetString());
        Assert.Equal("not set", providers[1].GetProperty("apiKey").GetString());
        Assert.Equal("not needed", providers[2].GetProperty("apiKey").GetString());
        Assert.True(providers[0].GetProperty("usable").GetBoolean());
        Assert.False(providers[2].GetProperty("usable").GetBoolean());
    }

    [Fact]
    public async Task Providers_UnknownProviderInOrder_IsUserError()
    {
        File.WriteAllText(Path.Combine(dataDir, "appsettings.json"), """{ "Providers": { "Order": [ "mistral", "claude" ] } }""");

        var (code, _, stderr) = await CliAppTests.RunAsync("providers", "--data-dir", dataDir);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("unknown provider 'claude'", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dataDir, recursive: true);
}
