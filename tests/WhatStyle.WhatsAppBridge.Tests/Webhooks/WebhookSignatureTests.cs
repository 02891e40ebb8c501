using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "test_app_secret";
    private const string VectorHeader = "sha256=e4101e29e9259146142705c69752d268654c4176b982dd61cc967f09aa98d30e";

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Webhooks", "Fixtures", name));

    [Fact]
    public void IsValid_EscapedVector_Matches()
    {
        Assert.True(WebhookSignature.IsValid(VectorHeader, Fixture("body_escaped.bin"), Secret));
    }

    [Fact]
    public void IsValid_ReserialisedBody_DoesNotMatch()
    {
        Assert.False(WebhookSignature.IsValid(VectorHeader, Fixture("body_reserialized_utf8.bin"), Secret));
        Assert.Equal("sha256=f4a5c82617148f944803dee477bbf36409e925492bc9049db91f34dfdace861d",
            WebhookSignature.Compute(Fixture("body_reserialized_utf8.bin"), Secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("e4101e29e9259146142705c69752d268654c4176b982dd61cc967f09aa98d30e")]
    [InlineData("sha1=e4101e29e9259146142705c69752d268654c4176b982dd61cc967f09aa98d30e")]
    [InlineData("sha256=zz101e29e9259146142705c69752d268654c4176b982dd61cc967f09aa98d30e")]
    [InlineData("sha256=e4101e29")]
    [InlineData("sha256=e4101e29e9259146142705c69752d268654c4176b982dd61cc967f09aa98d30f")]
    public void IsValid_MalformedOrWrongHeader_IsFalseWithoutThrowing(string? header)
    {
        Assert.False(WebhookSignature.IsValid(header, Fixture("body_escaped.bin"), Secret));
    }

    [Fact]
    public void IsValid_UppercaseHexAndWrongSecret_AreHandled()
    {
        Assert.True(WebhookSignature.IsValid(VectorHeader.ToUpperInvariant().Replace("SHA256=", "sha256=", StringComparison.Ordinal), Fixture("body_escaped.bin"), Secret));
        Assert.False(WebhookSignature.IsValid(VectorHeader, Fixture("body_escaped.bin"), "another_secret"));
    }
}
