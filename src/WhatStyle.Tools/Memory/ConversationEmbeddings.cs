namespace WhatStyle.Tools.Memory;

/// <summary>How many of a conversation's exchanges carry a vector of the current embedding model.</summary>
/// <param name="ConversationKey">See <see cref="ConversationKeys"/>.</param>
/// <param name="Exchanges">All its exchanges.</param>
/// <param name="Embedded">Those with a vector of the model asked about; the rest wait (compared by wording meanwhile).</param>
public sealed record ConversationEmbeddings(string ConversationKey, int Exchanges, int Embedded)
{
    /// <summary>Exchanges still waiting for their vector of meaning.</summary>
    public int Pending => Exchanges - Embedded;
}
