namespace WhatStyle.Cli.Analysis;

/// <summary>One message read from <c>analyze --input</c>.</summary>
/// <param name="LineNumber">Its line in the input, from 1.</param>
/// <param name="Text">The text to analyse, already cut to the length limit.</param>
/// <param name="IdJson">A JSONL object's <c>id</c> value as raw JSON (echoed back), else null.</param>
/// <param name="Truncated">True when the text was longer than the limit and only its start is analysed.</param>
internal sealed record InputMessage(int LineNumber, string Text, byte[]? IdJson, bool Truncated);
