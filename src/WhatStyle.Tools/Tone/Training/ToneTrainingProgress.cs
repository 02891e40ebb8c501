namespace WhatStyle.Tools.Tone.Training;

/// <summary>Where <c>whatstyle train</c> is: a stage name and the overall fraction done (0..1).</summary>
public sealed record ToneTrainingProgress(string Stage, double Fraction);
