using System.Reflection;
using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Tests.Configuration;

/// <summary>The bridge's options classes share the flat <c>Bridge</c> section; each key must belong to exactly one of them.</summary>
public sealed class BridgeSectionTests
{
    [Fact]
    public void OptionsClassesOnTheBridgeSection_OwnDisjointKeys()
    {
        var classes = typeof(BridgeSection).Assembly.GetTypes()
            .Where(type => type.Name.EndsWith("Options", StringComparison.Ordinal)
                && type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string == BridgeSection.Name)
            .ToList();

        Assert.True(classes.Count >= 6, $"expected the six concerns on the Bridge section, found {classes.Count}");
        var owners = classes
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => (Key: p.Name, Owner: type.Name)))
            .GroupBy(entry => entry.Key, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(e => e.Owner))}")
            .ToList();
        Assert.Empty(owners);
    }
}
