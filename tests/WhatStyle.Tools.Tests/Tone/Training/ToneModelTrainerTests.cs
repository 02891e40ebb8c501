using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Tone.Model;
using WhatStyle.Tools.Tone.Training;

namespace WhatStyle.Tools.Tests.Tone.Training;

public sealed class ToneModelTrainerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "whatstyle-train-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Train_TinyGoEmotionsFolder_WritesLoadableModel()
    {
        var data = TinyGoEmotions.Write(_root);
        var output = Path.Combine(_root, "model");
        var stages = new List<string>();

        var result = new ToneModelTrainer().Train(data, output, new ToneTrainingOptions { MaxIterations = 20 }, new Recorder(stages), TestContext.Current.CancellationToken);

        Assert.True(File.Exists(Path.Combine(output, ToneModel.EmotionFileName)));
        Assert.True(File.Exists(Path.Combine(output, ToneModel.SentimentFileName)));
        Assert.True(result.TrainRows > 0);
        Assert.Contains("done", stages);
        var analyzer = ToneAnalyzerFactory.FromModelDirectory(output);
        Assert.Equal(SentimentLabel.Positive, analyzer.Analyze("thank you so much, I love it").Sentiment.Label);
    }

    [Fact]
    public void Train_MissingGoEmotions_ThrowsDirectoryNotFound()
    {
        Assert.Throws<DirectoryNotFoundException>(() => new ToneModelTrainer().Train(_root, Path.Combine(_root, "out"), cancellationToken: TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private sealed class Recorder(List<string> stages) : IProgress<ToneTrainingProgress>
    {
        public void Report(ToneTrainingProgress value) => stages.Add(value.Stage);
    }
}
