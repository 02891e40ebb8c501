namespace WhatStyle.Tools.Tone.Rules;

/// <summary>What the intent and a crisis reading change in the other dimensions.</summary>
internal static class MeaningAdjustments
{
    /// <summary>
    /// A crisis told with no question, request or other act read in it is bad news being shared ("my dad collapsed in
    /// the kitchen"), not chit-chat: how people label such messages, and what the owner is being told.
    /// </summary>
    public static bool SharesBadNews(MessageIntent intent, CrisisReading crisis) =>
        crisis.Level != CrisisLevel.None && intent == MessageIntent.ChitChat;

    /// <summary>
    /// A crisis needs support and an answer now; a condolence or an apology sent to the reader is the writer comforting
    /// or making amends, not the writer's own distress (its sad words are about the reader's loss or the writer's slip).
    /// </summary>
    public static (bool NeedsSupport, UrgencyReading Urgency) Apply(MessageIntent intent, CrisisReading crisis, bool needsSupport, UrgencyReading urgency, CueList cues)
    {
        if (crisis.Level != CrisisLevel.None)
        {
            if (!needsSupport)
            {
                cues.Add(Dimensions.NeedsSupport, $"crisis:{crisis.Kind}", 1);
            }

            // Quiet hopelessness calls for care more than speed; danger, a medical emergency, abuse or a stated intent to
            // harm oneself call for both.
            var floor = crisis.Level == CrisisLevel.Likely ? 0.8 : 0.6;
            var urgent = crisis.Level == CrisisLevel.Likely || crisis.Kind != CrisisReading.Name(CrisisKind.SelfHarm);
            if (urgent && urgency.Score < floor)
            {
                cues.Add(Dimensions.Urgency, $"crisis:{crisis.Kind}", floor - urgency.Score);
                urgency = new UrgencyReading(UrgencyLevel.High, floor);
            }

            return (true, urgency);
        }

        if (needsSupport && intent is MessageIntent.Condolence or MessageIntent.Apology)
        {
            cues.Add(Dimensions.NeedsSupport, $"intent:{intent.ToString().ToLowerInvariant()} (about the reader)", -1);
            needsSupport = false;
        }

        return (needsSupport, urgency);
    }
}
