using Microsoft.Extensions.Logging.Abstractions;
using WhatStyle.Hosting.Redis;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>The Redis .ci/services/redis.sh starts (WHATSTYLE_TEST_REDIS); a test that needs it skips, saying so, when it is absent.</summary>
internal static class TestRedis
{
    public const string Variable = "WHATSTYLE_TEST_REDIS";

    public const string SkipReason =
        $"{Variable} is not set: this test needs a Redis (run `eval \"$(bash .ci/services/redis.sh start)\"`, or set it to a StackExchange.Redis connection string).";

    /// <summary>The server's connection string, or null when the variable is not set.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static RedisConnection Connect()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Skip($"{Variable} is not set: run `eval \"$(bash .ci/services/redis.sh start)\"` to run this test against a real Redis.");
        }

        // A generous timeout: on a loaded machine a timed-out call falls back to the process's own limit, which is
        // what production wants but not what these tests measure.
        var connection = new RedisConnection(value + ",syncTimeout=30000,asyncTimeout=30000", NullLogger<RedisConnection>.Instance);
        connection.Multiplexer.GetDatabase().Ping();
        return connection;
    }

    /// <summary>A Redis that never answers (nothing listens on port 1), for the fallback paths.</summary>
    public static RedisConnection Unreachable() => new("127.0.0.1:1,connectTimeout=200", NullLogger<RedisConnection>.Instance);
}
