using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Embeddings;

public sealed class EmbeddingServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(null, null, typeof(SentenceEmbeddingGenerator))]      // memory reads meaning by default
    [InlineData(null, "false", typeof(HashingEmbeddingGenerator))]    // the tone analyser's model kept out: out of memory too
    [InlineData("sentence", "false", typeof(SentenceEmbeddingGenerator))]
    [InlineData("hashing", null, typeof(HashingEmbeddingGenerator))]
    public void AddWhatStyleEmbeddings_ModelSetting_ChoosesTheEmbedder(string? model, string? toneSemantic, Type expected)
    {
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(new Dictionary<string, string?> { ["Embeddings:Model"] = model, ["Tone:Semantic"] = toneSemantic });

        Assert.IsType(expected, services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
    }

    [Fact]
    public void AddWhatStyleEmbeddings_UnknownModel_FailsValidation()
    {
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(new Dictionary<string, string?> { ["Embeddings:Model"] = "bert" });

        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
    }
}
