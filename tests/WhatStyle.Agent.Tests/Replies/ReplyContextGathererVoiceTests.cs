using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Demo;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Tests.Replies;

/// <summary>A trained voice model reaches the reply's prompt; without one the prompt is as before.</summary>
public sealed class ReplyContextGathererVoiceTests
{
    private const string VoiceLine = "To a message like this one the owner usually writes";

    [Fact]
    public async Task Reply_OneToOneWithTrainedModel_PromptCarriesThePrediction()
    {
        await using var harness = await AgentHarness.StartAsync(configure: s => s.Configure<VoiceModelOptions>(o => o.MinExamples = 1));
        var trained = await harness.Services.GetRequiredService<VoiceTrainer>().TrainAsync(force: true, TestContext.Current.CancellationToken);
        Assert.True(trained.Trained, trained.Reason);

        await harness.ReplyAsync(DemoWorld.Partner, "are you free tonight?");

        Assert.Contains(VoiceLine, harness.Model.Requests[0].Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_NoModelOrInAGroup_PromptHasNoPrediction()
    {
        await using var harness = await AgentHarness.StartAsync(configure: s => s.Configure<VoiceModelOptions>(o => o.MinExamples = 1));

        await harness.ReplyAsync(DemoWorld.Partner, "are you free tonight?");
        await harness.Services.GetRequiredService<VoiceTrainer>().TrainAsync(force: true, TestContext.Current.CancellationToken);
        await harness.ReplyAsync(DemoWorld.Brother, "lunch on sunday?", DemoWorld.Group, DemoWorld.Partner);

        Assert.All(harness.Model.Requests, r => Assert.DoesNotContain(VoiceLine, r.Messages[0].Text, StringComparison.Ordinal));
    }
}
