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
    /// A batch of more new messages than this (an import) stores its exchanges with the lexical (hashing) vector only and
    /// leaves them waiting for their meaning, which the background embedding (or <c>whatstyle memory embed</c>) adds; until
    /// then a search compares them by wording. Default 32: a live message is embedded at once.
    /// </summary>
    [Range(1, 100_000)]
    public int EmbedAtOnceLimit { get; set; } = 32;

    /// <summary>
    /// Whether the hosts that keep running (the bridge, the MCP server) embed waiting history in the background, at
    /// background priority. Default true; <c>whatstyle memory embed</c> does it at once either way.
    /// </summary>
    public bool BackgroundEmbedding { get; set; } = true;

    /// <summary>How often the background embedding looks for newly waiting history (an import made meanwhile). Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan BackgroundEmbeddingInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// When a contact's own memory has no good match (<see cref="GoodMatchSimilarity"/>), also offer the owner's own short
    /// replies to other contacts: only those without a name, number, date, weekday, place or link, and never the other
    /// contact's message or who it was. Default true.
    /// </summary>
    public bool GlobalFallback { get; set; } = true;

    /// <summary>
    /// A contact's own past exchange is a good match from this similarity on (then nothing global is offered); a reply to
    /// another contact is offered only when the message it answered is at least this similar. Default 0.7, as
    /// <c>Offline:SimilarReplyThreshold</c>: a reply the offline responder could not reuse is no good match.
    /// </summary>
    [Range(0.3, 1)]
    public double GoodMatchSimilarity { get; set; } = 0.7;

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
