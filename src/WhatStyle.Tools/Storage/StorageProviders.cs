using Microsoft.Extensions.Configuration;

namespace WhatStyle.Tools.Storage;

/// <summary>The values of <c>Storage:Provider</c>, read the same way by every registration that depends on it.</summary>
public static class StorageProviders
{
    /// <summary>The embedded LiteDB file in the data directory (the default).</summary>
    public const string LiteDb = "litedb";

    /// <summary>A PostgreSQL server (<c>ConnectionStrings:Postgres</c>), through WhatStyle.Storage.Postgres.</summary>
    public const string Postgres = "postgres";

    /// <summary>The configured provider as written (default <see cref="LiteDb"/>); <see cref="StorageOptions"/> validation rejects other values.</summary>
    public static string Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"];
        return string.IsNullOrWhiteSpace(value) ? LiteDb : value;
    }
}
