using LiteDB;

namespace WhatStyle.Tools.Storage;

/// <summary>
/// Which version of WhatStyle's stored data a database holds, kept in LiteDB's <c>UserVersion</c> pragma. A file that
/// has none is stamped with this version's; a file stamped by a newer WhatStyle is refused in one line (upgrade), not
/// taken for damage and not read with rules that may no longer hold.
/// </summary>
public static class StoreSchema
{
    /// <summary>The version of <c>whatstyle.db</c>'s data this WhatStyle writes and reads.</summary>
    public const int DataDatabase = 1;

    /// <summary>The version of <c>bridge.db</c>'s data this WhatStyle writes and reads.</summary>
    public const int BridgeDatabase = 1;

    /// <summary>Stamps an unstamped database with <paramref name="current"/>; refuses one stamped by a newer WhatStyle.</summary>
    /// <exception cref="StorageException">The file was written by a newer version.</exception>
    public static void Check(ILiteDatabase database, string path, int current)
    {
        ArgumentNullException.ThrowIfNull(database);
        var found = database.UserVersion;
        if (found > current)
        {
            throw new StorageException(NewerMessage(path, found, current));
        }

        if (found == 0)
        {
            database.UserVersion = current;
        }
    }

    /// <summary>The one line for a file stamped by a newer WhatStyle.</summary>
    public static string NewerMessage(string path, int found, int current) =>
        $"The database '{path}' was written by a newer version of WhatStyle (data version {found}; this one reads up to {current}): upgrade WhatStyle to use it, or restore a backup made by this version.";
}
