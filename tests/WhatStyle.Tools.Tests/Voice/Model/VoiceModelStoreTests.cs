using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Tools.Tests.Voice.Model;

public sealed class VoiceModelStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TrainAsync_Twice_KeepsBothVersionsAndUsesTheNewest()
    {
        await using var scenario = await VoiceScenario.CreateAsync(cancellationToken: Ct);

        await scenario.Trainer.TrainAsync(force: true, Ct);
        await scenario.Trainer.TrainAsync(force: true, Ct);

        Assert.Equal([2, 1], scenario.Store.Versions());
        Assert.All(scenario.Store.Versions(), v => Assert.Equal(v, scenario.Store.Manifest(v)!.Version));
        Assert.Equal(30, scenario.Store.Manifest(2)!.Examples["owner"]);
        Assert.Equal(2, scenario.Models.Current!.Version);
        Assert.Equal(2, scenario.Predict()!.Version);
    }

    [Theory]
    [InlineData(VoiceModelFiles.Length, "garbage")]
    [InlineData(VoiceModelFiles.Emoji, "")]
    [InlineData(VoiceModelStore.ManifestFile, "{ not json")]
    public async Task LoadNewest_NewestVersionDamaged_FallsBackWithOneLineProblem(string file, string content)
    {
        await using var scenario = await VoiceScenario.CreateAsync(cancellationToken: Ct);
        await scenario.Trainer.TrainAsync(force: true, Ct);
        await scenario.Trainer.TrainAsync(force: true, Ct);
        await File.WriteAllTextAsync(Path.Combine(scenario.Store.DirectoryOf(2), file), content, Ct);

        var (model, problems) = scenario.Store.LoadNewest();

        Assert.Equal(1, model!.Version);
        var problem = Assert.Single(problems);
        Assert.StartsWith("voice model v2 cannot be read (", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
        scenario.Models.Refresh(force: true);
        Assert.Equal(1, scenario.Predict()!.Version);
    }

    [Fact]
    public async Task LoadNewest_ModelFileReplacedByAValidZipOfAnotherShape_IsRefused()
    {
        await using var scenario = await VoiceScenario.CreateAsync(cancellationToken: Ct);
        await scenario.Trainer.TrainAsync(force: true, Ct);
        var directory = scenario.Store.DirectoryOf(1);
        // A whole, readable ML.NET file in the wrong place: the manifest's digest catches it before ML.NET reads it.
        File.Copy(Path.Combine(directory, VoiceModelFiles.Emoji), Path.Combine(directory, VoiceModelFiles.Length), overwrite: true);

        var (model, problems) = scenario.Store.LoadNewest();

        Assert.Null(model);
        Assert.Contains("length.zip does not match its manifest", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_EveryVersionDamaged_ReturnsNullInsteadOfThrowing()
    {
        await using var scenario = await VoiceScenario.CreateAsync(cancellationToken: Ct);
        await scenario.Trainer.TrainAsync(force: true, Ct);
        File.Delete(Path.Combine(scenario.Store.DirectoryOf(1), VoiceModelFiles.Formal));

        scenario.Models.Refresh(force: true);

        Assert.Null(scenario.Models.Current);
        Assert.Null(scenario.Predict());
    }

    [Fact]
    public void Versions_NoFolder_IsEmpty()
    {
        var store = new VoiceModelStore(Path.Combine(Path.GetTempPath(), "whatstyle-tests", Guid.NewGuid().ToString("N")));

        Assert.Empty(store.Versions());
        Assert.Equal((null, []), (store.LoadNewest().Model, store.LoadNewest().Problems.ToArray()));
    }
}
