namespace WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;

/// <summary>What <see cref="BridgeStateAdoption.Run"/> found or did.</summary>
internal enum AdoptionOutcome
{
    /// <summary>bridge.db held no state to copy (a new data directory, or one that only ever ran on PostgreSQL): nothing marked.</summary>
    NothingToCopy,

    /// <summary>Copied now (or the rest of an interrupted copy), and bridge.db marked adopted.</summary>
    Adopted,

    /// <summary>bridge.db was marked adopted before: nothing read, nothing written.</summary>
    AlreadyAdopted,

    /// <summary>
    /// This data directory's bridge had already worked on PostgreSQL before adoption existed (its inbox position is
    /// there): bridge.db is older than that state, so it is marked adopted without copying anything.
    /// </summary>
    AlreadyOnPostgres,
}
