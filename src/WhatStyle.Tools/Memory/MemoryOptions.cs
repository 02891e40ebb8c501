using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Tools.Memory;

/// <summary>How conversations are remembered (configuration section <c>Memory</c>).</summary>
public sealed class MemoryOptions
{
    public const string SectionName = "Memory";

    /// <summary>An owner message counts as a reply to the contact's message when it follows within this many hours. Default 12.</summary>
    [Range(0.1, 720)]
    public double ReplyWindowHours { get; set; } = 12;

    /// <summary>How many recent incoming messages the tone trend rests on. Default 10.</summary>
    [Range(2, 200)]
    public int ToneTrendMessages { get; set; } = 10;

    /// <summary>How many recent messages the rolling summary reads. Default 50.</summary>
    [Range(5, 1000)]
    public int SummaryWindow { get; set; } = 50;
}
