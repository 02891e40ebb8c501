using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Tools.Storage;

/// <summary>Where and how the embedded LiteDB database is opened (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Environment variable that supplies the password when <see cref="Password"/> is not set.</summary>
    public const string PasswordEnvironmentVariable = "WHATSTYLE_DB_PASSWORD";

    /// <summary>
    /// What to do with a data directory made without a password when one is set (the end of that one-line error).
    /// One place, so every store that refuses says the same.
    /// </summary>
    public const string UnencryptedDirectoryAdvice =
        "run `whatstyle storage encrypt` (with the password set) to encrypt the data directory in place, or unset the password";

    /// <summary>
    /// Where the domain's stores live: <c>litedb</c> (default: the embedded file in the data directory, nothing to
    /// install) or <c>postgres</c> (<c>ConnectionStrings:Postgres</c>; the host must include WhatStyle.Storage.Postgres).
    /// </summary>
    [Required]
    [RegularExpression("^(litedb|postgres)$", ErrorMessage = "Storage:Provider must be 'litedb' or 'postgres'.")]
    public string Provider { get; set; } = StorageProviders.LiteDb;

    /// <summary>File name inside the data directory. Default <c>whatstyle.db</c>.</summary>
    [Required]
    [RegularExpression(@"^[^/\\]+$", ErrorMessage = "Storage:FileName must be a plain file name, not a path.")]
    public string FileName { get; set; } = "whatstyle.db";

    /// <summary>
    /// When set, the file is encrypted at rest (AES, LiteDB's <c>Password=</c>). Default: none, or
    /// <c>WHATSTYLE_DB_PASSWORD</c>. The password must be the same every time the file is opened.
    /// </summary>
    public string? Password { get; set; }

    /// <summary>
    /// <c>shared</c> (default) lets the CLI, the MCP server and the bridge use the file at the same time: every
    /// operation takes a system-wide mutex and opens the file, so single writes cost about 1 ms instead of 0.2 ms
    /// and nothing is cached between operations. <c>direct</c> keeps the file open and locked by one process.
    /// </summary>
    [Required]
    [RegularExpression("^(shared|direct)$", ErrorMessage = "Storage:Connection must be 'shared' or 'direct'.")]
    public string Connection { get; set; } = "shared";

    /// <summary>
    /// How long profiles and conversation contexts stay in the in-process cache. Writes in this process invalidate
    /// at once; writes by another process are seen after at most this long. Default 30 s.
    /// </summary>
    [Range(0, 3600)]
    public int CacheSeconds { get; set; } = 30;
}
