namespace WhatStyle.Tools.Tone.Evaluation;

/// <summary>One labelled example of an evaluation set; <paramref name="Label"/> indexes the set's class names.</summary>
internal readonly record struct LabelledText(string Text, int Label);
