using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Tools.Contacts.Style;

/// <summary>How the per-contact style fingerprint learns (configuration section <c>Style</c>).</summary>
public sealed class StyleOptions
{
    public const string SectionName = "Style";

    /// <summary>
    /// After this many days a message counts half as much as one written today (exponential decay), so the
    /// fingerprint follows how the owner writes to a person now. Default 90.
    /// </summary>
    [Range(1, 36500)]
    public double HalfLifeDays { get; set; } = 90;

    /// <summary>Replies slower than this are not counted in the typical response delay. Default 24 h.</summary>
    [Range(1, 720)]
    public double MaxResponseDelayHours { get; set; } = 24;
}
