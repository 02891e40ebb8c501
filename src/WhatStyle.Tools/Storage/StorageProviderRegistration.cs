namespace WhatStyle.Tools.Storage;

/// <summary>
/// Registered by a library that implements the stores on a server (WhatStyle.Storage.Postgres registers "postgres"),
/// so that choosing a provider the host was built without stops start-up in one line instead of silently using LiteDB.
/// </summary>
public sealed record StorageProviderRegistration(string Provider);
