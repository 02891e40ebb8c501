using System.Buffers;
using System.Text;
using System.Text.Json;
using WhatStyle.Cli.Serialization;

namespace WhatStyle.Cli.Tests.Serialization;

public sealed class ThousandthsDoubleConverterTests
{
    [Fact]
    public void Write_EveryThousandthUpToTen_IsWhatTheWriterWrites()
    {
        for (var k = -10_000; k <= 10_000; k++)
        {
            AssertSameAsWriter(k / 1000.0);
            AssertSameAsWriter(Math.Round(k * 0.001, 3));
        }

        AssertSameAsWriter(-0.0);
    }

    [Fact]
    public void Write_RoundedRandomValues_AreWhatTheWriterWrites()
    {
        var random = new Random(15);
        for (var i = 0; i < 100_000; i++)
        {
            var raw = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-4, 11));
            AssertSameAsWriter(Math.Round(raw, random.Next(0, 4)));
            AssertSameAsWriter(raw);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1 + 0.2)]
    [InlineData(1e-7)]
    [InlineData(0.0005)]
    [InlineData(999_999_999.999)]
    [InlineData(1e9)]
    [InlineData(-1e9)]
    [InlineData(1e15)]
    [InlineData(123_456_789_012.5)]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    public void Write_EdgeValues_AreWhatTheWriterWrites(double value) => AssertSameAsWriter(value);

    [Fact]
    public void TryFormat_MoreThanThreePlaces_LeavesItToTheWriter()
    {
        Span<byte> text = stackalloc byte[ThousandthsDoubleConverter.MaxLength];

        Assert.False(ThousandthsDoubleConverter.TryFormat(0.1234, text, out _));
        Assert.False(ThousandthsDoubleConverter.TryFormat(-0.0, text, out _));
        Assert.False(ThousandthsDoubleConverter.TryFormat(double.NaN, text, out _));
        Assert.True(ThousandthsDoubleConverter.TryFormat(-4.392, text, out var written));
        Assert.Equal("-4.392", Encoding.UTF8.GetString(text[..written]));
    }

    [Fact]
    public void Write_NaN_IsRefusedAsTheWriterRefusesIt()
    {
        var options = new JsonSerializerOptions { Converters = { new ThousandthsDoubleConverter() } };

        Assert.Throws<ArgumentException>(() => JsonSerializer.Serialize(double.NaN, options));
    }

    private static void AssertSameAsWriter(double value)
    {
        var options = new JsonSerializerOptions { Converters = { new ThousandthsDoubleConverter() } };
        var expected = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(expected))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value);
            writer.WriteNumberValue(value);
            writer.WriteEndArray();
        }

        var actual = JsonSerializer.SerializeToUtf8Bytes(new[] { value, value }, options);

        Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), Encoding.UTF8.GetString(actual));
    }
}
