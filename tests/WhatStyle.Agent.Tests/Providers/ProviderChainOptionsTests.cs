using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhatStyle.Agent.Providers;

namespace WhatStyle.Agent.Tests.Providers;

public sealed class ProviderChainOptionsTests
{
    [Fact]
    public void Options_NothingConfigured_UseDocumentedDefaults()
    {
        var options = Bind([]);
        var settings = ProviderSettings.Resolve(options);

        Assert.Equal([ProviderNames.Mistral, ProviderNames.OpenAI, ProviderNames.Ollama], settings.Select(s => s.Name));
        Assert.Equal(new Uri("https://api.mistral.ai/v1"), settings[0].Endpoint);
        Assert.Equal("mistral-small-latest", settings[0].Model);
        Assert.All(settings, s => Assert.Equal(TimeSpan.FromSeconds(8), s.Timeout));
        Assert.Equal(new Uri("https://api.openai.com/v1"), settings[1].Endpoint);
        Assert.Equal(new Uri("http://localhost:11434"), settings[2].Endpoint);
        Assert.Equal(60, options.DeadlineSeconds);
        Assert.Contains("no API key", settings[0].SkipReason, StringComparison.Ordinal);
        Assert.Null(settings[2].SkipReason);
    }

    [Fact]
    public void Options_AttemptTimeout_BoundsEveryProviderWithoutItsOwn()
    {
        var options = Bind(new()
        {
            ["Providers:AttemptTimeout"] = "00:00:03",
            ["Providers:Ollama:TimeoutSeconds"] = "30",
        });
        var settings = ProviderSettings.Resolve(options);

        Assert.Equal([3, 3, 30], settings.Select(s => s.Timeout.TotalSeconds));
    }

    [Fact]
    public void Options_UsualEnvironmentVariables_FillKeysAndOllamaHost()
    {
        var options = Bind(new()
        {
            ["MISTRAL_API_KEY"] = "m-key",
            ["OPENAI_API_KEY"] = "o-key",
            ["OLLAMA_HOST"] = "0.0.0.0:11500",
        });

        Assert.Equal("m-key", options.Mistral.ApiKey);
        Assert.Equal("o-key", options.OpenAI.ApiKey);
        Assert.Equal("http://127.0.0.1:11500", options.Ollama.Endpoint);
    }

    [Fact]
    public void Options_SectionKey_WinsOverEnvironmentVariable()
    {
        var options = Bind(new() { ["MISTRAL_API_KEY"] = "from-env", ["Providers:Mistral:ApiKey"] = "from-section" });

        Assert.Equal("from-section", options.Mistral.ApiKey);
    }

    [Theory]
    [InlineData("localhost", "http://localhost:11434")]
    [InlineData("http://gpu-box:8080", "http://gpu-box:8080")]
    [InlineData("https://ollama.example.com", "https://ollama.example.com")]
    public void NormalizeOllamaHost_CommonForms_BecomeUrls(string host, string expected) =>
        Assert.Equal(expected, ProviderChainOptionsSetup.NormalizeOllamaHost(host));

    [Fact]
    public void Options_CommaSeparatedOrder_IsSplit()
    {
        var options = Bind(new() { ["Providers:Order"] = "OpenAI, ollama" });

        Assert.Equal([ProviderNames.OpenAI, ProviderNames.Ollama], options.EffectiveOrder());
    }

    [Fact]
    public void Options_ArrayOrderAndEnvironmentStyleKeys_AreBound()
    {
        var options = Bind(new()
        {
            ["Providers:Order:0"] = "ollama",
            ["Providers:Order:1"] = "mistral",
            ["Providers:Mistral:Endpoint"] = "http://127.0.0.1:9999/v1",
            ["Providers:Ollama:TimeoutSeconds"] = "90",
        });
        var settings = ProviderSettings.Resolve(options);

        Assert.Equal([ProviderNames.Ollama, ProviderNames.Mistral], settings.Select(s => s.Name));
        Assert.Equal(TimeSpan.FromSeconds(90), settings[0].Timeout);
        Assert.Equal(TimeSpan.FromSeconds(8), settings[1].Timeout);
        Assert.Equal(new Uri("http://127.0.0.1:9999/v1"), settings[1].Endpoint);
    }

    [Theory]
    [InlineData("Providers:Order", "mistral,gemini", "unknown provider 'gemini'")]
    [InlineData("Providers:Order", "mistral,Mistral", "twice")]
    [InlineData("Providers:Mistral:TimeoutSeconds", "0", "Providers:Mistral:TimeoutSeconds")]
    [InlineData("Providers:DeadlineSeconds", "-1", "DeadlineSeconds")]
    [InlineData("Providers:AttemptTimeout", "00:00:00", "AttemptTimeout")]
    [InlineData("Providers:OpenAI:Endpoint", "not a url", "Providers:OpenAI:Endpoint must be an absolute http(s) URL")]
    public void Options_InvalidValue_FailsValidationWithClearMessage(string key, string value, string expected)
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));

        Assert.Contains(expected, string.Join(" ", exception.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void ProviderSettings_ToString_NeverContainsTheKey()
    {
        var settings = ProviderSettings.Resolve(ProviderNames.OpenAI, new ProviderOptions { ApiKey = "sk-very-secret" });

        Assert.DoesNotContain("sk-very-secret", settings.ToString(), StringComparison.Ordinal);
        Assert.Contains("key set", settings.ToString(), StringComparison.Ordinal);
    }

    private static ProviderChainOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var services = new ServiceCollection().AddProviderChain(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<ProviderChainOptions>>().Value;
    }
}
