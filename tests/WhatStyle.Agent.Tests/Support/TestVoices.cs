using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Tests.Support;

/// <summary>Voice model predictions written by hand: what a trained model would say, without training one.</summary>
internal static class TestVoices
{
    public static VoicePrediction Make(LengthBucket length = LengthBucket.Medium, double emoji = 0.5, double formality = 0.2, IReadOnlyList<string>? favourites = null)
    {
        float[] probabilities = [0.05f, 0.05f, 0.05f];
        probabilities[(int)length] = 0.9f;
        return new VoicePrediction(length, probabilities, emoji, favourites ?? [], formality, Version: 1);
    }
}
