using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Configuration;
using WhatStyle.WhatsAppBridge.Poison;

namespace WhatStyle.WhatsAppBridge.Tests.Poison;

public sealed class FailureReasonTests
{
    public static TheoryData<Exception> Transient() =>
    [
        new IOException("No space left on device"),
        new TimeoutException(),
        new HttpRequestException("connection refused"),
        new LiteException(LiteException.LOCK_TIMEOUT, "Database lock timeout when entering in transaction mode after 00:01:00"),
        new InvalidOperationException("wrapped", new IOException("disk")),
        new AggregateException(new TimeoutException()),
        new HttpRequestException("server error", null, System.Net.HttpStatusCode.ServiceUnavailable),
        new HttpRequestException("slow down", null, System.Net.HttpStatusCode.TooManyRequests),
    ];

    public static TheoryData<Exception> OfTheRecord() =>
    [
        new InvalidOperationException("the agent cannot handle this conversation"),
        new LiteException(LiteException.INDEX_DUPLICATE_KEY, "Cannot insert duplicate key in unique index."),
        new InvalidDataException("The record's checksum does not match"),
        new ArgumentException("bad"),
        new System.Text.RegularExpressions.RegexMatchTimeoutException("draft", "pattern", TimeSpan.FromMilliseconds(200)),
        new HttpRequestException("too large", null, System.Net.HttpStatusCode.RequestEntityTooLarge),
        new InvalidOperationException("wrapped", new HttpRequestException("bad request", null, System.Net.HttpStatusCode.BadRequest)),
    ];

    [Theory]
    [MemberData(nameof(Transient))]
    public void MachineFailures_AreTransient(Exception failure) => Assert.True(FailureReason.IsTransient(failure));

    [Theory]
    [MemberData(nameof(OfTheRecord))]
    public void FailuresOfTheRecord_AreNotTransient(Exception failure) => Assert.False(FailureReason.IsTransient(failure));

    [Fact]
    public void Describe_CutsOutEverySecretTheProcessIsConfiguredWith()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Providers:OpenAI:ApiKey"] = "sk-provider-key-123",
            ["Storage:Password"] = "hunter2-db",
            ["Mcp:ApiKey"] = "mcp-key-456",
            ["ANTHROPIC_API_KEY"] = "sk-ant-789",
            ["Bridge:PollInterval"] = "00:00:01",
        }).Build();
        var whatsApp = Options.Create(new WhatsAppOptions { AppSecret = "app-secret-1", AccessToken = "EAAG-token", VerifyToken = "verify-2" });
        var secrets = new ConfiguredSecrets(configuration, whatsApp);

        var reason = FailureReason.Describe(new InvalidOperationException(
            "failed with sk-provider-key-123, hunter2-db, mcp-key-456, sk-ant-789, app-secret-1, EAAG-token, verify-2 after 00:00:01"), secrets.Values);

        foreach (var secret in new[] { "sk-provider-key-123", "hunter2-db", "mcp-key-456", "sk-ant-789", "app-secret-1", "EAAG-token", "verify-2" })
        {
            Assert.DoesNotContain(secret, reason, StringComparison.Ordinal);
        }

        Assert.Contains("after 00:00:01", reason, StringComparison.Ordinal); // Settings that are not secrets stay.
    }
}
