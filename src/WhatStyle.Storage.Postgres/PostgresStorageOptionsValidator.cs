using Microsoft.Extensions.Options;
using Npgsql;

namespace WhatStyle.Storage.Postgres;

/// <summary>
/// A missing or malformed <c>ConnectionStrings:Postgres</c> stops start-up in one line. The line never quotes the
/// connection string or the parser's message, since either may carry the password.
/// </summary>
internal sealed class PostgresStorageOptionsValidator : IValidateOptions<PostgresStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                $"{PostgresStorageOptions.ConnectionStringKey} is required when Storage:Provider is 'postgres' (e.g. Host=127.0.0.1;Database=whatstyle;Username=whatstyle;Password=…).");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            return ValidateOptionsResult.Fail(
                $"{PostgresStorageOptions.ConnectionStringKey} is not a valid Npgsql connection string (an unknown keyword or a value of the wrong type).");
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? ValidateOptionsResult.Fail($"{PostgresStorageOptions.ConnectionStringKey} names no Host.")
            : ValidateOptionsResult.Success;
    }
}
