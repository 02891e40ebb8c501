using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using WhatStyle.Tools.Tone.Model;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>
/// One trained version of the owner's voice model: three small linear heads (length bucket, emoji or not, formal or
/// not) over <see cref="VoiceFeaturizer"/>'s hashed features, and the owner's emoji per contact. Read out of the ML.NET
/// files once; a prediction is a few dozen multiply-adds, and one instance serves every thread.
/// </summary>
public sealed class VoiceModel
{
    private readonly LinearClassifier _length;
    private readonly LinearClassifier _emoji;
    private readonly LinearClassifier _formal;
    private readonly EmojiChoice _emojiChoice;

    private VoiceModel(int version, LinearClassifier length, LinearClassifier emoji, LinearClassifier formal, EmojiChoice emojiChoice)
    {
        Version = version;
        _length = length;
        _emoji = emoji;
        _formal = formal;
        _emojiChoice = emojiChoice;
    }

    public int Version { get; }

    public VoicePrediction Predict(VoiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (indices, values) = VoiceFeaturizer.Featurize(input);
        Span<float> length = stackalloc float[3];
        Span<float> two = stackalloc float[2];
        _length.Predict(indices, values, length);
        var bucket = (LengthBucket)(length[1] > length[0] ? (length[2] > length[1] ? 2 : 1) : (length[2] > length[0] ? 2 : 0));
        _emoji.Predict(indices, values, two);
        var emoji = two[1];
        _formal.Predict(indices, values, two);
        return new VoicePrediction(bucket, [length[0], length[1], length[2]], emoji, _emojiChoice.For(input.ContactId), two[1], Version);
    }

    /// <summary>Reads a version's folder.</summary>
    /// <exception cref="InvalidDataException">A file is missing, truncated or not a model of the expected shape.</exception>
    internal static VoiceModel Load(string directory, int version)
    {
        // ML.NET reports a damaged file in many ways (format, argument, I/O errors): each is one "cannot read" here.
        var ml = new MLContext(seed: 0);
        try
        {
            var length = Head(ml, Path.Combine(directory, VoiceModelFiles.Length), 3);
            var emoji = Head(ml, Path.Combine(directory, VoiceModelFiles.Emoji), 2);
            var formal = Head(ml, Path.Combine(directory, VoiceModelFiles.Formal), 2);
            var choice = JsonSerializer.Deserialize<EmojiChoice>(File.ReadAllText(Path.Combine(directory, VoiceModelFiles.EmojiChoice)))
                ?? throw new InvalidDataException("the emoji choice is empty");
            return new VoiceModel(version, length, emoji, formal, choice);
        }
        catch (Exception ex) when (ex is not InvalidDataException and not OutOfMemoryException)
        {
            throw new InvalidDataException(ex.Message, ex);
        }
    }

    private static LinearClassifier Head(MLContext ml, string path, int classes)
    {
        using var stream = File.OpenRead(path);
        var transformer = ml.Model.Load(stream, out _);
        if (transformer is TransformerChain<ITransformer> chain)
        {
            transformer = chain.LastTransformer;
        }

        var head = transformer is MulticlassPredictionTransformer<MaximumEntropyModelParameters> prediction
            ? LinearClassifier.FromMlNet(prediction.Model)
            : throw new InvalidDataException($"{Path.GetFileName(path)} is a {transformer.GetType().Name}, not a maximum-entropy classifier");
        return head.Dimension == VoiceFeaturizer.Dimension && head.Classes == classes
            ? head
            : throw new InvalidDataException($"{Path.GetFileName(path)} has {head.Classes} classes over {head.Dimension} features, not {classes} over {VoiceFeaturizer.Dimension}");
    }
}
