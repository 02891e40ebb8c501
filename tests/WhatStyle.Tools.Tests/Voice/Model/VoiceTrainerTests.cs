using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Tools.Tests.Voice.Model;

public sealed class VoiceTrainerTests
{
    private const string LongWithEmoji = "Absolutely, I would be delighted to come tonight, it will be wonderful to see everyone again and catch up properly! 😍🎉🥳";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TrainAsync_OwnerRejectsLongEmojiDrafts_PredictedLengthShrinksAndEmojiDrops()
    {
        await using var scenario = await VoiceScenario.CreateAsync(cancellationToken: Ct);
        var before = await scenario.TrainAndPredictAsync(Ct);

        await scenario.DecideAsync(10, LongWithEmoji, DraftStatus.Rejected, cancellationToken: Ct);
        var after = await scenario.TrainAndPredictAsync(Ct);

        Assert.True(after.ExpectedLength < before.ExpectedLength - 0.2, $"expected length {after.ExpectedLength} is not clearly below {before.ExpectedLength}");
        Assert.True(after.EmojiProbability < before.EmojiProbability - 0.2, $"emoji {after.EmojiProbability} is not clearly below {before.EmojiProbability}");
        Assert.DoesNotContain("🎉", after.Emoji);
        Assert.False(after.WithEmoji);
    }

    [Fact]
    public async Task TrainAsync_OwnerApprovesShortPlainDrafts_PredictionMovesTowardsThem()
    {
        await using var scenario = await VoiceScenario.CreateAsync(cancellationToken: Ct);
        var before = await scenario.TrainAndPredictAsync(Ct);

        await scenario.DecideAsync(10, "sure, see you", DraftStatus.Approved, cancellationToken: Ct);
        var after = await scenario.TrainAndPredictAsync(Ct);

        Assert.True(after.ExpectedLength < before.ExpectedLength - 0.2, $"expected length {after.ExpectedLength} is not clearly below {before.ExpectedLength}");
        Assert.True(after.EmojiProbability < before.EmojiProbability - 0.2, $"emoji {after.EmojiProbability} is not clearly below {before.EmojiProbability}");
        Assert.Equal(LengthBucket.Short, after.Length);
    }

    [Fact]
    public async Task TrainAsync_OwnerEditsDraftsToAddAnEmoji_EmojiProbabilityRisesWithTheirEmoji()
    {
        await using var scenario = await VoiceScenario.CreateAsync(cancellationToken: Ct);
        var before = await scenario.TrainAndPredictAsync(Ct);

        await scenario.DecideAsync(10, "Yes, I will be there.", DraftStatus.Approved, edited: "yes!! 🤙", cancellationToken: Ct);
        var after = await scenario.TrainAndPredictAsync(Ct);

        Assert.True(after.EmojiProbability > before.EmojiProbability + 0.1, $"emoji {after.EmojiProbability} is not above {before.EmojiProbability}");
        Assert.True(after.WithEmoji);
        Assert.Equal("🤙", after.Emoji[0]);
    }

    [Fact]
    public async Task TrainAsync_WithdrawnAndPendingDrafts_AreNotLearnedFrom()
    {
        await using var scenario = await VoiceScenario.CreateAsync(cancellationToken: Ct);
        var first = await scenario.Trainer.TrainAsync(force: false, Ct);
        var drafts = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IDraftStore>(scenario.Services);
        await drafts.AddAsync(new Draft { Id = "p", Contact = "Jake", Chat = "Jake", IncomingText = VoiceScenario.Question, Text = LongWithEmoji, CreatedAt = DateTimeOffset.UnixEpoch }, Ct);
        await drafts.AddAsync(new Draft { Id = "w", Contact = "Jake", Chat = "Jake", IncomingText = VoiceScenario.Question, Text = LongWithEmoji, CreatedAt = DateTimeOffset.UnixEpoch }, Ct);
        await drafts.WithdrawAsync("w", Ct);

        var second = await scenario.Trainer.TrainAsync(force: false, Ct);

        Assert.True(first.Trained);
        Assert.False(second.Trained);
        Assert.Equal("nothing new since the newest version", second.Reason);
        Assert.Equal(first.Manifest!.Version, second.Manifest!.Version);
    }

    [Fact]
    public async Task TrainAsync_TooFewReplies_TrainsNothingAndSaysWhy()
    {
        await using var scenario = await VoiceScenario.CreateAsync(history: 4, cancellationToken: Ct);

        var result = await scenario.Trainer.TrainAsync(force: true, Ct);

        Assert.False(result.Trained);
        Assert.Equal("4 replies and decided drafts to learn from; at least 10 are needed", result.Reason);
        Assert.Null(scenario.Predict());
        Assert.Empty(scenario.Store.Versions());
    }
}
