namespace WhatStyle.Storage.Postgres.Migrations;

/// <summary>One step of the schema: applied once, in order, in its own transaction, and recorded in <c>schema_version</c>.</summary>
/// <param name="Version">1, 2, 3…: never renumbered, never edited once released (add a new step instead).</param>
/// <param name="Description">What the step does, stored beside its version.</param>
/// <param name="Sql">The statements, in unqualified names: they land in the connection's first search_path schema.</param>
internal sealed record Migration(int Version, string Description, string Sql);
