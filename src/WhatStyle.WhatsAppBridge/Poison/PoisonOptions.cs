using System.ComponentModel.DataAnnotations;
using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Poison;

/// <summary>When work that keeps failing is set aside as a dead letter (keys under <c>Bridge</c>).</summary>
internal sealed class PoisonOptions
{
    public const string SectionName = BridgeSection.Name;

    /// <summary>
    /// Attempts at one inbox record, one chat's reply or one dead-letter request whose processing keeps throwing before it
    /// is set aside as a dead letter; default 5. Transient failures of inbox records and replies (storage, disk or network
    /// briefly unavailable) wait out the backoff without counting, so an outage sets nothing aside.
    /// </summary>
    [Range(1, 30)]
    public int PoisonMaxAttempts { get; set; } = 5;

    /// <summary>
    /// Wait after the first such failure, doubling each time; default 1 s. With the defaults a failing inbox record holds
    /// back the records behind it at most 1 + 2 + 4 + 8 = 15 s; a failing chat holds back no other chat. During an outage
    /// tries are at most baseDelay × 2^(PoisonMaxAttempts−1) apart (16 s with the defaults).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan PoisonRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}
