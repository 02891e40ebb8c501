namespace WhatStyle.Storage.Postgres;

/// <summary>How to reach PostgreSQL when <c>Storage:Provider</c> is <c>postgres</c>.</summary>
public sealed class PostgresStorageOptions
{
    /// <summary>The name under <c>ConnectionStrings</c>: <c>ConnectionStrings:Postgres</c> (environment: <c>ConnectionStrings__Postgres</c>).</summary>
    public const string ConnectionStringName = "Postgres";

    /// <summary>The configuration key, for messages.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>An Npgsql connection string (<c>Host=…;Database=…;Username=…;Password=…</c>). It holds a secret: never logged or shown.</summary>
    public string? ConnectionString { get; set; }
}
