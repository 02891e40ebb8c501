namespace WhatStyle.Storage.Postgres.Tests;

public sealed class PostgresStorageOptionsValidatorTests
{
    private static readonly PostgresStorageOptionsValidator Validator = new();

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_NoConnectionString_SaysWhichKeyIsMissing(string? connectionString)
    {
        var result = Validator.Validate(null, new PostgresStorageOptions { ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.StartsWith("ConnectionStrings:Postgres is required when Storage:Provider is 'postgres'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db;Pasword=hunter2-secret")]
    [InlineData("Host=db;Port=notaport;Password=hunter2-secret")]
    public void Validate_MalformedConnectionString_FailsWithoutQuotingIt(string connectionString)
    {
        var result = Validator.Validate(null, new PostgresStorageOptions { ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains("not a valid Npgsql connection string", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoHost_Fails() =>
        Assert.Contains("names no Host", Validator.Validate(null, new PostgresStorageOptions { ConnectionString = "Database=x;Password=p" }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_WellFormed_Succeeds() =>
        Assert.True(Validator.Validate(null, new PostgresStorageOptions { ConnectionString = "Host=127.0.0.1;Database=whatstyle;Username=ws;Password=p" }).Succeeded);
}
