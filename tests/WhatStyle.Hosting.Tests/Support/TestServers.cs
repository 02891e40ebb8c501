namespace WhatStyle.Hosting.Tests.Support;

/// <summary>
/// The servers .ci/services starts (Redis, the event broker), found through the variables its scripts export. A test
/// that needs one skips, naming the variable, when it is absent.
/// </summary>
internal static class TestServers
{
    public const string RedisVariable = "WHATSTYLE_TEST_REDIS";
    public const string NatsVariable = "WHATSTYLE_TEST_NATS";
    public const string RabbitMqVariable = "WHATSTYLE_TEST_RABBITMQ";

    public static string Redis() => Require(RedisVariable, ".ci/services/redis.sh");

    public static string Nats() => Require(NatsVariable, ".ci/services/nats.sh");

    public static string RabbitMq() => Require(RabbitMqVariable, ".ci/services/rabbitmq.sh");

    private static string Require(string variable, string script)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Skip($"{variable} is not set: run `eval \"$(bash {script} start)\"` to run this test against a real server.");
        }

        return value;
    }
}
