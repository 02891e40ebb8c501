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

    /// <summary>
    /// A batch of more new messages than this (an import) stores its exchanges with the lexical (hashing) vector only; their
    /// meaning is embedded later, when their conversation is searched. Default 32: a live message is embedded at once.
    /// </summary>
    [Range(1, 100_000)]
    public int EmbedAtOnceLimit { get; set; } = 32;

    /// <summary>
    /// At most this many of a conversation's exchanges still without a vector of meaning are embedded by one search (newest
    /// first); the rest are compared by wording until a later search reaches them. Default 2,000 (about 12 s on 2 cores).
    /// </summary>
    [Range(1, 1_000_000)]
    public int LazyEmbedPerSearch { get; set; } = 2_000;

    /// <summary>
    /// A conversation of up to this many exchanges is searched exactly, every vector compared as stored. A larger one, kept
    /// in process, is first scanned in signed bytes for the best few candidates, which are then ranked exactly. Default 5,000.
    /// </summary>
    [Range(0, 100_000_000)]
    public int ExactSearchUpTo { get; set; } = 5_000;

    /// <summary>Added to a just-written reply's similarity when ranking; it halves every <see cref="RecencyHalfLifeDays"/>. Default 0.03.</summary>
    [Range(0, 0.5)]
    public double RecencyBonus { get; set; } = 0.03;

    /// <summary>Over how many days the recency bonus halves. Default 180.</summary>
    [Range(1, 10_000)]
    public double RecencyHalfLifeDays { get; set; } = 180;

    /// <summary>How many recent messages the rolling summary reads. Default 50.</summary>
    [Range(5, 1000)]
    public int SummaryWindow { get; set; } = 50;
}
